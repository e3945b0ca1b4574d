package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;

/**
 * What loading the language-ID models lazily and quickly must not change: the Latin-script part (the id/ms pair
 * model) is built only when Latin text comes, and the n-gram model read only when a text needs it
 * (Latin script, or a script the model has labels of), each giving the same answers as one built up front; the
 * pair model read line by line in file order equals the one read through a sorted map.
 */
class ModelLoadingTest {
    /** Lines in several scripts, Latin ones among them, and lines that mix scripts. */
    private static final List<String> LINES = List.of(
            "ภาษาไทยเป็นภาษาราชการของประเทศไทย",
            "ម្តាយខ្ញុំទៅផ្សាររាល់ព្រឹក",
            "အမေ နေ့တိုင်း ဈေးသွားတယ်။",
            "Kerajaan negeri akan menaik taraf jalan kampung itu tahun hadapan.",
            "Pemerintah daerah akan memperbaiki jalan desa itu tahun depan.",
            "ร้านกาแฟนี้เปิดใหม่ที่ Sukhumvit Soi 11 ใกล้สถานี BTS Nana",
            "ການປະຊຸມ ASEAN ຈະຈັດຂຶ້ນທີ່ວຽງຈັນ The meeting will be held in Vientiane next month.",
            "Saya sudah makan nasi goreng di kedai kopi semalam bersama kawan-kawan. 我们明天见。",
            "Tôi đi học mỗi ngày bằng xe đạp.",
            "Moadto ang akong inahan sa merkado matag buntag aron mopalit og utanon.",
            "The committee will publish its report next week.",
            "Ok");

    @Test
    void textInScriptsOtherThanLatinNeverBuildsTheLatinIdentifier() {
        LanguageIdentifier langid = LanguageIdentifier.withModel(LangidModels.builtIn());
        assertThat(langid.identify("ภาษาไทยเป็นภาษาราชการของประเทศไทย").lang()).isEqualTo("th");
        assertThat(langid.identify("ម្តាយខ្ញុំទៅផ្សាររាល់ព្រឹក").lang()).isEqualTo("km");
        assertThat(langid.identify("ແມ່ຂອງຂ້ອຍໄປຕະຫຼາດທຸກເຊົ້າ").lang()).isEqualTo("lo");
        assertThat(langid.identifyDocument("அம்மா தினமும் சந்தைக்குப் போகிறார்.\n\nแม่ไปตลาดทุกเช้า").lang())
                .isIn("ta", "th");
        assertThat(langid.latinLoaded()).isFalse();

        assertThat(langid.identify("Kerajaan negeri akan menaik taraf jalan kampung itu tahun hadapan.").lang())
                .isEqualTo("ms");
        assertThat(langid.latinLoaded()).isTrue();
    }

    @Test
    void linesInScriptsTheModelHasNoLabelOfNeverReadTheModel() {
        AtomicInteger reads = new AtomicInteger();
        LanguageIdentifier lazy = new LanguageIdentifier(LanguageProfiles.builtIn(), () -> {
            reads.incrementAndGet();
            return LangidModels.builtIn();
        }, LangidModels.builtInScripts(), LanguageIdentifier.Weights.DEFAULT, LangidModels::builtInPairs);
        LanguageIdentifier eager = LanguageIdentifier.withModel(LangidModels.builtIn());
        List<String> otherScripts = List.of("ภาษาไทยเป็นภาษาราชการของประเทศไทย", "ម្តាយខ្ញុំទៅផ្សាររាល់ព្រឹក",
                "ແມ່ຂອງຂ້ອຍໄປຕະຫຼາດທຸກເຊົ້າ", "အမေ နေ့တိုင်း ဈေးသွားတယ်။", "அம்மா தினமும் சந்தைக்குப் போகிறார்.",
                "我们明天见。", "123 456", "");
        for (String line : otherScripts) {
            assertThat(lazy.identify(line)).as(line).isEqualTo(eager.identify(line));
        }
        assertThat(lazy.identifyDocument(String.join("\n\n", otherScripts)))
                .isEqualTo(eager.identifyDocument(String.join("\n\n", otherScripts)));
        assertThat(reads.get()).isZero();
        assertThat(lazy.modelLoaded()).isFalse();

        for (String line : LINES) {
            assertThat(lazy.identify(line)).as(line).isEqualTo(eager.identify(line));
        }
        assertThat(lazy.modelLoaded()).isTrue();
        assertThat(reads.get()).isEqualTo(1);
    }

    @Test
    void theScriptsReadFromTheImageHeaderAreTheModelsOwn() throws IOException {
        String name = LangidModels.BUILT_IN + ModelImage.SUFFIX;
        try (InputStream image = LangidModels.image(name)) {
            assertThat(image).as("the build's image of the shipped model").isNotNull();
            assertThat(ModelImage.readNgramScripts(image, name)).isEqualTo(LangidModels.readBuiltInText().scripts());
        }
        assertThat(LangidModels.builtInScripts()).isEqualTo(LangidModels.builtIn().scripts());
    }

    @Test
    void lazyAndEagerLoadingGiveTheSameAnswers() {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        LanguageIdentifier lazy = new LanguageIdentifier(profiles, LangidModels.builtIn(),
                LanguageIdentifier.Weights.DEFAULT);
        LanguageIdentifier eager = new LanguageIdentifier(profiles, LangidModels.builtIn(),
                LanguageIdentifier.Weights.DEFAULT).loadLatin();
        assertThat(lazy.latinLoaded()).isFalse();
        assertThat(eager.latinLoaded()).isTrue();
        for (String line : LINES) {
            assertThat(lazy.identify(line)).as(line).isEqualTo(eager.identify(line));
        }
        String document = String.join("\n\n", LINES);
        assertThat(lazy.identifyDocument(document)).isEqualTo(eager.identifyDocument(document));
    }

    @Test
    void thePairModelReadInFileOrderEqualsItReadOutOfOrder() throws IOException {
        String shipped;
        try (InputStream in = getClass().getResourceAsStream(LangidModels.BUILT_IN_PAIRS)) {
            assertThat(in).isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> header = new ArrayList<>();
        List<String> features = new ArrayList<>();
        for (String line : shipped.split("\n")) {
            (Character.isDigit(line.charAt(0)) ? features : header).add(line);
        }
        assertThat(features).hasSizeGreaterThan(10_000);
        Collections.shuffle(features, new Random(16));
        String shuffled = String.join("\n", header) + "\n" + String.join("\n", features) + "\n";

        PairModel inOrder = read(shipped);
        PairModel outOfOrder = read(shuffled);
        assertThat(outOfOrder.size()).isEqualTo(inOrder.size());
        assertThat(outOfOrder.words()).isEqualTo(inOrder.words());
        assertThat(write(outOfOrder)).isEqualTo(write(inOrder));
        for (String line : LINES) {
            assertThat(outOfOrder.logOdds(line)).as(line).isEqualTo(inOrder.logOdds(line));
        }
        // written back, the shipped file's feature lines come out as they are in the file
        assertThat(write(inOrder).lines().filter(l -> Character.isDigit(l.charAt(0))).toList())
                .isEqualTo(shipped.lines().filter(l -> Character.isDigit(l.charAt(0))).toList());
    }

    @Test
    void aFeatureGivenTwiceKeepsItsLastWeightAsBefore() throws IOException {
        String text = "seacorpus-langid-pair\t1\nlabels\tid\tms\nbias\t0.5\nmarkers\t0\n"
                + "0\t_kerajaan_\t2.0\n0\t_pemerintah_\t-2.0\n0\t_kerajaan_\t3.0\n";
        PairModel model = read(text);
        assertThat(model.size()).isEqualTo(2);
        assertThat(model.logOdds("kerajaan")).isEqualTo(0.5 + 3.0);
        assertThat(model.logOdds("pemerintah")).isEqualTo(0.5 - 2.0);
    }

    private static PairModel read(String text) throws IOException {
        return PairModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.pair", null);
    }

    private static String write(PairModel model) throws IOException {
        StringWriter out = new StringWriter();
        model.write(out, "test");
        return out.toString();
    }
}
