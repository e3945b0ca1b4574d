import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.lang.LanguageProfiles;

/**
 * Reindex CORPUS_INDEX OUT_DIR CONFIG...: reads every document of an index written by import (DocumentMapper's
 * stored fields and doc values), then indexes them again, once per CONFIG in the order given, into a new folder each
 * time, with 2 threads and import's writer settings except what CONFIG names, committing after 50,000 documents and
 * at the end as import does. CONFIG: ram=MB,cfs=true|false,mode=BEST_COMPRESSION|BEST_SPEED. Prints the process's
 * CPU, the workers' CPU and the folder's size per round. The documents are mapped again each round (the mapper
 * segments their text as it does for a document read back): the same work in every round.
 */
public class Reindex {
    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        LanguageAnalyzers analyzers = new LanguageAnalyzers(profiles);
        DocumentMapper mapper = new DocumentMapper(profiles, analyzers.segmenters());
        List<DocumentMapper.Stored> docs = new ArrayList<>();
        try (var dir = FSDirectory.open(Path.of(args[0])); var reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    docs.add(mapper.fromLucene(leaf.reader(), d));
                }
            }
        }
        System.out.printf("read %d documents%n", docs.size());
        for (int round = 2; round < args.length; round++) {
            String config = args[round];
            double ram = 64;
            Boolean cfs = null;
            String mode = "BEST_COMPRESSION";
            for (String kv : config.split(",")) {
                String[] p = kv.split("=");
                switch (p[0]) {
                    case "ram" -> ram = Double.parseDouble(p[1]);
                    case "cfs" -> cfs = Boolean.parseBoolean(p[1]);
                    case "mode" -> mode = p[1];
                    default -> throw new IllegalArgumentException(kv);
                }
            }
            Path out = Path.of(args[1], "r" + round);
            IndexWriterConfig iwc = new IndexWriterConfig(analyzers)
                    .setCodec(new Lucene103Codec(Lucene103Codec.Mode.valueOf(mode)))
                    .setRAMBufferSizeMB(ram).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            if (cfs != null) {
                iwc.setUseCompoundFile(cfs);
                ((TieredMergePolicy) iwc.getMergePolicy()).setNoCFSRatio(cfs ? 1.0 : 0.0);
            }
            System.gc();
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            AtomicLong workerCpu = new AtomicLong();
            try (var dir = FSDirectory.open(out); IndexWriter writer = new IndexWriter(dir, iwc)) {
                Object lock = new Object();
                AtomicInteger sinceCommit = new AtomicInteger();
                Thread[] ws = new Thread[2];
                for (int t = 0; t < 2; t++) {
                    ws[t] = new Thread(() -> {
                        long c0 = threads.getCurrentThreadCpuTime();
                        try {
                            for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                                DocumentMapper.Stored s = docs.get(i);
                                writer.addDocument(mapper.toLucene(s.document(), s.fingerprint(), s.importedAt()));
                                if (sinceCommit.incrementAndGet() == 50_000) {
                                    synchronized (lock) {
                                        writer.commit();
                                    }
                                }
                            }
                        } catch (Exception e) {
                            throw new RuntimeException(e);
                        }
                        workerCpu.addAndGet(threads.getCurrentThreadCpuTime() - c0);
                    }, "reindex-worker");
                    ws[t].start();
                }
                for (Thread w : ws) {
                    w.join();
                }
                writer.commit();
            }
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            long bytes;
            try (var files = Files.walk(out)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
            int segs;
            try (var files = Files.list(out)) {
                segs = (int) files.filter(f -> f.toString().endsWith(".si")).count();
            }
            System.out.printf("round %d %s: process CPU %.1f s, workers %.1f s, wall %.1f s, %d segments, %.1f MB, load %.2f%n",
                    round - 1, config, cpu, workerCpu.get() / 1e9, (System.nanoTime() - wall0) / 1e9, segs,
                    bytes / 1e6, os.getSystemLoadAverage());
        }
    }
}
