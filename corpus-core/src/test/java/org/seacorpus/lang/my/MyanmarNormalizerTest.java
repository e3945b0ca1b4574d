package org.seacorpus.lang.my;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.Normalizer;

class MyanmarNormalizerTest {
    private static final Path SAMPLES = Path.of("..", "sample-data");
    private final Normalizer burmese =
            new Normalizer(MyanmarNormalizer.all(MyanmarModule.DEFAULT_ZAWGYI_THRESHOLD));

    private static String apply(NormalizationRule rule, String text) {
        return new Normalizer(List.of(rule)).normalize(text).text();
    }

    @Test
    void emptyTextGivesEmptyText() {
        assertThat(burmese.normalize("").text()).isEmpty();
        assertThat(burmese.normalize("").rules()).isEmpty();
    }

    @Test
    void zawgyiParagraphsBecomeUnicode() {
        // Zawgyi: ya-yit U+103B and vowel E stored before the consonant, U+1039 as asat, U+103A as ya-pin
        Normalizer.Result result = burmese.normalize("ေက်ာင္းသားမ်ား စာၾကည့္တိုက္သို႔ သြားၾကသည္။");
        assertThat(result.text()).isEqualTo("ကျောင်းသားများ စာကြည့်တိုက်သို့ သွားကြသည်။");
        assertThat(result.rules()).containsEntry("zawgyi", 1);
        assertThat(apply(new ZawgyiRule(0.95), "ျမန္မာႏိုင္ငံ")).isEqualTo("မြန်မာနိုင်ငံ");
    }

    @Test
    void onlyTheZawgyiParagraphsOfAMixedDocumentAreConverted() {
        String text = "ေမာင္ေမာင္ ေက်ာင္းသြားသည္။\nမောင်မောင် ကျောင်းသွားသည်။";
        Normalizer.Result result = burmese.normalize(text);
        assertThat(result.text()).isEqualTo("မောင်မောင် ကျောင်းသွားသည်။\nမောင်မောင် ကျောင်းသွားသည်။");
        assertThat(result.rules()).containsEntry("zawgyi", 1);
    }

    @Test
    void unicodeBurmeseIsNeverConverted() {
        // ICU's Zawgyi-my would turn this into မွနျမာ…: detection must stop it
        String text = "မြန်မာနိုင်ငံသည် အရှေ့တောင်အာရှတွင် တည်ရှိသည်။ မင်္ဂလာပါ";
        Normalizer.Result result = burmese.normalize(text);
        assertThat(result.text()).isSameAs(text);
        assertThat(result.rules()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ပှၤကညီ အိၣ်ဆိးလၢ ကိၢ်ပယီၤ", // Sgaw Karen: scores as Zawgyi (0.99999) because of ၤ
        "ယွၤ အဲၣ်ဒိၣ် ပှၤကညီ",
        "ပှၤကညီ",
        "ၵူၼ်းတႆး ယူႇတီႈ မိူင်းတႆး", // Shan
        "လိၵ်ႈတႆး ၶဝ်ႈ",
        "ဂကူမန် ဒှ်ဂကူ မွဲ ပ္ဍဲ ဍုၚ်ဗၟာ"}) // Mon
    void shanMonAndKarenAreUntouched(String text) {
        Normalizer.Result result = burmese.normalize(text);
        assertThat(result.text()).isSameAs(text);
        assertThat(result.rules()).isEmpty();
    }

    @Test
    void vowelETypedBeforeItsConsonantMovesAfterIt() {
        assertThat(apply(MyanmarNormalizer.REORDER, "\u1031မာင်")).isEqualTo("မောင်");
        assertThat(apply(MyanmarNormalizer.REORDER, "စာ \u1031\u103Cကာင့်")).isEqualTo("စာ ကြောင့်");
    }

    @Test
    void signsAreSortedIntoStorageOrder() {
        // ကို with u typed before i; သုံး with anusvara before u; ကျွန် with medial wa before ya
        assertThat(apply(MyanmarNormalizer.REORDER, "က\u102F\u102D")).isEqualTo("ကို");
        assertThat(apply(MyanmarNormalizer.REORDER, "သ\u1036\u102Fး")).isEqualTo("သုံး");
        assertThat(apply(MyanmarNormalizer.REORDER, "က\u103D\u103Bန်")).isEqualTo("ကျွန်");
        assertThat(apply(MyanmarNormalizer.REORDER, "က\u1031\u103C")).isEqualTo("ကြေ");
        // kinzi and stacked consonants stay where they are
        String kinzi = "သင်္ချိုင်း ဗုဒ္ဓ မင်္ဂလာ";
        assertThat(apply(MyanmarNormalizer.REORDER, kinzi)).isSameAs(kinzi);
    }

    @Test
    void signsTypedTwiceAreKeptOnce() {
        assertThat(apply(MyanmarNormalizer.DUPLICATE_MARKS, "ကိ\u102Dု")).isEqualTo("ကို");
        assertThat(apply(MyanmarNormalizer.DUPLICATE_MARKS, "သည\u103A\u103A")).isEqualTo("သည်");
    }

    @Test
    void zeroTypedForWaIsRepairedOnlyInsideWords() {
        assertThat(apply(MyanmarLookalikes.INSTANCE, "ဆရာ\u1040န်")).isEqualTo("ဆရာဝန်");
        assertThat(apply(MyanmarLookalikes.INSTANCE, "\u1040ယ်ခဲ့သည်")).isEqualTo("ဝယ်ခဲ့သည်");
        assertThat(apply(MyanmarLookalikes.INSTANCE, "\u1040ါ")).isEqualTo("ဝါ");
        String numbers = "၁၀ ရက် ၂၀၂၄ ခုနှစ် ၀၉-၁၂၃";
        assertThat(apply(MyanmarLookalikes.INSTANCE, numbers)).isSameAs(numbers);
    }

    @Test
    void waTypedAmongDigitsBecomesZero() {
        assertThat(apply(MyanmarLookalikes.INSTANCE, "၁\u101D ရက်")).isEqualTo("၁၀ ရက်");
        assertThat(apply(MyanmarLookalikes.INSTANCE, "၂\u101D၂၄")).isEqualTo("၂၀၂၄");
    }

    @Test
    void fourTypedForTheAforementionedSymbolIsRepaired() {
        assertThat(apply(MyanmarLookalikes.INSTANCE, "\u1044င်းတို့")).isEqualTo("၎င်းတို့");
        assertThat(apply(MyanmarLookalikes.INSTANCE, "၁၄င်း")).isEqualTo("၁၄င်း");
    }

    @Test
    void theAforementionedSymbolInANumberBecomesFourAgain() {
        assertThat(apply(MyanmarLookalikes.INSTANCE, "\u104E။ ပျိုးနုတ်ခြင်း")).isEqualTo("၄။ ပျိုးနုတ်ခြင်း");
        assertThat(apply(MyanmarLookalikes.INSTANCE, "၁\u104E ရက်")).isEqualTo("၁၄ ရက်");
        String kept = "၎င်းတို့ ၎င်း";
        assertThat(apply(MyanmarLookalikes.INSTANCE, kept)).isSameAs(kept);
    }

    @Test
    void everyBurmeseSampleParagraphSurvivesAZawgyiRoundTrip() throws IOException {
        // the paragraphs are put into Zawgyi with ICU's my-Zawgyi, the way the hard case was made
        com.ibm.icu.text.Transliterator toZawgyi = com.ibm.icu.text.Transliterator.getInstance("my-Zawgyi");
        int paragraphs = 0;
        for (String file : List.of("my/news-dengue-campaign.html", "my/dialogue-market.txt",
                "my/howto-transplant-rice.md", "hard-cases/burmese-unicode.txt")) {
            for (String line : Files.readAllLines(SAMPLES.resolve(file))) {
                String unicode = line.strip();
                if (!unicode.codePoints().anyMatch(c -> c >= 0x1000 && c <= 0x109F)) {
                    continue;
                }
                paragraphs++;
                assertThat(burmese.normalize(unicode).text()).as("Unicode stays: %s", unicode).isSameAs(unicode);
                assertThat(burmese.normalize(toZawgyi.transliterate(unicode)).text()).as("round trip of %s", unicode)
                        .isEqualTo(unicode);
            }
        }
        assertThat(paragraphs).isGreaterThan(50);
    }

    @Test
    void burmeseRepairsSkipShanLines() {
        String shan = "\u1031မာင် ၵူၼ်းတႆး";
        assertThat(burmese.normalize(shan).text()).isSameAs(shan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my/news-dengue-campaign.html", "my/dialogue-market.txt", "my/howto-transplant-rice.md",
        "hard-cases/burmese-unicode.txt", "hard-cases/shan-unicode.txt", "shn/news-shan-new-year-festival.md",
        "shn/dialogue-market.txt", "shn/howto-shan-literacy-class.html"})
    void unicodeSampleDocumentsAreUntouched(String file) throws IOException {
        String text = Files.readString(SAMPLES.resolve(file));
        Normalizer.Result result = burmese.normalize(text);
        assertThat(result.rules()).isEmpty();
        assertThat(result.text()).isSameAs(text);
    }

    @Test
    void theZawgyiHardCaseBecomesItsUnicodeSource() throws IOException {
        String zawgyi = Files.readString(SAMPLES.resolve("hard-cases/burmese-zawgyi.txt"));
        String unicode = Files.readString(SAMPLES.resolve("hard-cases/burmese-unicode.txt"));
        Normalizer.Result result = burmese.normalize(zawgyi);
        assertThat(result.text()).isEqualTo(unicode);
        assertThat(result.rules()).containsOnlyKeys("zawgyi");
    }

    @Property(tries = 300)
    void storageOrderRepairsAreIdempotentAndLoseNoLetter(@ForAll("burmese") String text) {
        // run as the normaliser runs a language's rules: until they change nothing (a look-alike repair can
        // give the reordering a new cluster, and the other way round)
        String once = untilStable(text);
        assertThat(untilStable(once)).isEqualTo(once);
        // ၀/ဝ and ၄/၎ are one letter in two spellings for this count
        assertThat(letters(once)).isEqualTo(letters(text));
    }

    @Provide
    Arbitrary<String> burmese() {
        String pool = "ကခဂငစညတနပဖမယရလဝသဟအဥဦဿါာိီုူေဲံ့း္်ျြွှ၀၁၄၌၍၎၏ \u200B";
        return Arbitraries.of(pool.chars().mapToObj(c -> (char) c).toList()).list().ofMaxSize(40)
                .map(chars -> chars.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
    }

    private static String untilStable(String text) {
        Normalizer repairs = new Normalizer(List.of(MyanmarLookalikes.INSTANCE, MyanmarNormalizer.REORDER,
                MyanmarNormalizer.DUPLICATE_MARKS));
        String current = text;
        for (int round = 0; round < 3; round++) {
            String next = repairs.normalize(current).text();
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static String letters(String text) {
        return text.replace('\u1040', '\u101D').replace('\u1044', '\u104E').codePoints()
                .filter(c -> Character.isLetter(c) || c == 0x104E).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void theDetectorScoresAreWhatTheThresholdAssumes() {
        assertThat(ZawgyiRule.zawgyiProbability("ေမာင္ေမာင္ ေက်ာင္းသြားသည္။")).isGreaterThan(0.95);
        assertThat(ZawgyiRule.zawgyiProbability("မောင်မောင် ကျောင်းသွားသည်။")).isLessThan(0.05);
        assertThat(ZawgyiRule.zawgyiProbability("no Myanmar here")).isZero();
    }
}
