package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;

/**
 * The binary images of the shipped models ({@link ModelImage}) are exactly what their text files give: the images
 * on the class path equal, byte for byte, images made now from the text files beside them (so they cannot drift
 * from the text), and a model read from an image holds the same tables, bit for bit, and gives the same answers as
 * the model read from its text.
 */
class ModelImageTest {
    private static final List<String> LINES = List.of(
            "Kerajaan negeri akan menaik taraf jalan kampung itu tahun hadapan.",
            "Pemerintah daerah akan memperbaiki jalan desa itu tahun depan.",
            "Saya sudah makan nasi goreng di kedai kopi semalam bersama kawan-kawan.",
            "Moadto ang akong inahan sa merkado matag buntag aron mopalit og utanon.",
            "Pupunta ako sa palengke bukas ng umaga para bumili ng gulay.",
            "Aku arep menyang pasar sesuk esuk karo ibuku.",
            "Abdi bade angkat ka pasar enjing-enjing sareng indung.",
            "Ha'u ba merkadu kada loron dadeer ho ha'u-nia inan.",
            "The committee will publish its report next week.",
            "Tôi đi học mỗi ngày bằng xe đạp.",
            "ภาษาไทยเป็นภาษาราชการของประเทศไทย",
            "Pasal 1",
            "Ok");

    @Test
    void theShippedImagesAreWhatTheShippedTextFilesGive() throws IOException {
        NgramModel text = LangidModels.readBuiltInText();
        assertThat(resource(LangidModels.BUILT_IN + ModelImage.SUFFIX))
                .as("builtin.ngram.bin is not what builtin.ngram gives: rebuild (mvn process-classes)")
                .isEqualTo(ModelImage.of(text));
        PairModel pair = LangidModels.readBuiltInPairsText().get(0);
        assertThat(resource(LangidModels.BUILT_IN_PAIRS + ModelImage.SUFFIX))
                .as("builtin-id-ms.pair.bin is not what builtin-id-ms.pair gives: rebuild (mvn process-classes)")
                .isEqualTo(ModelImage.of(pair));
        assertThat(resource(LangidModels.BUILT_IN + ModelImage.WITH_PAIR_WORDS))
                .as("builtin.ngram.pair-words.bin is not what the two text files give: rebuild (mvn process-classes)")
                .isEqualTo(ModelImage.wordsOf(LatinIdentifier.knowingPairWords(text, List.of(pair))));
    }

    /**
     * What {@code bin/corpus} does for the CLI jar, which carries no images: the images made from the class path's
     * text models into a folder are the build's, byte for byte, and a folder named by the system property is read
     * before the class path (and the class path when the folder lacks one).
     */
    @Test
    void imagesMadeIntoAFolderEqualTheBuildsAndAreReadFromThere(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        ModelImage.main(new String[] {"--from-classpath", dir.toString()});
        for (String name : List.of(LangidModels.BUILT_IN + ModelImage.SUFFIX,
                LangidModels.BUILT_IN_PAIRS + ModelImage.SUFFIX, LangidModels.BUILT_IN + ModelImage.WITH_PAIR_WORDS)) {
            java.nio.file.Path file = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
            assertThat(java.nio.file.Files.readAllBytes(file)).as(name).isEqualTo(resource(name));
        }
        String before = System.getProperty(LangidModels.IMAGES_PROPERTY);
        try {
            java.nio.file.Path ngram = dir.resolve("builtin.ngram.bin");
            java.nio.file.Files.write(ngram, new byte[] {1, 2, 3});
            System.setProperty(LangidModels.IMAGES_PROPERTY, dir.toString());
            try (InputStream in = LangidModels.image(LangidModels.BUILT_IN + ModelImage.SUFFIX)) {
                assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
            }
            java.nio.file.Files.delete(ngram);
            try (InputStream in = LangidModels.image(LangidModels.BUILT_IN + ModelImage.SUFFIX)) {
                assertThat(in.readAllBytes()).isEqualTo(resource(LangidModels.BUILT_IN + ModelImage.SUFFIX));
            }
        } finally {
            if (before == null) {
                System.clearProperty(LangidModels.IMAGES_PROPERTY);
            } else {
                System.setProperty(LangidModels.IMAGES_PROPERTY, before);
            }
        }
    }

    @Test
    void theShippedModelKnowingThePairWordsIsReadAsTheTextOnesMakeIt() {
        NgramModel text = LangidModels.readBuiltInText();
        NgramModel.Tables made = LatinIdentifier.knowingPairWords(text, LangidModels.readBuiltInPairsText()).tables();
        NgramModel read = LangidModels.knowingShippedPairWords(LangidModels.builtIn(), LangidModels.builtInPairs())
                .orElseThrow();
        NgramModel.Tables t = read.tables();
        assertThat(t.wordKeys()).isEqualTo(made.wordKeys()).hasSizeGreaterThan(10_000);
        assertThat(Arrays.equals(t.wordLogp(), made.wordLogp())).isTrue();
        assertThat(t.wordFeatures()).isEqualTo(made.wordFeatures());
        assertThat(t.frequentWord()).isEqualTo(made.frequentWord());
        assertThat(t.markerLabel()).isEqualTo(made.markerLabel());
        assertThat(t.gramKeys()).isEqualTo(made.gramKeys());
        // the lowest set bits the images hold are those of the tables (the bound of exact sums, not computed at load)
        assertThat(read.lowestBits()).isEqualTo(read.lowestBitsComputed()).isEqualTo(new int[] {t.gramLowest(),
                t.wordLowest()});
        assertThat(t.wordLowest()).isEqualTo(made.wordLowest());
        assertThat(LangidModels.builtIn().lowestBits()).isEqualTo(LangidModels.builtIn().lowestBitsComputed());
        for (String line : LINES) {
            assertThat(read.rank(line)).as(line).isEqualTo(LatinIdentifier.knowingPairWords(text,
                    LangidModels.readBuiltInPairsText()).rank(line));
        }
        // only the shipped model with the shipped pair models gets it
        assertThat(LangidModels.knowingShippedPairWords(text, LangidModels.builtInPairs())).isEmpty();
        assertThat(LangidModels.knowingShippedPairWords(LangidModels.builtIn(), LangidModels.readBuiltInPairsText()))
                .isEmpty();
    }

    @Test
    void anNgramModelReadFromItsImageHasTheSameTablesAndScores() throws IOException {
        NgramModel text = LangidModels.readBuiltInText();
        NgramModel image = ModelImage.readNgram(new ByteArrayInputStream(ModelImage.of(text)), "test image");
        assertThat(image.labels()).isEqualTo(text.labels());
        assertThat(image.scripts()).isEqualTo(text.scripts());
        assertThat(image.maxOrder()).isEqualTo(text.maxOrder());
        assertThat(image.alpha()).isEqualTo(text.alpha());
        assertThat(image.temperature()).isEqualTo(text.temperature());
        assertThat(image.size()).isEqualTo(text.size()).isGreaterThan(20_000);
        NgramModel.Tables a = text.tables();
        NgramModel.Tables b = image.tables();
        assertThat(b.gramKeys()).isEqualTo(a.gramKeys());
        assertThat(Arrays.equals(b.gramLogp(), a.gramLogp())).isTrue();
        assertThat(b.wordKeys()).isEqualTo(a.wordKeys());
        assertThat(Arrays.equals(b.wordLogp(), a.wordLogp())).isTrue();
        assertThat(b.wordFeatures()).isEqualTo(a.wordFeatures());
        assertThat(b.frequentWord()).isEqualTo(a.frequentWord());
        assertThat(b.markerLabel()).isEqualTo(a.markerLabel());
        assertThat(image.lowestBits()).isEqualTo(text.lowestBits()).isEqualTo(image.lowestBitsComputed());
        for (int order = 0; order <= text.maxOrder(); order++) {
            for (int l = 0; l < text.labels().size(); l++) {
                assertThat(image.total(order, l)).isEqualTo(text.total(order, l));
            }
        }
        for (String line : LINES) {
            assertThat(image.evidence(line).logLikelihood()).as(line)
                    .isEqualTo(text.evidence(line).logLikelihood());
            assertThat(image.rank(line)).as(line).isEqualTo(text.rank(line));
            assertThat(image.wordEvidence(line)).as(line).isEqualTo(text.wordEvidence(line));
        }
        // the Latin-script identifier's copy that knows the pair model's words whole, made from either
        PairModel pair = LangidModels.readBuiltInPairsText().get(0);
        NgramModel.Tables wa = text.withWords(pair.words()).tables();
        NgramModel.Tables wb = image.withWords(pair.words()).tables();
        assertThat(wb.wordKeys()).isEqualTo(wa.wordKeys());
        assertThat(Arrays.equals(wb.wordLogp(), wa.wordLogp())).isTrue();
        assertThat(wb.wordFeatures()).isEqualTo(wa.wordFeatures());
        assertThat(wb.wordLowest()).isEqualTo(wa.wordLowest());
    }

    @Test
    void aPairModelReadFromItsImageScoresAsTheTextOne() throws IOException {
        PairModel text = LangidModels.readBuiltInPairsText().get(0);
        PairModel image = ModelImage.readPair(new ByteArrayInputStream(ModelImage.of(text)), "test image", null);
        assertThat(image.first()).isEqualTo("id");
        assertThat(image.second()).isEqualTo("ms");
        assertThat(image.size()).isEqualTo(text.size()).isGreaterThan(50_000);
        assertThat(image.words()).isEqualTo(text.words());
        assertThat(List.copyOf(image.words())).isEqualTo(List.copyOf(text.words()));
        for (String line : LINES) {
            assertThat(image.logOdds(line)).as(line).isEqualTo(text.logOdds(line));
        }
        // joined to the Malay module's marker words (their per-word weights folded into the word totals)
        org.seacorpus.lang.MarkerWords markers = org.seacorpus.lang.LanguageModules.builtIn().markerWords().stream()
                .filter(m -> m.first().equals("id") && m.second().equals("ms")).findFirst().orElseThrow();
        PairModel textMarked = text.withMarkers(markers);
        PairModel imageMarked = image.withMarkers(markers);
        for (String line : LINES) {
            assertThat(imageMarked.logOdds(line)).as(line).isEqualTo(textMarked.logOdds(line));
        }
        assertThatThrownBy(() -> image.write(new StringWriter(), "x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("binary image");
    }

    @Test
    void theIdentifierOnTheImagesAnswersAsTheOneOnTheTextFiles() {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        LanguageIdentifier fromText = new LanguageIdentifier(profiles, LangidModels.readBuiltInText(),
                LanguageIdentifier.Weights.DEFAULT, LangidModels.readBuiltInPairsText());
        LanguageIdentifier shipped = LanguageIdentifier.builtIn();
        for (String line : LINES) {
            assertThat(shipped.identify(line)).as(line).isEqualTo(fromText.identify(line));
        }
        String document = String.join("\n\n", LINES);
        assertThat(shipped.identifyDocument(document)).isEqualTo(fromText.identifyDocument(document));
    }

    @Test
    void aDamagedImageIsAnErrorNamingIt() throws IOException {
        byte[] image = ModelImage.of(LangidModels.readBuiltInPairsText().get(0));
        byte[] truncated = Arrays.copyOf(image, image.length / 2);
        assertThatThrownBy(() -> ModelImage.readPair(new ByteArrayInputStream(truncated), "pairs.bin", null))
                .isInstanceOf(IOException.class).hasMessageContaining("pairs.bin").hasMessageContaining("truncated");
        byte[] text = "seacorpus-langid-ngram\t1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ModelImage.readNgram(new ByteArrayInputStream(text), "model.bin"))
                .isInstanceOf(IOException.class).hasMessageContaining("model.bin")
                .hasMessageContaining("not a seacorpus model image");
        assertThatThrownBy(() -> ModelImage.readNgram(new ByteArrayInputStream(image), "pairs.bin"))
                .isInstanceOf(IOException.class).hasMessageContaining("another kind");
        byte[] longer = Arrays.copyOf(image, image.length + 3);
        assertThatThrownBy(() -> ModelImage.readPair(new ByteArrayInputStream(longer), "pairs.bin", null))
                .isInstanceOf(IOException.class).hasMessageContaining("after its end");
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path (made at process-classes)").isNotNull();
            return in.readAllBytes();
        }
    }
}
