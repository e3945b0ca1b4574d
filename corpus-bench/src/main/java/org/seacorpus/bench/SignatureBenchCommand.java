package org.seacorpus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.dedupe.DedupeKeysStage;
import org.seacorpus.dedupe.DedupeSettings;
import org.seacorpus.dedupe.MinHashSigner;
import org.seacorpus.dedupe.Shingler;
import org.seacorpus.dedupe.SignatureScheme;
import org.seacorpus.dedupe.TextKeys;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.index.Fields;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench signatures}: the CPU time of the dedupe keys that import computes for every document (the
 * {@code dedupe-keys} stage), on the stored texts of a corpus, on one thread, so that the dedupe figure counts the
 * signatures too (#17). Documents are taken a thousand at a time: each chunk is segmented first (the analyse
 * stage's work at import, timed apart), then each part is timed over the whole chunk, handed those words:
 * <ul>
 *   <li>{@code keys_cpu_seconds}: the whole stage (shingles, signature, bands, shingle set, loose and line keys);</li>
 *   <li>{@code shingles_cpu_seconds}: the shingle hashes from the words (what a tool handed words does first);</li>
 *   <li>{@code from_shingles_cpu_seconds}: signature, band keys and shingle set from those hashes (what datasketch
 *       does when it is handed the same shingles);</li>
 *   <li>{@code segmentation_cpu_seconds}: the words themselves.</li>
 * </ul>
 * Reading the stored texts is not counted.
 */
@Command(name = "signatures", mixinStandardHelpOptions = true, sortOptions = false,
        description = "CPU time of computing every document's dedupe keys (as import does), as JSON.")
final class SignatureBenchCommand implements Callable<Integer> {
    private static final int CHUNK = 1_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Corpus home.")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N documents (0: all).")
    long limit;

    @Option(names = "--components", paramLabel = "N", defaultValue = "0",
            description = "Time signatures of N MinHash components instead of the corpus's scheme (0: the corpus's).")
    int components;

    /** A segmenter that hands back the words found before, as the analyse stage hands them on at import. */
    private record Found(Map<String, List<Token>> words) implements Segmenter {
        @Override
        public List<Token> words(String text) {
            return words.get(text);
        }

        @Override
        public List<int[]> sentences(String text) {
            throw new UnsupportedOperationException("not needed for the keys");
        }
    }

    @Override
    public Integer call() throws IOException {
        Corpus c = Corpus.open(corpus);
        Segmenters segmenters = c.segmenters();
        DedupeSettings settings = c.dedupeSettings();
        if (components > 0) {
            settings = new DedupeSettings(settings.defaults().withComponents(components), Map.of());
        }
        DedupeKeysStage stage = new DedupeKeysStage(segmenters, settings);
        SignatureScheme scheme = settings.defaults();
        Shingler shingler = new Shingler(scheme.shingles());
        MinHashSigner signer = new MinHashSigner(scheme);
        long[] nanos = new long[5]; // segmentation, all keys, shingles, from shingles, loose + lines
        long documents = 0;
        long checksum = 0;
        try (var dir = FSDirectory.open(c.home().indexDir()); DirectoryReader reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            var stored = reader.storedFields();
            List<String[]> chunk = new ArrayList<>(CHUNK);
            for (int doc = 0; doc <= reader.maxDoc(); doc++) {
                boolean last = doc == reader.maxDoc() || limit > 0 && documents + chunk.size() >= limit;
                if (!last && (live == null || live.get(doc))) {
                    var d = stored.document(doc, Set.of(Fields.TEXT, Fields.LANG));
                    chunk.add(new String[] {d.get(Fields.TEXT), d.get(Fields.LANG)});
                }
                if (chunk.size() == CHUNK || last && !chunk.isEmpty()) {
                    checksum += measure(chunk, segmenters, stage, shingler, signer, nanos);
                    documents += chunk.size();
                    chunk.clear();
                }
                if (last) {
                    break;
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", documents);
        out.put("scheme", scheme.id());
        put(out, "keys", nanos[1], documents);
        put(out, "shingles", nanos[2], documents);
        put(out, "from_shingles", nanos[3], documents);
        out.put("near_keys_cpu_seconds", round((nanos[2] + nanos[3]) / 1e9));
        out.put("near_keys_docs_per_cpu_second", Math.round(documents / Math.max(1e-9, (nanos[2] + nanos[3]) / 1e9)));
        put(out, "loose_and_line_keys", nanos[4], documents);
        put(out, "segmentation", nanos[0], documents);
        out.put("checksum", checksum); // keeps the measured work from being optimised away
        out.put("load_average", HeapWatcher.loadAverage());
        BenchCommand.print(spec, out);
        return 0;
    }

    /** Times each part over one chunk; returns a checksum of the results. */
    private static long measure(List<String[]> chunk, Segmenters segmenters, DedupeKeysStage stage,
                                Shingler shingler, MinHashSigner signer, long[] nanos) {
        // copies, so that nothing cached from an earlier pass over the same strings is reused
        List<String> texts = new ArrayList<>(chunk.size());
        chunk.forEach(t -> texts.add(new String(t[0].toCharArray())));
        Map<String, List<Token>> words = new IdentityHashMap<>();
        long t0 = cpu();
        for (int i = 0; i < chunk.size(); i++) {
            words.put(texts.get(i), segmenters.forLanguage(chunk.get(i)[1]).words(texts.get(i)));
        }
        Found found = new Found(words);
        long t1 = cpu();
        long sum = 0;
        for (int i = 0; i < chunk.size(); i++) {
            sum += stage.keys(texts.get(i), chunk.get(i)[1], found).lineHashes().length;
        }
        long t2 = cpu();
        List<long[]> sets = new ArrayList<>(chunk.size());
        for (String text : texts) {
            sets.add(shingler.shingles(text, found));
        }
        long t3 = cpu();
        for (long[] shingles : sets) {
            if (shingles.length > 0) {
                sum += signer.bands(signer.sign(shingles)).length + DedupeKeys.shingleSetOf(shingles).length;
            }
        }
        long t4 = cpu();
        for (String text : texts) {
            sum += TextKeys.keys(text).lineHashes().length;
        }
        long t5 = cpu();
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
        nanos[2] += t3 - t2;
        nanos[3] += t4 - t3;
        nanos[4] += t5 - t4;
        return sum;
    }

    private static void put(Map<String, Object> out, String part, long nanos, long documents) {
        out.put(part + "_cpu_seconds", round(nanos / 1e9));
        out.put(part + "_us_per_document", round(nanos / 1e3 / Math.max(1, documents)));
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
