package org.seacorpus.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.seacorpus.dedupe.ShingleScheme;
import org.seacorpus.dedupe.Shingler;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.lang.ScriptAwareNormalizer;
import org.seacorpus.normalize.TextNormalizer;
import org.seacorpus.segment.Segmenters;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench generate}: writes a planted corpus as JSONL shards ({@code docs-00000.jsonl}, one
 * {@code {"id", "text", "lang"}} object a line), its ground truth ({@code truth.jsonl}: id, family, kind, lang,
 * script, base, and with {@code --jaccard} the exact 5-word-shingle Jaccard similarity to the base and, as
 * {@code jaccard_to}, to every earlier document planted from the same base) and a {@code manifest.json} with the
 * options and counts. The similarities are taken on the text as import will see it (the script-aware
 * normaliser), so that the evaluation can say which planted pairs are near-duplicates at a given threshold.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a planted corpus (JSONL shards) with its ground truth.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sample-data", paramLabel = "DIR", defaultValue = "sample-data",
            description = "The sample-data folder (default: ${DEFAULT-VALUE}).")
    Path sampleData;

    @Option(names = "--docs", paramLabel = "N", required = true, description = "Documents to write.")
    long docs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20250101", description = "Random seed.")
    long seed;

    @Option(names = "--shard-docs", paramLabel = "N", defaultValue = "10000",
            description = "Documents per JSONL file (default: ${DEFAULT-VALUE}); files import in parallel.")
    int shardDocs;

    @Option(names = "--jaccard", description = "Record each copy's exact Jaccard similarity to its base (slower).")
    boolean jaccard;

    @Option(names = "--truth-only", description = "Write truth.jsonl and manifest.json but no documents (to "
            + "redo the truth of a corpus generated earlier with the same seed and count).")
    boolean truthOnly;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (new or empty).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (shardDocs < 1) {
            throw new IllegalArgumentException("--shard-docs must be at least 1");
        }
        Files.createDirectories(out);
        try (var entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("output folder " + out + " is not empty");
            }
        }
        long started = System.nanoTime();
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        Segmenters segmenters = new Segmenters(profiles);
        SentencePool pool = SentencePool.load(sampleData, segmenters);
        PlantedCorpusGenerator generator = new PlantedCorpusGenerator(pool, segmenters,
                GeneratorOptions.of(docs, seed));
        Shingler shingler = new Shingler(ShingleScheme.WORDS_5);
        TextNormalizer normalizer = ScriptAwareNormalizer.create(profiles, NormalizerOptions.defaults());
        ObjectWriter line = BenchCommand.JSON.writer().without(SerializationFeature.INDENT_OUTPUT);
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> byLang = new TreeMap<>();
        BufferedWriter shard = null;
        long written = 0;
        // the documents planted from the current base (base, copies, hard negative) and their shingle sets
        List<String> groupIds = new ArrayList<>();
        List<long[]> groupShingles = new ArrayList<>();
        try (BufferedWriter truth = Files.newBufferedWriter(out.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
            for (GeneratedDoc doc : generator) {
                if (written % shardDocs == 0 && !truthOnly) {
                    if (shard != null) {
                        shard.close();
                    }
                    shard = Files.newBufferedWriter(out.resolve(String.format("docs-%05d.jsonl",
                            written / shardDocs)), StandardCharsets.UTF_8);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", doc.id());
                row.put("text", doc.text());
                row.put("lang", doc.lang());
                if (!truthOnly) {
                    shard.write(line.writeValueAsString(row));
                    shard.write('\n');
                }
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("id", doc.id());
                t.put("family", doc.family());
                t.put("kind", doc.kind());
                t.put("lang", doc.lang());
                t.put("script", profiles.get(doc.lang()).usualScript());
                t.put("base", doc.base());
                if (jaccard) {
                    // what dedupe will see: the text after import's generic normalisation
                    String text = normalizer.normalize(doc.text()).text();
                    long[] own = shingler.shingles(text, segmenters.forLanguage(doc.lang()));
                    if (doc.kind().equals("base")) {
                        groupIds.clear();
                        groupShingles.clear();
                    }
                    Map<String, Double> to = new LinkedHashMap<>();
                    for (int k = 0; k < groupIds.size(); k++) {
                        to.put(groupIds.get(k), Math.round(Shingler.jaccard(groupShingles.get(k), own) * 1e6) / 1e6);
                    }
                    t.put("jaccard", groupIds.isEmpty() ? 1.0 : Math.round(to.get(groupIds.get(0)) * 1000) / 1000.0);
                    if (!to.isEmpty()) {
                        t.put("jaccard_to", to);
                    }
                    groupIds.add(doc.id());
                    groupShingles.add(own);
                }
                truth.write(line.writeValueAsString(t));
                truth.write('\n');
                byKind.merge(doc.kind(), 1L, Long::sum);
                byLang.merge(doc.lang(), 1L, Long::sum);
                written++;
            }
        } finally {
            if (shard != null) {
                shard.close();
            }
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("documents", written);
        manifest.put("seed", seed);
        manifest.put("shard_docs", shardDocs);
        manifest.put("truth_only", truthOnly);
        manifest.put("sample_data", sampleData.toAbsolutePath().normalize().toString());
        Map<String, Integer> poolSizes = new TreeMap<>();
        pool.languages().forEach((lang, l) -> poolSizes.put(lang, l.sentences().size()));
        manifest.put("pool_sentences", poolSizes);
        manifest.put("by_kind", byKind);
        manifest.put("by_lang", byLang);
        manifest.put("seconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
        BenchCommand.JSON.writeValue(out.resolve("manifest.json").toFile(), manifest);
        BenchCommand.print(spec, manifest);
        return 0;
    }
}
