package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The shipped model ({@code builtin.ngram}) must be exactly what the shipped training text gives, so that nobody
 * edits the training text and forgets the model. To regenerate it after changing the text or the trainer:
 * <pre>
 * mvn -o -q -pl corpus-core test -Dtest=ShippedModelTest -Dlangid.regenerate=true
 * </pre>
 */
class ShippedModelTest {
    static final Path SOURCE = Path.of("src/main/resources/org/seacorpus/lang/identify/builtin.ngram");
    static final String COMMENT = "The shipped seacorpus language-ID model, generated from the training text in\n"
            + "org/seacorpus/lang/identify/train/ (original text written for the project).\n"
            + "Regenerate: mvn -o -q -pl corpus-core test -Dtest=ShippedModelTest -Dlangid.regenerate=true";

    static String trainedFromShippedText() throws IOException {
        NgramModelTrainer trainer = new NgramModelTrainer();
        LabelledTexts.builtIn(sample -> trainer.add(sample.label(), sample.text()));
        StringWriter out = new StringWriter();
        NgramModelFormat.write(trainer.build(), out, COMMENT);
        return out.toString();
    }

    @Test
    void shippedModelIsTheOneTrainedFromTheShippedText() throws IOException {
        String expected = trainedFromShippedText();
        if (Boolean.getBoolean("langid.regenerate")) {
            Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
        }
        String shipped;
        try (InputStream in = getClass().getResourceAsStream(LangidModels.BUILT_IN)) {
            assertThat(in).as("shipped model on the classpath").isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (Boolean.getBoolean("langid.regenerate")) {
            shipped = Files.readString(SOURCE, StandardCharsets.UTF_8);
        }
        assertThat(shipped)
                .as("builtin.ngram is stale: regenerate it with -Dtest=ShippedModelTest -Dlangid.regenerate=true")
                .isEqualTo(expected);
    }

    @Test
    void shippedModelKnowsTheLatinScriptLanguagesAndTheOtherClass() {
        NgramModel model = LangidModels.builtIn();
        assertThat(model.labels()).containsExactly("ceb", "en", "fil", "id", "jv", "ms", "su", "tet", "und", "vi");
        assertThat(model.scripts()).containsOnly("Latn");
    }
}
