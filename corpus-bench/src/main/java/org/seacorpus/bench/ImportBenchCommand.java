package org.seacorpus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.corpus.ImportReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus-bench import}: imports a generated corpus into a new corpus home, timed, with its heap use. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Create a corpus and import generated JSONL shards into it; print time and heap as JSON.")
final class ImportBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "DIR", required = true, description = "Folder written by generate.")
    Path docs;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "New corpus home.")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Import workers.")
    int threads;

    @Option(names = "--commit-interval", paramLabel = "SECONDS", defaultValue = "0",
            description = "Longest time between checkpoints (default: the import's own, 0).")
    int commitInterval;

    private List<Path> shards() {
        try (var files = Files.list(docs)) {
            List<Path> out = files.filter(f -> f.getFileName().toString().matches("docs-\\d+\\.jsonl")).sorted()
                    .toList();
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no docs-*.jsonl in " + docs + "; write them with generate");
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + docs, e);
        }
    }

    @Override
    public Integer call() {
        if (Files.exists(corpus.resolve("corpus.yaml"))) {
            throw new IllegalArgumentException("corpus " + corpus + " exists; give a new folder");
        }
        Corpus c = Corpus.create(corpus, "bench");
        long started = System.nanoTime();
        ImportReport report;
        Map<String, Object> out = new LinkedHashMap<>();
        try (HeapWatcher heap = new HeapWatcher();
             BenchTicker ticker = new BenchTicker("import", heap, System.err, 60)) {
            report = c.importFrom(ImportOptions.of(shards()).withThreads(threads)
                            .withCommitInterval(java.time.Duration.ofSeconds(commitInterval)),
                    p -> ticker.documents(p.documents()));
            double seconds = (System.nanoTime() - started) / 1e9;
            long documents = report.added() + report.updated() + report.unchanged();
            out.put("documents", documents);
            out.put("failed", report.failed().size());
            out.put("seconds", Math.round(seconds * 10) / 10.0);
            out.put("docs_per_second", Math.round(documents / seconds));
            out.put("cpu_seconds", heap.cpuSeconds());
            out.put("docs_per_cpu_second", Math.round(documents / Math.max(0.1, heap.cpuSeconds())));
            out.put("load_average", HeapWatcher.loadAverage());
            out.put("peak_heap_mb", heap.peakMb());
            out.put("max_live_heap_mb", heap.maxLiveMb());
            out.put("max_heap_mb", heap.maxHeapMb());
            out.put("processors", Runtime.getRuntime().availableProcessors());
            Costs.putJvm(out);
            out.put("stages", report.stages());
        }
        BenchCommand.print(spec, out);
        return 0;
    }
}
