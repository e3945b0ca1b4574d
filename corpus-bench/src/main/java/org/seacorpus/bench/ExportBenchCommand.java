package org.seacorpus.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.document.Status;
import org.seacorpus.document.Utf8;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.Manifest;
import org.seacorpus.index.Fields;
import org.seacorpus.index.StoredDocuments;

import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench export}: one export of a corpus, timed, with its heap use. {@code --format jsonl},
 * {@code jsonl-zstd} or {@code parquet} run {@link Corpus#export} (no filters, status ok, one split); the
 * baseline {@code jackson} reads the same rows (live documents with status ok: id, text, lang, script, source)
 * from the index's stored fields and writes them as plain JSONL with a Jackson streaming generator.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time an export (jsonl, jsonl-zstd, parquet) or the plain Jackson baseline; print JSON.")
final class ExportBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Corpus home.")
    Path corpusDir;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (replaced).")
    Path out;

    @Option(names = "--format", paramLabel = "F", required = true,
            description = "jsonl, jsonl-zstd, parquet or jackson (the baseline).")
    String format;

    @Override
    public Integer call() throws IOException {
        Corpus corpus = Corpus.open(corpusDir);
        Map<String, Object> result = new LinkedHashMap<>();
        double load = HeapWatcher.loadAverage();
        long rows;
        long textBytes;
        try (HeapWatcher heap = new HeapWatcher()) {
            if (format.equals("jackson")) {
                long[] counts = jackson(corpus);
                rows = counts[0];
                textBytes = counts[1];
            } else {
                ExportOptions.Builder options = ExportOptions.builder(out).overwrite(true);
                switch (format) {
                    case "jsonl" -> options.compress(ExportOptions.Compression.NONE);
                    case "jsonl-zstd" -> options.compress(ExportOptions.Compression.ZSTD);
                    case "parquet" -> options.format(ExportOptions.Format.PARQUET);
                    default -> throw new IllegalArgumentException("--format must be jsonl, jsonl-zstd, parquet or "
                            + "jackson, not " + format);
                }
                Manifest manifest = corpus.export(options.build());
                rows = manifest.rows();
                textBytes = manifest.counts().values().stream().flatMap(m -> m.values().stream())
                        .mapToLong(Manifest.SplitCounts::textBytes).sum();
            }
            result.put("format", format);
            result.put("rows", rows);
            result.put("text_mb", Costs.round(textBytes / 1e6, 1));
            Costs.put(result, heap, load);
            result.put("rows_per_second", Costs.rate(rows, heap.wallSeconds()));
            result.put("mb_per_second", Costs.rate(textBytes / 1e6, heap.wallSeconds()));
            result.put("mb_per_cpu_second", Costs.rate(textBytes / 1e6, heap.cpuSeconds()));
        }
        result.put("output_mb", Costs.round(LuceneBaselineCommand.folderBytes(out) / 1e6, 1));
        Costs.say("export %s: %d rows, %.1f MB of text in %.1f s wall, %.1f s CPU: %.1f MB/s, %.1f MB/CPU s; "
                        + "output %.1f MB; peak heap %d MB; load %.2f → %.2f", format, rows, result.get("text_mb"),
                result.get("seconds"), result.get("cpu_seconds"), result.get("mb_per_second"),
                result.get("mb_per_cpu_second"), result.get("output_mb"), result.get("peak_heap_mb"),
                result.get("load_before"), result.get("load_after"));
        BenchCommand.print(spec, result);
        return 0;
    }

    /** Writes the rows an export would select as plain JSONL; returns {rows, UTF-8 bytes of text}. */
    private long[] jackson(Corpus corpus) throws IOException {
        Files.createDirectories(out);
        Path file = out.resolve("baseline.jsonl");
        long rows = 0;
        long bytes = 0;
        Set<String> wanted = Set.of(Fields.ID, Fields.TEXT, Fields.LANG, Fields.SCRIPT, Fields.SOURCE);
        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir);
             BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator json = BenchCommand.JSON.getFactory().createGenerator(writer)) {
            json.setPrettyPrinter(null);
            Bits live = MultiBits.getLiveDocs(reader);
            var stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (StoredDocuments.marks(reader, doc).status() != Status.OK) {
                    continue;
                }
                var d = stored.document(doc, wanted);
                String text = d.get(Fields.TEXT);
                json.writeStartObject();
                json.writeStringField("id", d.get(Fields.ID));
                json.writeStringField("text", text);
                json.writeStringField("lang", d.get(Fields.LANG));
                json.writeStringField("script", d.get(Fields.SCRIPT));
                json.writeStringField("source", d.get(Fields.SOURCE));
                json.writeEndObject();
                json.writeRaw('\n');
                rows++;
                bytes += Utf8.length(text);
            }
        }
        return new long[] {rows, bytes};
    }
}
