package org.seacorpus.lang.identify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The development set: {@code src/test/resources/langid/dev/<lang>.tsv}, original sentences in all languages. */
final class DevSet {
    static final List<String> LANGUAGES = List.of("ceb", "en", "fil", "id", "jv", "km", "lo", "ms", "my", "shn", "su",
            "ta", "tet", "th", "und", "vi", "zh");
    static final List<String> LATIN = List.of("ceb", "en", "fil", "id", "jv", "ms", "su", "tet", "vi");

    private DevSet() {
    }

    static List<LabelledText> load(List<String> languages) {
        List<LabelledText> out = new ArrayList<>();
        for (String lang : languages) {
            String resource = "/langid/dev/" + lang + ".tsv";
            try (InputStream in = DevSet.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing development file " + resource);
                }
                LabelledTexts.readTsv(in, resource, out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The rows of the development files: lang, expected script, text. */
    static List<String[]> rows(List<String> languages) {
        List<String[]> out = new ArrayList<>();
        for (String lang : languages) {
            try (InputStream in = DevSet.class.getResourceAsStream("/langid/dev/" + lang + ".tsv")) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line.split("\t", 3));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static List<LabelledText> all() {
        return load(LANGUAGES);
    }
}
