package org.seacorpus.lang.identify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's own Indonesian/Malay sentence pairs in eight registers ({@code src/test/resources/langid/
 * idms-registers/}, written for the project; see its README): law, government, news, education, health, business,
 * religion and daily life. Each line holds a key, a Malay sentence and an Indonesian one; a hash of the key puts
 * both sides of a pair into the same part: training (76%), development (12%) or final (12%, read once for the
 * final figure).
 */
final class OwnRegisterText {
    static final List<String> REGISTERS = List.of("law", "government", "news", "education", "health", "business",
            "religion", "daily");
    private static final int DEV_PERCENT = 12;
    private static final int FINAL_PERCENT = 12;

    private OwnRegisterText() {
    }

    /** The part a pair key falls in. */
    static SharedTrainingText.Split split(String key) {
        int bucket = (int) Long.remainderUnsigned(FeatureKeys.of(0, "idms-registers:" + key), 100);
        return bucket < FINAL_PERCENT ? SharedTrainingText.Split.FINAL
                : bucket < FINAL_PERCENT + DEV_PERCENT ? SharedTrainingText.Split.DEV : SharedTrainingText.Split.TRAIN;
    }

    /** The sentences of {@code split}, Malay and Indonesian side of each pair, labelled {@code ms} and {@code id}. */
    static List<LabelledText> read(SharedTrainingText.Split split) {
        List<LabelledText> out = new ArrayList<>();
        for (String register : REGISTERS) {
            String resource = "/langid/idms-registers/" + register + ".tsv";
            try (InputStream in = OwnRegisterText.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing register file " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int lineNo = 0;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (f.length != 3) {
                        throw new IllegalStateException(resource + " line " + lineNo
                                + ": expected key<TAB>Malay<TAB>Indonesian");
                    }
                    if (split(f[0]) == split) {
                        out.add(new LabelledText("ms", f[1].strip(), "own " + register + ":" + f[0]));
                        out.add(new LabelledText("id", f[2].strip(), "own " + register + ":" + f[0]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
