package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.normalize.CleanTextScan;
import org.seacorpus.normalize.GenericRules;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.Normalizer;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.normalize.RuleCounts;

/**
 * The normaliser's fast path (rules that say they leave a text alone are not run) gives what the full path gives,
 * on text of every script: clean words of each language with random slips (marks, spaces, invisible characters,
 * mojibake, decomposed letters, Zawgyi) mixed in, so that both answers of each rule's look are exercised.
 */
class NormalizerFastPathTest {
    private static final Path SAMPLES = Path.of("..", "sample-data");
    private static final ScriptAwareNormalizer NORMALIZER = ScriptAwareNormalizer.forLanguage(null);

    /** Words in each script, written for this test. */
    private static final Map<String, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("th", List.of("ประเทศไทย", "ข้าว", "น้ำ", "ที่", "ไม่", "เกษตรกร", "แม่น้ำ", "ก็", "สวัสดี", "ครับ", "๒๕๖๗"));
        WORDS.put("lo", List.of("ປະເທດລາວ", "ເຂົ້າ", "ນ້ຳ", "ບໍ່", "ແມ່ນ", "ສະບາຍດີ", "ໜຶ່ງ", "ພວກເຮົາ", "ກໍ່", "ຂໍໂທດ", "ຫຼາຍ"));
        WORDS.put("km", List.of("កម្ពុជា", "ស្រូវ", "ទឹក", "មិន", "លោក", "គ្រូពេទ្យ", "សួស្តី", "ភ្នំពេញ", "ស្ត្រី", "កើត",
            "ប៉ុន្តែ", "ព្រះរាជាណាចក្រ", "ធ្វើ"));
        WORDS.put("my", List.of("မြန်မာ", "ကျွန်ုပ်", "ယောက်ျား", "မင်္ဂလာ", "ဗုဒ္ဓ", "ကြောင့်", "၂၀၂၄", "ဝယ်", "၎င်း", "ဦး", "။"));
        WORDS.put("shn", List.of("ၵူၼ်းတႆး", "မိူင်း", "လိၵ်ႈ", "ၶဝ်ႈ"));
        WORDS.put("vi", List.of("Việt", "Nam", "người", "hoà", "hòa", "khoẻ", "thuỷ", "được", "tiếng", "Hà", "Nội",
            "ḥoa"));
        WORDS.put("latin", List.of("Indonesia", "padi", "petani", "the", "rice", "Über", "café", "naïve", "Pasal", "1"));
        WORDS.put("zh", List.of("中文", "醫院", "医院", "米饭", "，", "。", "𠀋"));
        WORDS.put("ta", List.of("தமிழ்", "பொங்கல்", "அரிசி", "விவசாயி"));
    }

    /** Slips typed into clean text: marks out of place, invisible and odd characters, decomposed letters, mojibake. */
    private static final List<String> SLIPS = List.of(" ", "  ", "\n", "\n\n\n", "\t", "\r\n", "\u00A0", "\u200B",
            "\u200C", "\uFEFF", "\u00AD", "\u0007", "\u0E48", "\u0E34", "\u0E4D", "\u0E32", "\u0E33", "\u0E40\u0E40",
            "\u0EC8", "\u0ECD", "\u17B6", "\u17C1", "\u17D2", "\u1031", "\u103A", "\u103B", "\u1039", "\u1040", "\u1044",
            "\u104E", "\u102E", "\u0301", "\u0300", "\u0323", "e\u0301", "o\u0300a", "Ã©", "Ã¡", "â€™", "Ä‘",
            "\u1031\u1000\u103A", "\u1014\u1032\u1094", "ေက်ာင္း", "\u0ECD\u0EB2", "\u0ECD\u0EC8\u0EB2",
            "\u17C1\u17B8", "\u17B6\u17C1", "\u17C9", "\u17D2\u179A", "\u17A3", "\u17D3", "\u17B4", "\u00E0\u00E2");

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> clean = Arbitraries.of(new ArrayList<>(WORDS.keySet()))
                .flatMap(script -> Arbitraries.of(WORDS.get(script)));
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(8, clean), Tuple.of(1, Arbitraries.of(SLIPS)));
        Arbitrary<String> separator = Arbitraries.frequency(Tuple.of(6, " "), Tuple.of(2, ""), Tuple.of(1, "\n"));
        return piece.list().ofMaxSize(14).flatMap(pieces -> separator.list().ofSize(pieces.size()).map(seps -> {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < pieces.size(); i++) {
                out.append(pieces.get(i)).append(seps.get(i));
            }
            return out.toString();
        }));
    }

    @Property(tries = 1000)
    void theFastPathGivesWhatTheFullPathGives(@ForAll("text") String text) {
        Normalizer.Result fast = NORMALIZER.normalize(text);
        Normalizer.Result full = NORMALIZER.normalizeFully(text);
        assertThat(fast.text()).as("text of %s", text).isEqualTo(full.text());
        assertThat(fast.rules()).as("audit of %s", text).isEqualTo(full.rules());
    }

    /** Whole lines each script's repairs are for, written for this test, beside clean lines of every script. */
    private static final List<String> BROKEN_LINES = List.of(
            "ေက်ာင္းသားေတြ စာေမးပြဲ ေအာင္ၾကတယ္",              // Zawgyi Burmese
            "Vie\u0302\u0323t Nam co\u0301 nhie\u0302\u0300u ti\u0309nh",  // NFD Vietnamese
            "Chúng tôi đi hoà bình và khoẻ mạnh, thuỷ lợi tốt",     // tones on the second vowel
            "\u0E19\u0E49\u0E33\u0E17\u0E48\u0E35\u0E48\u0E19\u0E35\u0E48 \u0E01\u0E48\u0E34\u0E19\u0E02\u0E49\u0E32\u0E27", // Thai tone before vowel
            "\u0E19\u0E4D\u0E49\u0E32\u0E40\u0E40\u0E02\u0E47\u0E07",       // Thai sara am in two parts, two sara e
            "\u0E99\u0ECD\u0EB2\u0EC9 \u0E81\u0EC9\u0EB5 \u0E9A\u0ECD\u0EC8",  // Lao sara am in two parts, tone first
            "\u1780\u17C9\u17BB\u17C6\u1796\u17BB\u1780\u17C1\u17B8\u178F \u179F\u17D2\u178F\u17D2\u179A\u17B8\u17B8", // Khmer
            "ViÖt Nam lµ mét n\u00adíc",                                  // TCVN3 read as windows-1252
            "CafÃ© in Jakarta\u00A0buka\u200B pagi");
    private static final List<String> CLEAN_LINES = List.of("ผมไปตลาดกับแม่เมื่อเช้านี้", "ຂ້ອຍບໍ່ຮູ້ວ່າລາວໄປໃສ",
            "ខ្ញុំទៅផ្សារជាមួយម្ដាយ", "ကျွန်တော် ဈေးကို သွားတယ်", "ၵူၼ်းတႆး ယူႇ မိူင်းတႆး", "Tôi đi chợ với mẹ",
            "Saya pergi ke pasar", "我和妈妈去市场", "நான் சந்தைக்குப் போனேன்");

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(CLEAN_LINES)),
                Tuple.of(1, Arbitraries.of(BROKEN_LINES)));
        Arbitrary<String> end = Arbitraries.of("\n", "\n\n", " \n", "\r\n", "");
        return Arbitraries.entries(line, end).list().ofMinSize(1).ofMaxSize(8)
                .map(parts -> {
                    StringBuilder out = new StringBuilder();
                    parts.forEach(p -> out.append(p.getKey()).append(p.getValue().isEmpty() ? " " : p.getValue()));
                    return out.toString();
                });
    }

    /** Documents of whole lines, some of which need their script's repairs: the two paths agree. */
    @Property(tries = 500)
    void theFastPathGivesWhatTheFullPathGivesOnMixedDocuments(@ForAll("lines") String text) {
        Normalizer.Result fast = NORMALIZER.normalize(text);
        Normalizer.Result full = NORMALIZER.normalizeFully(text);
        assertThat(fast.text()).as("text of %s", text).isEqualTo(full.text());
        assertThat(fast.rules()).as("audit of %s", text).isEqualTo(full.rules());
    }

    /** The broken lines do need their repairs, so the property above compares real work. */
    @org.junit.jupiter.api.Test
    void everyBrokenLineIsRepaired() {
        for (String line : BROKEN_LINES) {
            assertThat(NORMALIZER.onlyTidyingLeft(line)).as(line).isFalse();
            Normalizer.Result result = NORMALIZER.normalize(line);
            assertThat(result.rules()).as(line).isNotEmpty();
            assertThat(result.text()).as(line).isNotEqualTo(line);
        }
        for (String line : CLEAN_LINES) {
            assertThat(NORMALIZER.onlyTidyingLeft(line)).as(line).isTrue();
            assertThat(NORMALIZER.normalize(line).text()).as(line).isSameAs(line);
        }
    }

    @Property(tries = 1000)
    void aRuleThatSaysItLeavesTextAloneDoes(@ForAll("text") String text) {
        for (NormalizationRule rule : everyRule()) {
            if (rule.leavesAlone(text)) {
                assertThat(rule.apply(text, new RuleCounts())).as("%s on %s", rule.name(), text).isEqualTo(text);
            }
        }
    }

    /** A rule's look on one line of a text (a range, no copy) answers as its look on that line alone. */
    @Property(tries = 1000)
    void aRuleLooksAtALineAsAtTheLineAlone(@ForAll("text") String text) {
        for (NormalizationRule rule : everyRule()) {
            int from = 0;
            while (from <= text.length()) {
                int to = text.indexOf('\n', from);
                to = to < 0 ? text.length() : to;
                assertThat(rule.leavesAlone(text, from, to)).as("%s on line %d–%d of %s", rule.name(), from, to, text)
                        .isEqualTo(rule.leavesAlone(text.substring(from, to)));
                from = to + 1;
            }
        }
    }

    /** A dot below on the h of hoa is no tone to move: both paths leave it, and repair the hoà beside it. */
    @org.junit.jupiter.api.Test
    void aMarkOnTheOnsetIsLeftAloneOnBothPaths() {
        String line = "Chữ ḥoa viết nhầm, còn hoà thì sửa.";
        Normalizer.Result fast = NORMALIZER.normalize(line);
        assertThat(fast).isEqualTo(NORMALIZER.normalizeFully(line));
        assertThat(fast.text()).isEqualTo("Chữ ḥoa viết nhầm, còn hòa thì sửa.");
        assertThat(fast.rules()).containsExactlyEntriesOf(Map.of("vietnamese-tone", 1));
    }

    @Property(tries = 1000)
    void theOnePassScanAgreesWithTheGenericRules(@ForAll("text") String text) {
        if (CleanTextScan.clean(text)) {
            Normalizer generic = new Normalizer(GenericRules.beforeScripts(List.of(),
                    LanguageProfiles.builtIn().scriptLetters()));
            assertThat(generic.normalize(text).text()).as("generic rules on %s", text).isEqualTo(text);
        }
    }

    /** Clean documents in their standard spelling take the fast path: it is not a path nobody walks. */
    @ParameterizedTest
    @ValueSource(strings = {"th/news-rice-farmers-ai.txt", "th/howto-tom-yum-goong.md", "hard-cases/burmese-unicode.txt",
        "lo/howto-sticky-rice.txt", "lo/dialogue-bus-station.md", "km/dialogue-clinic.txt",
        "km/news-rice-farmers-irrigation.md",
        "my/dialogue-market.txt", "vi/hoi-thoai-cho.txt", "id/berita-panen-padi.txt",
        "en/news-regional-ai-language-data.md", "zh/dialogue-clinic-traditional.txt", "ta/news-pongal-rice-farmers.txt"})
    void cleanSampleDocumentsTakeTheFastPath(String file) throws IOException {
        String text = Files.readString(SAMPLES.resolve(file));
        assertThat(NORMALIZER.onlyTidyingLeft(text)).isTrue();
        assertThat(NORMALIZER.normalize(text)).isEqualTo(NORMALIZER.normalizeFully(text));
    }

    /** Documents that need repairs do not. */
    @ParameterizedTest
    @ValueSource(strings = {"hard-cases/burmese-zawgyi.txt", "hard-cases/thai-misordered-marks.txt",
        "vi/huong-dan-nfd.txt"})
    void documentsThatNeedRepairTakeTheFullPath(String file) throws IOException {
        String text = Files.readString(SAMPLES.resolve(file));
        assertThat(NORMALIZER.onlyTidyingLeft(text)).isFalse();
    }

    private static List<NormalizationRule> everyRule() {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        var catalog = profiles.modules().ruleCatalog(NormalizerOptions.defaults(), profiles.scriptLetters());
        List<NormalizationRule> rules = new ArrayList<>(GenericRules.all(profiles.modules().encodingRepairs(),
                profiles.scriptLetters()));
        for (LanguageProfile profile : profiles.all()) {
            rules.addAll(catalog.rules(profile.normalizers(), profile.code()));
        }
        return rules;
    }
}
