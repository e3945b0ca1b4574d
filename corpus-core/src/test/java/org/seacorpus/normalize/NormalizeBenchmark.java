package org.seacorpus.normalize;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.ibm.icu.text.Normalizer2;
import org.seacorpus.lang.ScriptAwareNormalizer;

/**
 * Throughput of the import normaliser ({@link ScriptAwareNormalizer}, all rules, rules chosen by script) beside
 * plain ICU NFC on the same documents, per language of the sample data. Not a test (no timing assertions): run
 * it by hand, after {@code mvn -o -q -pl corpus-core test-compile}, with
 *
 * <pre>
 * mvn -o -q -pl corpus-core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp corpus-core/target/test-classes:corpus-core/target/classes:$(cat /tmp/cp.txt) \
 *     org.seacorpus.normalize.NormalizeBenchmark [MB per language, default 8]
 * </pre>
 * from the project root. Each language's documents are repeated to the given size and normalised one document
 * at a time, as the import does; the best of five timed rounds after two warm-up rounds is reported, in MB of
 * UTF-8 input per second of the thread's CPU time (CPU time rather than wall-clock time, so that other work on a
 * shared machine does not count against either side).
 */
public final class NormalizeBenchmark {
    private static final Path SAMPLES = Path.of("sample-data");
    private static final int WARMUP = 2;
    private static final int ROUNDS = 5;

    private NormalizeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double megabytes = args.length > 0 ? Double.parseDouble(args[0]) : 8.0;
        ScriptAwareNormalizer normalizer = ScriptAwareNormalizer.forLanguage(null);
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        System.out.printf(Locale.ROOT, "%-28s %10s %12s %12s %8s%n", "text", "MB", "ours MB/s", "NFC MB/s", "ratio");
        List<String> all = new ArrayList<>();
        for (String set : List.of("th", "lo", "km", "my", "shn", "vi", "zh", "ta", "en", "id", "hard-cases")) {
            List<String> docs = documents(SAMPLES.resolve(set), megabytes);
            all.addAll(docs.subList(0, docs.size() / 4));
            report(set, docs, normalizer, nfc);
        }
        report("all (mixed)", all, normalizer, nfc);
    }

    private static void report(String name, List<String> docs, ScriptAwareNormalizer normalizer, Normalizer2 nfc) {
        long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        double ours = bestSeconds(docs, d -> normalizer.normalize(d).text().length());
        double icu = bestSeconds(docs, d -> nfc.normalize(d).length());
        double mb = bytes / 1e6;
        System.out.printf(Locale.ROOT, "%-28s %10.1f %12.1f %12.1f %8.1f%n", name, mb, mb / ours, mb / icu,
                ours / icu);
    }

    private interface Work {
        int run(String doc);
    }

    private static double bestSeconds(List<String> docs, Work work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String doc : docs) {
                sink += work.run(doc);
            }
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            if (round >= WARMUP) {
                best = Math.min(best, seconds);
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return best;
    }

    /** The UTF-8 text documents of a sample folder, repeated to about {@code megabytes} MB. */
    private static List<String> documents(Path dir, double megabytes) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(txt|md|html)$")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                texts.add(new String(bytes, StandardCharsets.UTF_8));
            }
        }
        List<String> docs = new ArrayList<>();
        long size = 0;
        while (size < megabytes * 1e6) {
            for (String text : texts) {
                docs.add(text);
                size += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return docs;
    }
}
