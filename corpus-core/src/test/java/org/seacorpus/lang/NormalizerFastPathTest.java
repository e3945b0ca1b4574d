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
        WORDS.put("lo", List.of("ປະເທດລາວ", "ເຂົ້າ", "ນ້ຳ", "ບໍ່", "ແມ່ນ", "ສະບາຍດີ", "ໜຶ່ງ", "ພວກເຮົາ"));
        WORDS.put("km", List.of("កម្ពុជា", "ស្រូវ", "ទឹក", "មិន", "លោក", "គ្រូពេទ្យ", "សួស្តី", "ភ្នំពេញ"));
        WORDS.put("my", List.of("မြန်မာ", "ကျွန်ုပ်", "ယောက်ျား", "မင်္ဂလာ", "ဗုဒ္ဓ", "ကြောင့်", "၂၀၂၄", "ဝယ်", "၎င်း", "ဦး", "။"));
        WORDS.put("shn", List.of("ၵူၼ်းတႆး", "မိူင်း", "လိၵ်ႈ", "ၶဝ်ႈ"));
        WORDS.put("vi", List.of("Việt", "Nam", "người", "hoà", "hòa", "khoẻ", "thuỷ", "được", "tiếng", "Hà", "Nội"));
        WORDS.put("latin", List.of("Indonesia", "padi", "petani", "the", "rice", "Über", "café", "naïve", "Pasal", "1"));
        WORDS.put("zh", List.of("中文", "醫院", "医院", "米饭", "，", "。", "𠀋"));
        WORDS.put("ta", List.of("தமிழ்", "பொங்கல்", "அரிசி", "விவசாயி"));
    }

    /** Slips typed into clean text: marks out of place, invisible and odd characters, decomposed letters, mojibake. */
    private static final List<String> SLIPS = List.of(" ", "  ", "\n", "\n\n\n", "\t", "\r\n", "\u00A0", "\u200B",
            "\u200C", "\uFEFF", "\u00AD", "\u0007", "\u0E48", "\u0E34", "\u0E4D", "\u0E32", "\u0E33", "\u0E40\u0E40",
            "\u0EC8", "\u0ECD", "\u17B6", "\u17C1", "\u17D2", "\u1031", "\u103A", "\u103B", "\u1039", "\u1040", "\u1044",
            "\u104E", "\u102E", "\u0301", "\u0300", "\u0323", "e\u0301", "o\u0300a", "Ã©", "Ã¡", "â€™", "Ä‘",
            "\u1031\u1000\u103A", "\u1014\u1032\u1094", "ေက်ာင္း");

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

    @Property(tries = 1000)
    void aRuleThatSaysItLeavesTextAloneDoes(@ForAll("text") String text) {
        for (NormalizationRule rule : everyRule()) {
            if (rule.leavesAlone(text)) {
                assertThat(rule.apply(text, new RuleCounts())).as("%s on %s", rule.name(), text).isEqualTo(text);
            }
        }
    }

    @Property(tries = 1000)
    void theOnePassScanAgreesWithTheGenericRules(@ForAll("text") String text) {
        if (CleanTextScan.clean(text)) {
            Normalizer generic = new Normalizer(GenericRules.beforeScripts());
            assertThat(generic.normalize(text).text()).as("generic rules on %s", text).isEqualTo(text);
        }
    }

    /** Clean documents in their standard spelling take the fast path: it is not a path nobody walks. */
    @ParameterizedTest
    @ValueSource(strings = {"th/news-rice-farmers-ai.txt", "th/howto-tom-yum-goong.md", "hard-cases/burmese-unicode.txt",
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
        var catalog = profiles.modules().ruleCatalog(NormalizerOptions.defaults());
        List<NormalizationRule> rules = new ArrayList<>(GenericRules.all(profiles.modules().encodingRepairs()));
        for (LanguageProfile profile : profiles.all()) {
            rules.addAll(catalog.rules(profile.normalizers(), profile.code()));
        }
        return rules;
    }
}
