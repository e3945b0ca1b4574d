package org.seacorpus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.seacorpus.dedupe.MinHashSigner;
import org.seacorpus.dedupe.Shingler;
import org.seacorpus.dedupe.SignatureScheme;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.index.Fields;
import org.seacorpus.segment.Segmenters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench signatures}: the CPU time of the dedupe keys that import computes for every document (the
 * {@code dedupe-keys} stage: shingle hashes, MinHash signature, LSH band keys, loose key, line hashes), on the
 * stored texts of a corpus, on one thread, so that the dedupe figure counts the signatures too (#17).
 *
 * <p>Figures (each document timed alone, this thread's CPU time): {@code keys_cpu_seconds} is what the stage costs
 * at import, where the analyse stage has already segmented the text (the segmenter hands the stage the words it
 * found); {@code near_keys_cpu_seconds} is the part near-duplicate detection
 * needs (shingle hashes, signature, band keys, shingle set; not the exact and line keys), the work datasketch's
 * MinHash does; {@code with_segmentation_cpu_seconds} also counts segmenting each text into words, for a tool
 * that would segment only to shingle. Reading the stored texts is not counted.
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

    @Override
    public Integer call() throws IOException {
        Corpus c = Corpus.open(corpus);
        Segmenters segmenters = c.segmenters();
        DedupeKeysStage stage = new DedupeKeysStage(segmenters, c.dedupeSettings());
        long documents = 0;
        long segmentNanos = 0;
        long segmentAndKeysNanos = 0;
        long segmentAndNearNanos = 0;
        SignatureScheme scheme = c.dedupeSettings().defaults();
        Shingler shingler = new Shingler(scheme.shingles());
        MinHashSigner signer = new MinHashSigner(scheme);
        long signatureBytes = 0;
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
                    for (String[] t : chunk) {
                        // the analyse stage's segmentation, timed alone (a copy: no result of an earlier pass reused)
                        String text = new String(t[0].toCharArray());
                        long s0 = THREADS.getCurrentThreadCpuTime();
                        segmenters.forLanguage(t[1]).words(text);
                        long s1 = THREADS.getCurrentThreadCpuTime();
                        DedupeKeys keys = stage.keys(text, t[1]); // the dedupe-keys stage, given those words
                        long s2 = THREADS.getCurrentThreadCpuTime();
                        long[] shingles = shingler.shingles(text, segmenters.forLanguage(t[1]));
                        if (shingles.length > 0) { // what near-duplicate detection needs of those keys
                            signatureBytes += signer.bands(signer.sign(shingles)).length
                                    + DedupeKeys.shingleSetOf(shingles).length;
                        }
                        long s3 = THREADS.getCurrentThreadCpuTime();
                        signatureBytes += keys.signature().length;
                        segmentNanos += s1 - s0;
                        segmentAndKeysNanos += s2 - s0;
                        segmentAndNearNanos += s3 - s2 + s1 - s0;
                    }
                    documents += chunk.size();
                    chunk.clear();
                }
                if (last) {
                    break;
                }
            }
        }
        double keys = Math.max(0, segmentAndKeysNanos - segmentNanos) / 1e9;
        double withSegmentation = segmentAndKeysNanos / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", documents);
        out.put("scheme", c.dedupeSettings().defaults().id());
        out.put("keys_cpu_seconds", round(keys));
        out.put("docs_per_cpu_second", Math.round(documents / Math.max(1e-9, keys)));
        double near = Math.max(0, segmentAndNearNanos - segmentNanos) / 1e9;
        out.put("near_keys_cpu_seconds", round(near));
        out.put("near_docs_per_cpu_second", Math.round(documents / Math.max(1e-9, near)));
        out.put("segmentation_cpu_seconds", round(segmentNanos / 1e9));
        out.put("with_segmentation_cpu_seconds", round(withSegmentation));
        out.put("with_segmentation_docs_per_cpu_second", Math.round(documents / Math.max(1e-9, withSegmentation)));
        out.put("checksum", signatureBytes); // keeps the measured work from being optimised away
        out.put("load_average", HeapWatcher.loadAverage());
        BenchCommand.print(spec, out);
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
