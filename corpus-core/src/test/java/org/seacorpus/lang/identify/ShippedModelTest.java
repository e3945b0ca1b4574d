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
 * The shipped model ({@code builtin.ngram}) must be exactly what its training text gives ({@link #shippedTraining}),
 * so that nobody edits the training text and forgets the model. Part of that text is the shared training folder,
 * which is not in the repository: where it is missing the comparison is skipped. To regenerate it after changing the text or the trainer:
 * <pre>
 * mvn -o -q -pl corpus-core test -Dtest=ShippedModelTest -Dlangid.regenerate=true
 * </pre>
 */
class ShippedModelTest {
    static final Path SOURCE = Path.of("src/main/resources/org/seacorpus/lang/identify/builtin.ngram");
    static final int SHARED_PER_SOURCE = 300;
    static final java.util.List<String> SHARED_LANGUAGES = java.util.List.of("ceb", "fil", "jv", "su", "tet", "vi");

    static final String COMMENT = "The shipped seacorpus language-ID model, generated from the training text in\n"
            + "org/seacorpus/lang/identify/train/ (original text written for the project, counted "
            + LangidModels.OWN_TEXT_TIMES + " times)\n"
            + "and at most " + SHARED_PER_SOURCE + " sentences of the training part of each permissively licensed "
            + "source of the shared training folder\n"
            + "for " + String.join(", ", SHARED_LANGUAGES) + " (docs/langid.md, \"The n-gram model\", names them).\n"
            + "Regenerate: mvn -o -q -pl corpus-core test -Dtest=ShippedModelTest -Dlangid.regenerate=true";

    /**
     * What the shipped model learns from: the project's own text {@value LangidModels#OWN_TEXT_TIMES} times, and
     * for the Latin-script languages our own text has least of, the training part (never the development or final
     * part) of each permissive source of the shared folder, at most {@code perSource} sentences spread evenly over
     * the source. Indonesian and Malay are left to the pair model, whose text this would unbalance (six Indonesian
     * sources against one Malay). 3 × own text and 300 a source: the choice of docs/langid.md, where the other
     * amounts are measured.
     */
    static NgramModelTrainer shippedTraining(int ownTimes, int perSource, java.util.Collection<String> languages)
            throws IOException {
        return shippedTraining(ownTimes, perSource, languages, NgramModelTrainer.DEFAULT_MIN_COUNT);
    }

    static NgramModelTrainer shippedTraining(int ownTimes, int perSource, java.util.Collection<String> languages,
                                             int minCount) throws IOException {
        NgramModelTrainer trainer = new NgramModelTrainer(NgramModelTrainer.DEFAULT_MAX_ORDER,
                NgramModelTrainer.DEFAULT_ALPHA, NgramModelTrainer.DEFAULT_TEMPERATURE, minCount);
        for (int i = 0; i < ownTimes; i++) {
            LabelledTexts.builtIn(sample -> trainer.add(sample.label(), sample.text()));
        }
        for (String entry : languages) {         // own@id=6: the own text of one language counted more times
            if (entry.startsWith("own@")) {
                String lang = entry.substring(4, entry.indexOf('='));
                int times = Integer.parseInt(entry.substring(entry.indexOf('=') + 1));
                for (int i = ownTimes; i < times; i++) {
                    LabelledTexts.builtIn(sample -> {
                        if (sample.label().equals(lang)) {
                            trainer.add(sample.label(), sample.text());
                        }
                    });
                }
            }
        }
        for (String entry : languages) {         // registers=2: the register pairs' training part, 2 times
            if (entry.startsWith("registers=")) {
                int times = Integer.parseInt(entry.substring(entry.indexOf('=') + 1));
                java.util.List<LabelledText> pairs = OwnRegisterText.read(SharedTrainingText.Split.TRAIN);
                for (int i = 0; i < times; i++) {
                    pairs.forEach(t -> trainer.add(t.label(), t.text()));
                }
            }
        }
        for (SharedTrainingText.Source source : SharedTrainingText.SOURCES) {
            int cap = sourceCap(languages, source, perSource);
            if (source.shipped() && cap > 0) {
                java.util.List<LabelledText> rows = new java.util.ArrayList<>();
                SharedTrainingText.read(source, SharedTrainingText.Split.TRAIN, rows::add);
                double step = Math.max(1.0, rows.size() / (double) cap);
                for (double i = 0; i < rows.size(); i += step) {   // files are often sorted by topic: spread
                    LabelledText t = rows.get((int) i);
                    trainer.add(t.label(), t.text());
                }
            }
        }
        return trainer;
    }

    /**
     * How many sentences of {@code source} to learn from: {@code perSource} when its language is listed, or the
     * amount given to one source of one language ({@code id@TALPCo=1500}, {@code ms@TALPCo} for {@code perSource});
     * 0 when it is not listed.
     */
    static int sourceCap(java.util.Collection<String> languages, SharedTrainingText.Source source, int perSource) {
        if (languages.contains(source.label())) {
            return perSource;
        }
        String named = source.label() + "@" + source.name();
        for (String entry : languages) {
            if (entry.equals(named)) {
                return perSource;
            }
            if (entry.startsWith(named + "=")) {
                return Integer.parseInt(entry.substring(named.length() + 1));
            }
        }
        return 0;
    }

    static String trainedFromShippedText() throws IOException {
        StringWriter out = new StringWriter();
        NgramModelFormat.write(shippedTraining(LangidModels.OWN_TEXT_TIMES, SHARED_PER_SOURCE, SHARED_LANGUAGES)
                .build(), out, COMMENT);
        return out.toString();
    }

    @Test
    void shippedModelIsTheOneTrainedFromTheShippedText() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(SharedTrainingText.available(),
                "the shared training folder is not on this machine: the shipped model cannot be rebuilt here");
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
