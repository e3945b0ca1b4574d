package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.Normalizer2;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.seacorpus.lang.vi.VietnameseToneStyle;
import org.seacorpus.normalize.Normalizer;
import org.seacorpus.normalize.NormalizerOptions;

/**
 * The fast path on the accented Latin text that costs it most (Vietnamese, Tetum and Sundanese, dense in
 * Latin-1 letters that are also the lead bytes of misread UTF-8 and the letters of the legacy Vietnamese fonts)
 * gives what the full path gives, in both tone styles: words of the three languages, in NFC and in NFD, with
 * tones on either vowel of oa/oe/uy, legacy-font and mojibake spellings, stray and reordered combining marks and
 * untidy white space between them.
 */
class AccentedLatinFastPathTest {
    private static final ScriptAwareNormalizer TRADITIONAL = ScriptAwareNormalizer.forLanguage(null);
    private static final ScriptAwareNormalizer MODERN = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(),
            NormalizerOptions.defaults().with(VietnameseToneStyle.SETTING, "modern"));
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** Words written for this test. */
    private static final List<String> VIETNAMESE = List.of("Việt", "Nam", "người", "được", "tiếng", "Hà", "Nội",
            "hoà", "hòa", "khoẻ", "khỏe", "thuỷ", "thủy", "toà", "tòa", "xoè", "xòe", "loà", "hoạ", "họa", "quý",
            "huỳnh", "hoàng", "khuỷu", "Hoà", "HOÀ", "ḥoa", "bình", "mạnh", "lợi", "tốt", "ở", "và", "là", "của");
    private static final List<String> TETUM = List.of("Timor-Leste", "ema", "uma", "iha", "sé", "né", "ó", "hó",
            "saúde", "família", "polítika", "nasionál", "públiku", "ekonómiku", "edukasaun", "loron", "labarik",
            "servisu", "governu", "rai-laran", "ba", "atu", "ne'e", "maibé");
    private static final List<String> SUNDANESE = List.of("sapoé", "béas", "héjo", "éta", "kénéh", "bébas", "paré",
            "gedé", "lémah", "urang", "sawah", "teu", "cai", "leuweung", "dahar", "jalmi", "geulis", "saé", "ogé");
    /** Spellings that set off a rule or a look: legacy fonts, mojibake, marks out of order, lone marks, NBSP. */
    private static final List<String> SLIPS = List.of("ViÖt Nam lµ mét n\u00adíc", "Vieät Nam laø moät",
            "Viêòt Nam", "CafÃ©", "Ã¡", "â€™", "Ä‘", "a\u0323\u0301", "a\u0301\u0323", "\u0301", "\u0300", "\u0309",
            "o\u0300a", "e\u0302\u0301", "\u00A0", "\u200B", "é\u00A9", "ô\u00BB", "ò«", "\uFEFF");
    private static final List<String> SPACES = List.of(" ", " ", " ", " ", " ", "", "  ", "\n", "\n\n", "\n\n\n",
            "\t", " \n", "\r\n", ", ", ". ");

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> word = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(VIETNAMESE)),
                Tuple.of(3, Arbitraries.of(TETUM)), Tuple.of(3, Arbitraries.of(SUNDANESE)),
                Tuple.of(1, Arbitraries.of(SLIPS)));
        Arbitrary<String> decomposed = word.map(NFD::normalize);
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(6, word), Tuple.of(1, decomposed));
        return Arbitraries.entries(piece, Arbitraries.of(SPACES)).list().ofMaxSize(30).map(parts -> {
            StringBuilder out = new StringBuilder();
            parts.forEach(p -> out.append(p.getKey()).append(p.getValue()));
            return out.toString();
        });
    }

    /** Whole lines of one language each, so that lines the Vietnamese module claims sit beside lines it does not. */
    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> line = Arbitraries.of(VIETNAMESE, TETUM, SUNDANESE)
                .flatMap(words -> Arbitraries.of(words).list().ofMinSize(1).ofMaxSize(12).map(w -> String.join(" ", w)));
        Arbitrary<String> maybeDecomposed = Arbitraries.frequencyOf(Tuple.of(5, line),
                Tuple.of(1, line.map(NFD::normalize)));
        return Arbitraries.entries(maybeDecomposed, Arbitraries.of("\n", "\n\n", " \n", "\n\n\n", "  "))
                .list().ofMinSize(1).ofMaxSize(10).map(parts -> {
                    List<String> out = new ArrayList<>();
                    parts.forEach(p -> out.add(p.getKey() + p.getValue()));
                    return String.join("", out);
                });
    }

    @Property(tries = 1500)
    void theFastPathGivesWhatTheFullPathGivesInTheTraditionalStyle(@ForAll("text") String text) {
        assertSamePaths(TRADITIONAL, text);
    }

    @Property(tries = 1500)
    void theFastPathGivesWhatTheFullPathGivesInTheModernStyle(@ForAll("text") String text) {
        assertSamePaths(MODERN, text);
    }

    @Property(tries = 500)
    void theFastPathGivesWhatTheFullPathGivesOnLinesOfEachLanguage(@ForAll("lines") String text) {
        assertSamePaths(TRADITIONAL, text);
        assertSamePaths(MODERN, text);
    }

    private static void assertSamePaths(ScriptAwareNormalizer normalizer, String text) {
        Normalizer.Result fast = normalizer.normalize(text);
        Normalizer.Result full = normalizer.normalizeFully(text);
        assertThat(fast.text()).as("text of %s", text).isEqualTo(full.text());
        assertThat(fast.rules()).as("audit of %s", text).isEqualTo(full.rules());
    }
}
