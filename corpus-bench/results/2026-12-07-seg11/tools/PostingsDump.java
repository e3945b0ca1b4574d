import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The inverted index of every live document as one line: for each indexed field, the number of postings and a
 * digest of its terms with their frequencies, positions and offsets (a sum of per-posting hashes, so the order
 * documents were indexed in does not matter); lines sorted by the document's stored "id". Two imports index the same
 * terms exactly when their dumps agree (up to a 64-bit hash collision).
 *
 * <pre>java -cp corpus-bench.jar:tools PostingsDump INDEX_DIR &gt; postings.txt</pre>
 */
public final class PostingsDump {
    public static void main(String[] args) throws Exception {
        TreeMap<String, String> lines = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            for (LeafReaderContext ctx : reader.leaves()) {
                LeafReader leaf = ctx.reader();
                Bits live = leaf.getLiveDocs();
                Map<Integer, TreeMap<String, long[]>> byDoc = new HashMap<>();
                for (FieldInfo fi : leaf.getFieldInfos()) {
                    if (fi.getIndexOptions() == IndexOptions.NONE) {
                        continue;
                    }
                    Terms terms = leaf.terms(fi.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum te = terms.iterator();
                    PostingsEnum pe = null;
                    for (BytesRef term = te.next(); term != null; term = te.next()) {
                        long termHash = hash(java.util.Arrays.hashCode(java.util.Arrays.copyOfRange(term.bytes, term.offset,
                                term.offset + term.length)), fi.name.hashCode());   // the bytes: not all terms are UTF-8
                        pe = te.postings(pe, PostingsEnum.ALL);
                        for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                            if (live != null && !live.get(doc)) {
                                continue;
                            }
                            int freq = pe.freq();
                            long h = hash(termHash, freq);
                            for (int i = 0; i < freq; i++) {
                                int pos = pe.nextPosition();
                                h = hash(h, pos);
                                h = hash(h, pe.startOffset());
                                h = hash(h, pe.endOffset());
                            }
                            long[] acc = byDoc.computeIfAbsent(doc, k -> new TreeMap<>())
                                    .computeIfAbsent(fi.name, k -> new long[2]);
                            acc[0]++;
                            acc[1] += h;
                        }
                    }
                }
                StoredFields stored = leaf.storedFields();
                for (var e : byDoc.entrySet()) {
                    String id = stored.document(e.getKey()).get("id");
                    StringBuilder line = new StringBuilder();
                    e.getValue().forEach((field, acc) -> line.append(' ').append(field).append('=').append(acc[0])
                            .append(':').append(Long.toHexString(acc[1])));
                    lines.put(id == null ? "?" + e.getKey() : id, line.toString());
                }
            }
        }
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        lines.forEach((id, fields) -> out.println(id + "\t" + fields));
        out.flush();
    }

    private static long hash(long h, long v) {
        long x = (h ^ v) * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }
}
