package org.seacorpus.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The texts the microbenchmarks run on: whole files of the project's sample data, one per case, read from the
 * folder named by the system property {@code seacorpus.samples} (default {@code sample-data}, i.e. run from the
 * project root). Each is a few kilobytes, the size of a typical document of the generated corpora.
 */
public final class SampleTexts {
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("th", "th/news-rice-farmers-ai.txt"),
            Map.entry("lo", "lo/howto-sticky-rice.txt"),
            Map.entry("km", "km/dialogue-clinic.txt"),
            Map.entry("my", "hard-cases/burmese-unicode.txt"),
            Map.entry("my-zawgyi", "hard-cases/burmese-zawgyi.txt"),
            Map.entry("vi", "vi/hoi-thoai-cho.txt"),
            Map.entry("vi-nfd", "vi/huong-dan-nfd.txt"),
            Map.entry("id", "id/berita-panen-padi.txt"),
            Map.entry("ms", "ms/dialog-di-klinik.txt"),
            Map.entry("fil", "fil/usapan-sa-paaralan.md"),
            Map.entry("en", "en/news-regional-ai-language-data.md"),
            Map.entry("zh", "zh/dialogue-clinic-traditional.txt"));

    private SampleTexts() {
    }

    /** The text of a case ({@code th}, {@code my-zawgyi}, {@code vi-nfd} …). */
    public static String get(String name) {
        String file = FILES.get(name);
        if (file == null) {
            throw new IllegalArgumentException("no sample text named '" + name + "'; known: " + FILES.keySet());
        }
        Path path = Path.of(System.getProperty("seacorpus.samples", "sample-data"), file);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.toAbsolutePath() + "; run from the project root "
                    + "or set -Dseacorpus.samples=<sample-data folder>", e);
        }
    }

    /** The language code of a case: {@code my-zawgyi} is Burmese. */
    public static String language(String name) {
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }
}
