import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.*;
import org.apache.lucene.util.*;

/**
 * QualityLayouts INDEX [ROUNDS]: the quality signals of INDEX's documents (stored quality.signals) written alone into
 * a fresh index in four layouts: 24 DoubleFields (points + doc values, the old), 24 sorted-numeric doc values without
 * points, one binary doc value of the 24 doubles, one binary doc value packed by the project's QualityValues (the
 * new; run with corpus-core's classes on the class path). Per layout: thread CPU of adding, flushing every 10,000 documents and
 * merging to one segment, and the index bytes. Layouts alternate, ROUNDS times; the first round warms the JIT.
 */
public class QualityLayouts {
    public static void main(String[] a) throws Exception {
        List<byte[]> values = new ArrayList<>();
        try (var dir = FSDirectory.open(Path.of(a[0])); DirectoryReader r = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : r.leaves()) {
                StoredFields sf = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    BytesRef b = sf.document(d, Set.of("quality.signals")).getBinaryValue("quality.signals");
                    values.add(BytesRef.deepCopyOf(b).bytes);
                }
            }
        }
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 4;
        int signals = (values.get(0).length - 4) / 8;
        String[] layouts = {"points+dv", "dv", "binary", "compact"};
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf("%d documents, %d signals%n", values.size(), signals);
        for (int round = 0; round < rounds; round++) {
            for (String layout : layouts) {
                Path tmp = Files.createTempDirectory("ql");
                long cpu0 = bean.getCurrentThreadCpuTime();
                try (var dir = FSDirectory.open(tmp); var w = new IndexWriter(dir, new IndexWriterConfig()
                        .setCodec(new Lucene103Codec(Lucene103Codec.Mode.BEST_COMPRESSION))
                        .setMergeScheduler(new SerialMergeScheduler()).setMaxBufferedDocs(10_000)
                        .setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH))) {
                    for (byte[] v : values) {
                        Document doc = new Document();
                        ByteBuffer in = ByteBuffer.wrap(v, 4, v.length - 4);
                        switch (layout) {
                            case "points+dv" -> { for (int s = 0; s < signals; s++) doc.add(new DoubleField("quality." + s, in.getDouble(), Field.Store.NO)); }
                            case "dv" -> { for (int s = 0; s < signals; s++) doc.add(new SortedNumericDocValuesField("quality." + s, NumericUtils.doubleToSortableLong(in.getDouble()))); }
                            case "binary" -> doc.add(new BinaryDocValuesField("quality_values", new BytesRef(v)));
                            default -> {
                                double[] d = new double[signals];
                                for (int s = 0; s < signals; s++) d[s] = in.getDouble();
                                doc.add(new BinaryDocValuesField("quality_values", org.seacorpus.index.QualityValues.encode(
                                        new org.seacorpus.quality.QualitySignals(ByteBuffer.wrap(v).getInt(), d))));
                            }
                        }
                        w.addDocument(doc);
                    }
                    w.commit();
                    w.forceMerge(1);
                    w.commit();
                }
                long cpu = bean.getCurrentThreadCpuTime() - cpu0;
                long bytes = 0;
                try (var s = Files.list(tmp)) { for (Path p : s.toList()) { bytes += Files.size(p); Files.delete(p); } }
                Files.delete(tmp);
                System.out.printf("round %d  %-10s cpu %6.0f ms  index %6.2f MB%n", round, layout, cpu / 1e6, bytes / 1e6);
            }
        }
    }
}
