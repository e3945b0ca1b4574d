package org.seacorpus.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.seacorpus.corpus.Corpus;

/**
 * The corpus the linguist tests share: three Thai documents, two Burmese, two Khmer, one Lao, one Vietnamese,
 * and two Indonesian ones small enough to compute statistics by hand:
 * <pre>
 * docA: petani menanam padi di sawah | petani menjual padi      (8 words)
 * docB: harga padi naik dan petani senang                      (6 words)
 * </pre>
 */
public final class LinguistFixture {
    public static final String INDONESIAN_A = "Petani menanam padi di sawah. Petani menjual padi.";
    public static final String INDONESIAN_B = "Harga padi naik dan petani senang.";

    private static Corpus shared;

    private LinguistFixture() {
    }

    /**
     * One corpus for the tests that only read it, built on first use and deleted when the JVM exits (building
     * takes seconds; reading takes milliseconds). Tests that change documents build their own.
     */
    public static synchronized Corpus shared() throws IOException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("seacorpus-linguist-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            shared = build(dir);
        }
        return shared;
    }

    /** A private copy of the shared corpus in {@code dir}, for tests that change documents (copying is fast). */
    public static Corpus copy(Path dir) throws IOException {
        Path from = shared().home().dir();
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path to = dir.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
        return Corpus.open(dir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    public static Corpus build(Path tmp) throws IOException {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        texts.put("th", TestCorpora.named(SeaTexts.THAI_RICE, SeaTexts.THAI_MARKET, SeaTexts.THAI_PRICE));
        texts.put("my", TestCorpora.named(SeaTexts.BURMESE_PADDY, SeaTexts.BURMESE_MARKET));
        texts.put("km", TestCorpora.named(SeaTexts.KHMER_FARMERS, SeaTexts.KHMER_MARKET));
        texts.put("lo", TestCorpora.named(SeaTexts.LAO_STICKY_RICE));
        texts.put("vi", TestCorpora.named(SeaTexts.VIETNAMESE_RICE));
        Map<String, String> indonesian = new LinkedHashMap<>();
        indonesian.put("docA", INDONESIAN_A);
        indonesian.put("docB", INDONESIAN_B);
        texts.put("id", indonesian);
        return TestCorpora.build(tmp, texts);
    }
}
