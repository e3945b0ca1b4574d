import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The language fields of two imported corpora compared document by document (by id): every stored field whose name
 * starts with "lang" or is "script", values as stored. Prints the number of documents and of differences.
 * Usage: LangFieldsDiff INDEX_A INDEX_B
 */
public class LangFieldsDiff {
    static Map<String, String> read(Path index) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int d = 0; d < r.maxDoc(); d++) {
                    if (live != null && !live.get(d)) continue;
                    Document doc = stored.document(d);
                    StringBuilder v = new StringBuilder();
                    for (IndexableField f : doc.getFields()) {
                        if (f.name().startsWith("lang") || f.name().equals("script")) {
                            v.append(f.name()).append('=').append(f.stringValue() != null ? f.stringValue()
                                    : String.valueOf(f.numericValue())).append('\t');
                        }
                    }
                    out.put(doc.get("id"), v.toString());
                }
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = read(Path.of(args[0]));
        Map<String, String> b = read(Path.of(args[1]));
        int diff = 0;
        int fields = 0;
        for (var e : a.entrySet()) {
            fields += e.getValue().split("\t").length;
            if (!e.getValue().equals(b.get(e.getKey()))) {
                if (diff++ < 5) System.out.println("differs: " + e.getKey() + "\n  " + e.getValue() + "\n  " + b.get(e.getKey()));
            }
        }
        System.out.println("documents " + a.size() + " / " + b.size() + ", language fields compared " + fields
                + ", documents that differ " + diff);
    }
}
