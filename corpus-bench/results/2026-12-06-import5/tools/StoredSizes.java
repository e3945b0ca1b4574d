import java.nio.file.Path;
import java.util.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
/** StoredSizes INDEX [N]: raw stored bytes per field over the first N docs; file sizes by extension. */
public class StoredSizes {
    public static void main(String[] a) throws Exception {
        int n = a.length > 1 ? Integer.parseInt(a[1]) : 5000;
        Map<String, long[]> m = new TreeMap<>();
        long total = 0; int docs = 0;
        try (var dir = FSDirectory.open(Path.of(a[0])); DirectoryReader r = DirectoryReader.open(dir)) {
            outer:
            for (LeafReaderContext leaf : r.leaves()) {
                StoredFields sf = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (docs++ >= n) break outer;
                    for (IndexableField f : sf.document(d).getFields()) {
                        long b = f.binaryValue() != null ? f.binaryValue().length : f.stringValue() != null
                            ? f.stringValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length : 8;
                        m.computeIfAbsent(f.name(), k -> new long[1])[0] += b; total += b;
                    }
                }
            }
            System.out.printf("docs %d, raw stored bytes per doc %.0f%n", docs - 1, total / (double) (docs - 1));
            final long t = total;
            m.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(12)
                .forEach(e -> System.out.printf("%8.0f B/doc %5.1f%%  %s%n", e.getValue()[0] / (double) n, 100.0 * e.getValue()[0] / t, e.getKey()));
            Map<String, Long> ext = new TreeMap<>();
            for (String f : dir.listAll()) { String x = f.contains(".") ? f.substring(f.lastIndexOf('.') + 1) : f; ext.merge(x, dir.fileLength(f), Long::sum); }
            System.out.println(ext);
        }
    }
}
