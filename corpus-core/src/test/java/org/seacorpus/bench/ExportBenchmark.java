package org.seacorpus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.corpus.ImportReport;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.Manifest;
import org.seacorpus.export.SplitSpec;

/**
 * Export throughput and peak heap on a generated corpus (docs/export.md). Run each step in its own JVM so the
 * heap figures are the export's alone:
 *
 * <pre>
 * java -cp CP org.seacorpus.bench.ExportBenchmark generate WORK 100000
 * java -Xmx256m -cp CP org.seacorpus.bench.ExportBenchmark export WORK jsonl
 * java -Xmx256m -cp CP org.seacorpus.bench.ExportBenchmark export WORK parquet
 * java -Xmx256m -cp CP org.seacorpus.bench.ExportBenchmark export WORK full
 * </pre>
 *
 * Peak heap is the largest used heap seen by a sampler every 20 ms during the export (after a GC before it
 * starts), so it includes garbage not yet collected: an upper bound of what the export needs.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> generate(work, Integer.parseInt(args[2]));
            case "export" -> export(work, args[2]);
            default -> throw new IllegalArgumentException("generate WORK N | export WORK jsonl|parquet|full");
        }
    }

    private static void generate(Path work, int documents) throws Exception {
        Path sample = Path.of("sample-data").toAbsolutePath();
        long start = System.nanoTime();
        Map<String, Path> files = CorpusGenerator.generate(sample, work.resolve("input"), documents, 42);
        long bytes = 0;
        for (Path f : files.values()) {
            bytes += Files.size(f);
        }
        System.out.printf("generated %d documents, %.1f MB of JSONL in %.1f s%n", documents, bytes / 1e6,
                (System.nanoTime() - start) / 1e9);
        Corpus corpus = Corpus.create(work.resolve("corpus"), "bench");
        start = System.nanoTime();
        long added = 0;
        for (Map.Entry<String, Path> e : files.entrySet()) {
            ImportReport report = corpus.importFrom(ImportOptions.of(List.of(e.getValue())).withForcedLang(e.getKey()),
                    null);
            added += report.added();
        }
        System.out.printf("imported %d documents in %.1f s%n", added, (System.nanoTime() - start) / 1e9);
    }

    private static void export(Path work, String mode) throws Exception {
        Corpus corpus = Corpus.open(work.resolve("corpus"));
        Path out = work.resolve("export-" + mode);
        ExportOptions.Builder options = ExportOptions.builder(out).overwrite(true);
        if (mode.equals("parquet")) {
            options.format(ExportOptions.Format.PARQUET);
        } else if (mode.equals("full")) {
            Path bench = work.resolve("benchmark.txt");
            Files.writeString(bench, String.join("\n", CorpusGenerator.paragraphs(Path.of("sample-data")
                    .toAbsolutePath(), "vi").subList(0, 3)) + "\n");
            options.qualityFilter(true).redactPii(true).split(SplitSpec.parse("train=0.98,validation=0.01,test=0.01",
                    0)).decontaminate(List.of(bench));
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        Manifest manifest = corpus.export(options.build());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        sampler.interrupt();
        long textBytes = manifest.counts().values().stream().flatMap(m -> m.values().stream())
                .mapToLong(Manifest.SplitCounts::textBytes).sum();
        long fileBytes = manifest.files().stream().mapToLong(Manifest.FileEntry::bytes).sum();
        System.out.printf("export %s: %d of %d documents, %d files, %.1f MB of text (%.1f MB on disk) in %.1f s "
                        + "wall, %.1f s CPU: %.1f MB/s of text per wall second, %.1f per CPU second, %.0f documents/s; "
                        + "peak heap %.0f MB (max heap %.0f MB); load average %.1f on %d cores%n",
                mode, manifest.rows(), manifest.corpus().selected(), manifest.files().size(), textBytes / 1e6,
                fileBytes / 1e6, seconds, cpu, textBytes / 1e6 / seconds, textBytes / 1e6 / cpu,
                manifest.corpus().selected() / seconds, peak.get() / 1e6, Runtime.getRuntime().maxMemory() / 1e6,
                os.getSystemLoadAverage(), os.getAvailableProcessors());
        System.out.println("filters: " + manifest.filters().quality().removed() + " quality; "
                + manifest.filters().pii().replaced() + " pii; " + manifest.filters().decontamination().matched()
                + " contaminated");
    }
}
