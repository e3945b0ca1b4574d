import java.nio.file.Path;
import java.util.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.*;
/** FileSizes INDEX: bytes per file extension (inside compound files too), and raw stored bytes per doc by field. */
public class FileSizes {
    public static void main(String[] a) throws Exception {
        Map<String, Long> ext = new TreeMap<>();
        long total = 0;
        try (Directory dir = FSDirectory.open(Path.of(a[0]))) {
            SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
            for (SegmentCommitInfo sci : infos) {
                if (sci.info.getUseCompoundFile()) {
                    try (Directory cfs = sci.info.getCodec().compoundFormat().getCompoundReader(dir, sci.info)) {
                        for (String f : cfs.listAll()) {
                            ext.merge(f.substring(f.lastIndexOf('.') + 1), cfs.fileLength(f), Long::sum);
                        }
                    }
                }
            }
            for (String f : dir.listAll()) {
                total += dir.fileLength(f);
                String x = f.contains(".") ? f.substring(f.lastIndexOf('.') + 1) : "segments";
                if (!x.equals("cfs")) ext.merge(x, dir.fileLength(f), Long::sum);
            }
            Map<String, Long> raw = new TreeMap<>();
            long docs = 0, all = 0;
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                for (LeafReaderContext leaf : r.leaves()) {
                    StoredFields sf = leaf.reader().storedFields();
                    for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                        docs++;
                        for (IndexableField f : sf.document(d).getFields()) {
                            long b = f.binaryValue() != null ? f.binaryValue().length : f.stringValue() != null
                                ? f.stringValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length : 8;
                            raw.merge(f.name(), b, Long::sum); all += b;
                        }
                    }
                }
            }
            System.out.printf("index %.1f MB (%d bytes), %d docs%n", total / 1e6, total, docs);
            ext.entrySet().stream().sorted((p, q) -> Long.compare(q.getValue(), p.getValue()))
                .forEach(e -> System.out.printf("  .%-5s %8.1f MB%n", e.getKey(), e.getValue() / 1e6));
            System.out.printf("raw stored bytes per doc %.0f%n", all / (double) docs);
            final long dd = docs;
            raw.entrySet().stream().sorted((p, q) -> Long.compare(q.getValue(), p.getValue())).limit(6)
                .forEach(e -> System.out.printf("  %6.0f B/doc  %s%n", e.getValue() / (double) dd, e.getKey()));
        }
    }
}
