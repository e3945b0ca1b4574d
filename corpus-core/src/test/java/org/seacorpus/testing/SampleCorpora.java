package org.seacorpus.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.seacorpus.bench.BenchCorpusGenerator;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.curate.CurationAction;
import org.seacorpus.curate.CurationTarget;
import org.seacorpus.dedupe.DedupeOptions;

/**
 * Two read-only corpora shared by the tests that hold the index paths of statistics and concordance to the text
 * paths: the sample data (16 languages; deduplicated, so some documents are duplicates; the Thai documents that
 * mention ข้าว rejected), and 800 documents generated from its sentences. Built on first use, deleted when the
 * JVM exits.
 */
public final class SampleCorpora {
    public static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();

    private static Corpus sample;
    private static Corpus generated;

    private SampleCorpora() {
    }

    public static synchronized Corpus sample() throws IOException {
        build();
        return sample;
    }

    public static synchronized Corpus generated() throws IOException {
        build();
        return generated;
    }

    private static void build() throws IOException {
        if (sample != null) {
            return;
        }
        Path dir = Files.createTempDirectory("seacorpus-paths-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        Corpus s = Corpus.create(dir.resolve("sample"), "sample");
        s.importFrom(ImportOptions.of(List.of(SAMPLE_DATA)).withGlobs(List.of(),
                List.of("qa.csv", "tools/**", "bad/**")), null);
        s.dedupe(DedupeOptions.DEFAULTS, null);
        s.curation().apply(CurationTarget.ofQuery("ข้าว", "th", List.of()),
                new CurationAction.Reject("a test rejection", "2026-12-01T00:00:00Z"), false);
        Path work = Files.createDirectories(dir.resolve("generated"));
        generated = BenchCorpusGenerator.generate(BenchCorpusGenerator.sentences(s), 800, work);
        sample = s;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
