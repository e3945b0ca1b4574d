import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Every live document of an index as one line: its stored fields and its doc values, each field by name, sorted,
 * values as text or base64; lines sorted by the document's "id". Two imports of the same documents give the same
 * dump exactly when they stored the same values (segment layout and document order aside).
 *
 * <pre>java -cp corpus-bench.jar:tools IndexDump INDEX_DIR &gt; dump.txt</pre>
 */
public final class IndexDump {
    public static void main(String[] args) throws Exception {
        TreeMap<String, String> lines = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            for (LeafReaderContext ctx : reader.leaves()) {
                LeafReader leaf = ctx.reader();
                Bits live = leaf.getLiveDocs();
                StoredFields stored = leaf.storedFields();
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    TreeMap<String, List<String>> fields = new TreeMap<>();
                    for (IndexableField f : stored.document(doc).getFields()) {
                        String v = f.binaryValue() != null
                                ? Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(f.binaryValue().bytes,
                                f.binaryValue().offset, f.binaryValue().offset + f.binaryValue().length))
                                : f.numericValue() != null ? f.numericValue().toString() : escape(f.stringValue());
                        fields.computeIfAbsent("s:" + f.name(), k -> new ArrayList<>()).add(v);
                    }
                    for (FieldInfo fi : leaf.getFieldInfos()) {
                        List<String> values = docValues(leaf, fi, doc);
                        if (!values.isEmpty()) {
                            fields.put("dv:" + fi.name, values);
                        }
                    }
                    String id = fields.getOrDefault("s:id", List.of("?" + doc)).get(0);
                    lines.put(id, fields.toString());
                }
            }
        }
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        lines.forEach((id, fields) -> out.println(id + "\t" + fields));
        out.flush();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static List<String> docValues(LeafReader leaf, FieldInfo fi, int doc) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        DocValuesType type = fi.getDocValuesType();
        switch (type) {
            case NUMERIC -> {
                NumericDocValues v = leaf.getNumericDocValues(fi.name);
                if (v != null && v.advanceExact(doc)) {
                    out.add(Long.toString(v.longValue()));
                }
            }
            case BINARY -> {
                BinaryDocValues v = leaf.getBinaryDocValues(fi.name);
                if (v != null && v.advanceExact(doc)) {
                    out.add(Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(v.binaryValue().bytes,
                            v.binaryValue().offset, v.binaryValue().offset + v.binaryValue().length)));
                }
            }
            case SORTED -> {
                SortedDocValues v = leaf.getSortedDocValues(fi.name);
                if (v != null && v.advanceExact(doc)) {
                    out.add(v.lookupOrd(v.ordValue()).utf8ToString());
                }
            }
            case SORTED_NUMERIC -> {
                SortedNumericDocValues v = leaf.getSortedNumericDocValues(fi.name);
                if (v != null && v.advanceExact(doc)) {
                    for (int i = 0; i < v.docValueCount(); i++) {
                        out.add(Long.toString(v.nextValue()));
                    }
                }
            }
            case SORTED_SET -> {
                SortedSetDocValues v = leaf.getSortedSetDocValues(fi.name);
                if (v != null && v.advanceExact(doc)) {
                    for (int i = 0; i < v.docValueCount(); i++) {
                        org.apache.lucene.util.BytesRef b = v.lookupOrd(v.nextOrd());
                        out.add(Base64.getEncoder().encodeToString(
                                java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length)));
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }
}
