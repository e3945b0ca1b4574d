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
import org.seacorpus.dedupe.DedupeSettings;
import org.seacorpus.dedupe.Shingler;
import org.seacorpus.index.Fields;
import org.seacorpus.segment.Segmenters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench shingles}: writes the shingle set dedupe uses for each document of a corpus (the stored,
 * normalised text; the identified language's segmenter; the corpus's shingle scheme) as one line
 * {@code id<TAB>hash hash …} with each shingle's 64-bit hash in hex, so that another implementation (the
 * datasketch baseline in {@code corpus-bench/baseline/}) can be run on exactly the same sets.
 */
@Command(name = "shingles", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write each document's dedupe shingle hashes (id, tab, hex hashes) for an outside baseline.")
final class ShingleExportCommand implements Callable<Integer> {
    private static final java.util.HexFormat HEX = java.util.HexFormat.of();

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Corpus home.")
    Path corpus;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output file (TSV).")
    Path out;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        Corpus c = Corpus.open(corpus);
        Segmenters segmenters = c.segmenters();
        DedupeSettings settings = c.dedupeSettings();
        long documents = 0;
        long shingles = 0;
        try (var dir = FSDirectory.open(corpus.resolve("index")); var reader = DirectoryReader.open(dir);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            Bits live = MultiBits.getLiveDocs(reader);
            var stored = reader.storedFields();
            Set<String> wanted = Set.of(Fields.PART, Fields.TEXT, Fields.LANG);
            StringBuilder line = new StringBuilder();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                var d = stored.document(doc, wanted);
                String part = d.get(Fields.PART);
                String id = part != null && part.startsWith("id=") ? part.substring(3) : part;
                String lang = d.get(Fields.LANG);
                String text = d.get(Fields.TEXT);
                long[] set = new Shingler(settings.forLanguage(lang).shingles())
                        .shingles(text == null ? "" : text, segmenters.forLanguage(lang));
                line.setLength(0);
                line.append(id).append('\t');
                for (int i = 0; i < set.length; i++) {
                    line.append(i == 0 ? "" : " ").append(HEX.toHexDigits(set[i]));
                }
                w.write(line.append('\n').toString());
                documents++;
                shingles += set.length;
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("documents", documents);
        report.put("shingles", shingles);
        report.put("seconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
        BenchCommand.print(spec, report);
        return 0;
    }
}
