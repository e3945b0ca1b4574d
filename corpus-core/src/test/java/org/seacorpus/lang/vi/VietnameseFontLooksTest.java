package org.seacorpus.lang.vi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The legacy-font repair's cheap look ({@link VietnameseFontRule#plainlyNotLegacy}, words counted where they start,
 * without a branch per word) and the VNI repair's pass over units that cannot be VNI ({@link
 * VietnameseFontTables#vni}) give what their plain forms give: the look what {@link VietnameseFontRule#dense} and a
 * search for a Vietnamese-only letter say, the repair what the loop that asks every unit gives (kept here as the
 * reference). On the sample texts in Tetum, Sundanese, Vietnamese, Khmer, Chinese, Burmese and Shan, and on random
 * strings of white space, ASCII, upper-half characters, Vietnamese-only letters and other scripts.
 */
class VietnameseFontLooksTest {
    private static final Path SAMPLES = Path.of("..", "sample-data").toAbsolutePath().normalize();

    /** What the look said before it counted word starts: a Vietnamese-only letter, or not dense. */
    private static boolean plainlyNotLegacyByDefinition(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (VietnameseSyllables.isVietnameseOnlyLetter(text.charAt(i))) {
                return true;
            }
        }
        return !VietnameseFontRule.dense(text);
    }

    private static List<String> samples() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("tet/dialogu-iha-merkadu.txt", "su/paguneman-di-terminal.txt",
                "su/warta-kampanye-imunisasi.md", "vi/hoi-thoai-cho.txt", "vi/huong-dan-nfd.txt",
                "km/dialogue-clinic.txt", "zh/dialogue-clinic-traditional.txt", "my/dialogue-market.txt",
                "shn/dialogue-market.txt")) {
            String text = Files.readString(SAMPLES.resolve(file), StandardCharsets.UTF_8);
            texts.add(text);
            texts.addAll(List.of(text.split("\n")));
        }
        // Tetum and Sundanese with an upper-half character in most words, Khmer and Chinese with « » and ©:
        // dense by the look's measure, so the detection is asked
        texts.add("Ohin loron ó-nia maun ná sá fó é ó-nia ferik ná hé");
        texts.add("Manéhna téh kénéh méré béja ka kuring");
        texts.add("«ព្រះរាជាណាចក្រកម្ពុជា» ©២០២៦");
        texts.add("版权所有 © 2026");
        return texts;
    }

    @Test
    void theLookAgreesWithItsDefinitionOnTheSampleTexts() throws IOException {
        for (String text : samples()) {
            assertThat(VietnameseFontRule.plainlyNotLegacy(text)).as(text).isEqualTo(plainlyNotLegacyByDefinition(text));
        }
    }

    @Test
    void tetumAndSundaneseDenseInAccentsAreStillExamined() {
        assertThat(VietnameseFontRule.plainlyNotLegacy("Manéhna téh kénéh méré béja ka kuring")).isFalse();
        assertThat(VietnameseFontRule.plainlyNotLegacy("Ohin loron ó-nia maun ná sá fó é ó-nia ferik ná hé")).isFalse();
        // one accented word in nine: below the density the detection needs
        assertThat(VietnameseFontRule.plainlyNotLegacy("Ujang karék nepi ka terminal beus di Bandung ayeuna")).isTrue();
        // a Vietnamese-only letter settles it at once
        assertThat(VietnameseFontRule.plainlyNotLegacy("Việt Nam")).isTrue();
    }

    @Test
    void theLookAgreesWithItsDefinitionOnRandomStrings() {
        char[] pool = (" \t\n\u000B\u001C\u00A0\u2028\u3000abcdeouyAEOUY.,'-0"
                + "éáóúíñ«»©·ÿàâêôùøûõïÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜËæÆòÒîÎöÖñÑ"
                + "ăđơưạếỹĂĐƠƯ\u0301\u0323កខ្ក်ကမ中").toCharArray();
        Random random = new Random(18);
        for (int k = 0; k < 200_000; k++) {
            String text = randomText(random, pool);
            assertThat(VietnameseFontRule.plainlyNotLegacy(text)).as(text)
                    .isEqualTo(plainlyNotLegacyByDefinition(text));
        }
    }

    @Test
    void theVniRepairAgreesWithTheLoopThatAsksEveryUnit() throws IOException {
        List<String> texts = samples();
        texts.add("Vieät Nam laø moät quoác gia naèm ôû phía ñoâng baùn ñaûo Ñoâng Döông");
        for (String text : texts) {
            assertThat(VietnameseFontTables.vni(text)).as(text).isEqualTo(vniAskingEveryUnit(text));
        }
        char[] pool = "aeouyAEOUYbcdnt .ôÔöÖùøûõïÙØÛÕÏâáàåãäÂÁÀÅÃÄêéèúüëÊÉÈÚÜËñÑæÆóÓòÒîÎ¿ÀÿíìÍ©«\u00A0ệ"
                .toCharArray();
        Random random = new Random(1858);
        for (int k = 0; k < 200_000; k++) {
            String text = randomText(random, pool);
            assertThat(VietnameseFontTables.vni(text)).as(text).isEqualTo(vniAskingEveryUnit(text));
        }
    }

    @Test
    void textWithoutVniUnitsComesBackAsTheSameInstance() throws IOException {
        String tetum = Files.readString(SAMPLES.resolve("tet/dialogu-iha-merkadu.txt"), StandardCharsets.UTF_8)
                .replaceAll("[\\u00C0-\\u00FF]", "e");
        assertThat(VietnameseFontTables.vni(tetum)).isSameAs(tetum);
    }

    private static String randomText(Random random, char[] pool) {
        int n = random.nextInt(40);
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(pool[random.nextInt(pool.length)]);
        }
        return out.toString();
    }

    // the VNI repair as it was before the pass over units below U+00C0 (VietnameseFontTables.vni at 2cdeab2)

    private static final String VNI_TONE_LOWER = "ùøûõï";
    private static final String VNI_TONE_UPPER = "ÙØÛÕÏ";
    private static final String VNI_CIRCUMFLEX_LOWER = "âáàåãä";
    private static final String VNI_CIRCUMFLEX_UPPER = "ÂÁÀÅÃÄ";
    private static final String VNI_BREVE_LOWER = "êéèúüë";
    private static final String VNI_BREVE_UPPER = "ÊÉÈÚÜË";
    private static final String TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323";
    private static final String VNI_SINGLE_FROM = "ñÑôÔöÖæÆóÓòÒîÎ";
    private static final String VNI_SINGLE_TO = "đĐơƠưƯỉỈĩĨịỊỵỴ";

    private static String vniAskingEveryUnit(String misread) {
        StringBuilder out = new StringBuilder();
        int n = misread.length();
        int i = 0;
        while (i < n) {
            char c = misread.charAt(i);
            char base = switch (c) {
                case 'a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y' -> c;
                case 'ô' -> 'ơ';
                case 'Ô' -> 'Ơ';
                case 'ö' -> 'ư';
                case 'Ö' -> 'Ư';
                default -> 0;
            };
            String marks = base != 0 && i + 1 < n ? marks(c, misread.charAt(i + 1)) : null;
            int single = marks == null ? VNI_SINGLE_FROM.indexOf(c) : -1;
            if (marks != null) {
                out.append(base).append(marks);
                i += 2;
            } else if (single >= 0) {
                out.append(VNI_SINGLE_TO.charAt(single));
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String marks(char base, char mark) {
        boolean upper = Character.isUpperCase(base);
        int tone = (upper ? VNI_TONE_UPPER : VNI_TONE_LOWER).indexOf(mark);
        char lower = Character.toLowerCase(base);
        if (tone >= 0 && !(lower == 'y' && tone == 4)) {
            return String.valueOf(TONE_MARKS.charAt(tone));
        }
        if (lower == 'a' || lower == 'e' || lower == 'o') {
            int circumflex = (upper ? VNI_CIRCUMFLEX_UPPER : VNI_CIRCUMFLEX_LOWER).indexOf(mark);
            if (circumflex >= 0) {
                return "\u0302" + (circumflex == 0 ? "" : TONE_MARKS.charAt(circumflex - 1));
            }
        }
        if (lower == 'a') {
            int breve = (upper ? VNI_BREVE_UPPER : VNI_BREVE_LOWER).indexOf(mark);
            if (breve >= 0) {
                return "\u0306" + (breve == 0 ? "" : TONE_MARKS.charAt(breve - 1));
            }
        }
        return null;
    }
}
