package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.MarkerWords;

/**
 * The shipped Indonesian/Malay pair model ({@code builtin-id-ms.pair}) must be what the training text gives: the
 * project's own {@code train/id.txt} and {@code train/ms.txt} plus the training part of the openly licensed id/ms
 * sources of the shared training folder ({@link SharedTrainingText}, permissive licences only). When that folder is
 * absent (a clean clone elsewhere) the comparison is skipped and only the shipped file is checked. To regenerate:
 * <pre>
 * mvn -o -q -pl corpus-core test -Dtest=ShippedPairModelTest -Dlangid.regenerate=true
 * </pre>
 */
class ShippedPairModelTest {
    static final Path SOURCE = Path.of("src/main/resources" + LangidModels.BUILT_IN_PAIRS);
    static final String COMMENT = """
            The shipped seacorpus Indonesian/Malay pair model (logistic regression; docs/langid.md), trained on
            org/seacorpus/lang/identify/train/{id,ms}.txt and the training part of the sentence pairs (two batches, 19
            files) of src/test/resources/langid/idms-registers (original text written for the project), the training
            part of TALPCo (CC BY 4.0), Tatoeba (CC BY 2.0 FR) and IndoNLU POSP/NERGrit/FacQA (MIT); see
            docs/langid.md. Weights only: no sentence of the sources is in this file.
            Regenerate: mvn -o -q -pl corpus-core test -Dtest=ShippedPairModelTest -Dlangid.regenerate=true""";

    /**
     * The project's own id/ms text (the shipped training text and the training part of both batches of register
     * pairs) counts three times: it is the only formal Malay, and written in pairs (once and twice were measured for
     * the first batch, 1–9 times for the second: docs/langid.md).
     */
    static final int OWN_TEXT_REPEATS = 3;

    static MarkerWords idMsMarkers() {
        return LanguageProfiles.builtIn().modules().markerWords().stream()
                .filter(m -> m.first().equals("id") && m.second().equals("ms")).findFirst().orElseThrow();
    }

    /**
     * The training texts of the pair: the project's own (the shipped training text, then the training part of the
     * register pairs), then the shared folder's training part.
     */
    static List<LabelledText> trainingText() throws IOException {
        return trainingText(SHIPPED);
    }

    /**
     * How many times the shipped model learns the third batch of own text (news reports, encyclopedic text and
     * conversation; {@link OwnRegisterText#THIRD_BATCH}), its Malay and its Indonesian side: not at all. The best
     * of the eleven ways measured (its Malay side twice, its Indonesian side once) was four development sentences
     * of 1 460 better, none on the final parts, and lower on the shared folder's final part (docs/langid.md, "A
     * third batch of own text"); its development and final parts are measured instead.
     */
    static final int THIRD_BATCH_REPEATS = 0;
    static final int THIRD_BATCH_INDONESIAN_REPEATS = 0;

    /**
     * How a pair model learns its text: the first and second batch of register pairs counted {@code first} and
     * {@code second} times, the third batch's Malay side {@code thirdMs} times and its Indonesian side {@code thirdId}
     * times; the Malay side of every batch's training part {@code malayExtra} more times; IndoNLU's Indonesian news and
     * encyclopedic text (the one large source of a register the Malay side has little of) cut to at most
     * {@code indoNluCap} sentences (0: all) and each of its sentences counting {@code indoNluWeight} in the loss; the
     * same weight {@code tatoebaWeight} for Tatoeba's Indonesian conversation.
     */
    record Recipe(int first, int second, int thirdMs, int thirdId, int malayExtra, int indoNluCap,
                  double indoNluWeight, double tatoebaWeight) {
        static Recipe repeats(int first, int second, int thirdMs, int thirdId) {
            return new Recipe(first, second, thirdMs, thirdId, 0, 0, 1.0, 1.0);
        }

        /**
         * {@code a/b}, {@code a/b+c} or {@code a/b+c:d} (batches' repeats, as {@link IdMsReportExperimentTest} names
         * them), then any of {@code ~mN} (Malay side N more times), {@code ~cN} (IndoNLU cut to N sentences),
         * {@code ~wX} (IndoNLU weight X), {@code ~tX} (Tatoeba weight X).
         */
        static Recipe parse(String config) {
            String[] options = config.split("~");
            String[] slash = options[0].split("/");
            int first = Integer.parseInt(slash[0]);
            String[] secondAndThird = slash[1].split("\\+");
            int second = Integer.parseInt(secondAndThird[0]);
            String[] thirdSides = secondAndThird.length > 1 ? secondAndThird[1].split(":") : new String[] {"0"};
            int thirdMs = Integer.parseInt(thirdSides[0]);
            int thirdId = thirdSides.length > 1 ? Integer.parseInt(thirdSides[1]) : thirdMs;
            int malayExtra = 0;
            int cap = 0;
            double indoNlu = 1.0;
            double tatoeba = 1.0;
            for (int i = 1; i < options.length; i++) {
                String value = options[i].substring(1);
                switch (options[i].charAt(0)) {
                    case 'm' -> malayExtra = Integer.parseInt(value);
                    case 'c' -> cap = Integer.parseInt(value);
                    case 'w' -> indoNlu = Double.parseDouble(value);
                    case 't' -> tatoeba = Double.parseDouble(value);
                    default -> throw new IllegalArgumentException("unknown option " + options[i] + " in " + config);
                }
            }
            return new Recipe(first, second, thirdMs, thirdId, malayExtra, cap, indoNlu, tatoeba);
        }

        /** How much a text of the training list counts in the loss. */
        double weight(LabelledText t) {
            return t.source().startsWith("IndoNLU") ? indoNluWeight
                    : t.source().startsWith("Tatoeba") ? tatoebaWeight : 1.0;
        }
    }

    /** The shipped recipe. */
    static final Recipe SHIPPED = Recipe.repeats(OWN_TEXT_REPEATS, OWN_TEXT_REPEATS, THIRD_BATCH_REPEATS,
            THIRD_BATCH_INDONESIAN_REPEATS);

    /** The same with the register pairs counted {@code registerRepeats} times (for the measurements). */
    static List<LabelledText> trainingText(int registerRepeats) throws IOException {
        return trainingText(registerRepeats, registerRepeats);
    }

    /**
     * The same with the first batch of register pairs counted {@code firstRepeats} times and the second
     * ({@link OwnRegisterText#SECOND_BATCH}) {@code secondRepeats} times (for the measurements).
     */
    static List<LabelledText> trainingText(int firstRepeats, int secondRepeats) throws IOException {
        return trainingText(firstRepeats, secondRepeats, 0);
    }

    /** The same with the third batch ({@link OwnRegisterText#THIRD_BATCH}) counted {@code thirdRepeats} times. */
    static List<LabelledText> trainingText(int firstRepeats, int secondRepeats, int thirdRepeats)
            throws IOException {
        return trainingText(firstRepeats, secondRepeats, thirdRepeats, thirdRepeats);
    }

    /**
     * The same with the third batch's Malay side counted {@code thirdRepeats} times and its Indonesian side
     * {@code thirdIndonesianRepeats} times (for the measurements).
     */
    static List<LabelledText> trainingText(int firstRepeats, int secondRepeats, int thirdRepeats,
                                           int thirdIndonesianRepeats) throws IOException {
        return trainingText(Recipe.repeats(firstRepeats, secondRepeats, thirdRepeats, thirdIndonesianRepeats));
    }

    /** The training texts of {@code recipe}, in a fixed order (the weights are {@link Recipe#weight}). */
    static List<LabelledText> trainingText(Recipe recipe) throws IOException {
        List<LabelledText> out = new ArrayList<>();
        int rounds = Math.max(Math.max(OWN_TEXT_REPEATS, recipe.second()),
                Math.max(recipe.thirdMs(), recipe.thirdId()));
        for (int i = 0; i < rounds; i++) {
            if (i < OWN_TEXT_REPEATS) {
                LabelledTexts.builtIn(t -> {
                    if (t.label().equals("id") || t.label().equals("ms")) {
                        out.add(t);
                    }
                });
            }
            if (i < recipe.first()) {
                out.addAll(OwnRegisterText.read(SharedTrainingText.Split.TRAIN, OwnRegisterText.FIRST_BATCH));
            }
            if (i < recipe.second()) {
                out.addAll(OwnRegisterText.read(SharedTrainingText.Split.TRAIN, OwnRegisterText.SECOND_BATCH));
            }
            int round = i;
            OwnRegisterText.read(SharedTrainingText.Split.TRAIN, OwnRegisterText.THIRD_BATCH).stream()
                    .filter(t -> round < (t.label().equals("ms") ? recipe.thirdMs() : recipe.thirdId()))
                    .forEach(out::add);
        }
        for (int i = 0; i < recipe.malayExtra(); i++) {
            for (List<String> batch : List.of(OwnRegisterText.FIRST_BATCH, OwnRegisterText.SECOND_BATCH,
                    OwnRegisterText.THIRD_BATCH)) {
                OwnRegisterText.read(SharedTrainingText.Split.TRAIN, batch).stream()
                        .filter(t -> t.label().equals("ms")).forEach(out::add);
            }
        }
        List<LabelledText> indoNlu = new ArrayList<>();
        int indoNluAt = -1;   // IndoNLU's files stay where the source list has them (the order moves the shuffles)
        for (SharedTrainingText.Source source : SharedTrainingText.SOURCES) {
            if (source.shipped() && (source.label().equals("id") || source.label().equals("ms"))) {
                if (source.name().startsWith("IndoNLU")) {
                    indoNluAt = indoNluAt < 0 ? out.size() : indoNluAt;
                    SharedTrainingText.read(source, SharedTrainingText.Split.TRAIN, indoNlu::add);
                } else {
                    SharedTrainingText.read(source, SharedTrainingText.Split.TRAIN, out::add);
                }
            }
        }
        out.addAll(Math.max(0, indoNluAt), capped(indoNlu, recipe.indoNluCap()));
        return out;
    }

    /**
     * At most {@code cap} of {@code texts} (all when 0), each kept or not by a hash of its text, so that every
     * source of the list keeps about the same share and the same sentences whatever else changes; in list order.
     */
    static List<LabelledText> capped(List<LabelledText> texts, int cap) {
        if (cap <= 0 || cap >= texts.size()) {
            return texts;
        }
        long[] keys = texts.stream().mapToLong(t -> FeatureKeys.of(0, "pair-cap:" + t.text())).toArray();
        long[] sorted = keys.clone();
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] ^= Long.MIN_VALUE;   // unsigned order
        }
        java.util.Arrays.sort(sorted);
        long limit = sorted[cap - 1] ^ Long.MIN_VALUE;
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (Long.compareUnsigned(keys[i], limit) <= 0) {
                out.add(texts.get(i));
            }
        }
        return out;
    }

    /** A trainer holding the text of {@code recipe}, each text with its weight. */
    static PairTrainer trainer(Recipe recipe) throws IOException {
        PairTrainer trainer = new PairTrainer("id", "ms", idMsMarkers().logOdds()).seeds(SEEDS);
        trainingText(recipe).forEach(t -> trainer.add(t.label(), t.text(), recipe.weight(t)));
        return trainer;
    }

    /**
     * The shipped weights are the mean of this many runs over differently shuffled text (one run moves answers by a
     * sentence or two with the order of the text; docs/langid.md).
     */
    static final int SEEDS = 5;

    static PairModel train() throws IOException {
        return trainer(SHIPPED).train();
    }

    static String write(PairModel model) throws IOException {
        StringWriter out = new StringWriter();
        model.write(out, COMMENT);
        return out.toString();
    }

    @Test
    void shippedPairModelIsTheOneTrainedFromTheTrainingText() throws IOException {
        assumeTrue(SharedTrainingText.available(), "shared training folder not on this machine");
        String expected = write(train());
        if (Boolean.getBoolean("langid.regenerate")) {
            Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
            return;
        }
        String shipped;
        try (InputStream in = getClass().getResourceAsStream(LangidModels.BUILT_IN_PAIRS)) {
            assertThat(in).as("shipped pair model on the classpath").isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped)
                .as("builtin-id-ms.pair is stale: regenerate it with -Dtest=ShippedPairModelTest "
                        + "-Dlangid.regenerate=true")
                .isEqualTo(expected);
    }

    @Test
    void theShippedPairIsLoadedAndReadsTheDifferences() {
        List<PairModel> pairs = LangidModels.builtInPairs();
        assertThat(pairs).hasSize(1);
        PairModel pair = pairs.get(0).withMarkers(idMsMarkers().logOdds());
        assertThat(pair.first()).isEqualTo("id");
        assertThat(pair.second()).isEqualTo("ms");
        // log-odds of Malay: positive for Malaysian spellings and words, negative for Indonesian ones
        assertThat(pair.logOdds("Kerajaan persekutuan akan membina sebuah universiti baharu di Johor Bahru."))
                .isGreaterThan(2);
        assertThat(pair.logOdds("Pemerintah pusat akan membangun sebuah universitas baru di Surabaya."))
                .isLessThan(-2);
        assertThat(pair.logOdds("Saya sudah makan nasi goreng di kedai kopi semalam bersama kawan-kawan."))
                .isGreaterThan(0);
        assertThat(pair.logOdds("Kemarin saya sudah makan nasi goreng di warung bareng teman-teman."))
                .isLessThan(0);
    }

    @Test
    void markersFoldedIntoTheWordTotalsGiveTheSameLogOddsAsReadingThemFromTheText() {
        MarkerWords markers = idMsMarkers();
        PairModel base = LangidModels.builtInPairs().get(0);
        PairModel fromText = base.withMarkers(markers.logOdds());
        PairModel folded = base.withMarkers(markers);
        List<String> sentences = List.of(
                "Kerajaan persekutuan akan membina sebuah universiti baharu di Johor Bahru.",
                "Pemerintah pusat akan membangun sebuah universitas baru di Surabaya.",
                "Aku tak tahu kenapa dia tak datang ke majlis kahwin kawan kita semalam.",
                "Saya sudah bilang ke dia, tapi dia nggak mau dengar sama sekali.",
                "Kualiti perkhidmatan hospital kerajaan semakin baik berbanding tahun lepas.",
                "Kualitas pelayanan rumah sakit pemerintah makin baik dibandingkan tahun lalu.",
                "Polis sedang menyiasat kemalangan jalan raya yang berlaku di lebuhraya pagi tadi.",
                // words the model has never seen whole, marker words among them
                "Xyzkualiti dan abcitas: pengkomputeranisasi Ogos, Agustus, mobil, kereta.");
        for (String sentence : sentences) {
            assertThat(folded.logOdds(sentence)).as(sentence)
                    .isCloseTo(fromText.logOdds(sentence), org.assertj.core.data.Offset.offset(1e-3));
        }
    }

    @Test
    void aPairModelFileRoundTrips() throws IOException {
        PairModel pair = LangidModels.readBuiltInPairsText().get(0); // the shipped image keeps no feature texts
        String text = write(pair);
        PairModel back = PairModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "round trip",
                null);
        assertThat(back.size()).isEqualTo(pair.size());
        String sentence = "Polis sedang menyiasat kemalangan jalan raya yang berlaku di lebuhraya pagi tadi.";
        assertThat(back.logOdds(sentence)).isCloseTo(pair.logOdds(sentence), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(write(back)).isEqualTo(text);
    }

    @Test
    void aFileThatIsNotAPairModelIsRefusedByName() {
        InputStream in = new ByteArrayInputStream("seacorpus-langid-ngram\t1\n".getBytes(StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PairModel.read(in, "notes.pair", null))
                .isInstanceOf(IOException.class).hasMessageContaining("notes.pair")
                .hasMessageContaining("not a seacorpus language-pair model");
    }
}
