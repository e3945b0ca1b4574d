package org.seacorpus.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The table folding of {@link CasefoldChars} gives exactly what ICU's NFKC_Casefold normaliser gives: for every BMP
 * character alone, for every canonical composition pair of the Unicode data (where folding char by char would go
 * wrong if the second character were called simple), and for random text of the project's scripts with combining
 * marks in and out of order, capitals, ligatures, full-width forms and zero-width characters.
 */
class CasefoldCharsTest {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private static boolean simple(char c) {
        return CasefoldChars.isSimple(CasefoldChars.entry(c));
    }

    @Test
    void everyBmpCharacterAloneFoldsAsIcuFoldsIt() {
        int simple = 0;
        for (int c = 0; c < 0x10000; c++) {
            String alone = String.valueOf((char) c);
            String icu = NFKC_CF.normalize(alone);
            assertThat(CasefoldChars.fold(alone)).as("U+%04X", c).isEqualTo(icu);
            if (simple((char) c)) {
                simple++;
                assertThat(String.valueOf(CasefoldChars.foldedChar(CasefoldChars.entry((char) c)))).as("U+%04X", c).isEqualTo(icu);
                int type = UCharacter.getType(icu.charAt(0));
                int entry = CasefoldChars.entry((char) c);
                assertThat(CasefoldChars.isKept(entry)).as("U+%04X", c).isEqualTo(CasefoldChars.kept(type));
                assertThat(CasefoldChars.isDigit(entry)).as("U+%04X", c)
                        .isEqualTo(UCharacter.isDigit(icu.charAt(0)));
            }
        }
        // Thai, Lao, Khmer, Burmese, Latin, CJK: nearly all of the BMP is simple
        assertThat(simple).isGreaterThan(50_000);
        for (char c : "กข้าวเຂົ້າຽວកសិករမြန်မာViệtTIẾNG中文தமிழ்09๑".toCharArray()) {
            assertThat(simple(c)).as("%c", c).isTrue();
        }
        assertThat(simple('\u0E33')).as("Thai sara am decomposes").isFalse();
        assertThat(simple('\u0EDC')).as("Lao ໜ decomposes").isFalse();
        assertThat(simple('\u200B')).as("zero-width space folds to nothing").isFalse();
        assertThat(simple('\u0301')).as("combining acute composes").isFalse();
        assertThat(simple('\uFB01')).as("ligature fi folds to two").isFalse();
    }

    @Test
    void noSecondCharacterOfACompositionPairIsSimple() {
        // folding char by char is only right if no simple char can compose with the one before it
        int pairs = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            String raw = NFC.getRawDecomposition(cp);
            if (raw == null || raw.codePointCount(0, raw.length()) != 2) {
                continue;
            }
            int first = raw.codePointAt(0);
            int second = raw.codePointAt(Character.charCount(first));
            if (NFC.composePair(first, second) != cp) {
                continue;
            }
            pairs++;
            if (second < 0x10000) {
                assertThat(simple((char) second)).as("U+%04X composes after U+%04X", second, first)
                        .isFalse();
            }
            String pair = new StringBuilder().appendCodePoint(first).appendCodePoint(second).toString();
            assertThat(CasefoldChars.fold(pair)).isEqualTo(NFKC_CF.normalize(pair));
        }
        assertThat(pairs).isGreaterThan(900);
    }

    @Test
    void composesIsIcusComposePairForEveryBmpCharBeforeEveryMaybeChar() {
        // the chars after which composes answers without ICU: each learnt once, in any order of asking; checked
        // twice (learning, then learnt) for every BMP char before every MAYBE char, and a few others after
        List<Character> after = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            int entry = CasefoldChars.entry((char) c);
            if (!CasefoldChars.isSimple(entry) && (entry & (1 << 27)) != 0) {
                after.add((char) c);
            }
        }
        assertThat(after).contains('\u0BBE', '\u102E', '\u1161', '\u11A8');
        after.addAll(List.of('\u0301', '\u0E49', 'a', '\u0BCD'));
        for (int round = 0; round < 2; round++) {
            for (char c : after) {
                for (int before = 0; before < 0x10000; before++) {
                    assertThat(CasefoldChars.composes((char) before, c)).as("U+%04X U+%04X", before, (int) c)
                            .isEqualTo(NFC.composePair(before, c) >= 0);
                }
            }
        }
    }

    @Test
    void wordsFoldedAlreadyComeBackAsTheSameString() {
        for (String word : List.of("ข้าว", "ເຂົ້າ", "កសិករ", "မြန်မာ", "việt", "padi", "中文", "தமிழ்", "")) {
            assertThat(CasefoldChars.fold(word)).isSameAs(word);
        }
        assertThat(CasefoldChars.fold("TIẾNG Việt")).isEqualTo("tiếng việt");
        assertThat(CasefoldChars.fold("Ｐadi")).isEqualTo("padi");
        assertThat(CasefoldChars.fold("น้ำ")).isEqualTo(NFKC_CF.normalize("น้ำ")).isEqualTo("น้ํา");
        assertThat(CasefoldChars.fold("ໜອງ")).isEqualTo(NFKC_CF.normalize("ໜອງ"));
        assertThat(CasefoldChars.fold("ស\u200Bរ")).isEqualTo("សរ");
        assertThat(CasefoldChars.fold("பாடம்")).isSameAs("பாடம்");
        assertThat(CasefoldChars.fold("\u0BC6\u0BBE")).isEqualTo("\u0BCA");
        assertThat(CasefoldChars.fold("\u0BC6\u200B\u0BBE")).isEqualTo("\u0BCA");
    }

    @Property(tries = 2000)
    void textFoldsAsIcuFoldsIt(@ForAll("texts") String text) {
        assertThat(CasefoldChars.fold(text)).isEqualTo(NFKC_CF.normalize(text));
    }

    @Provide
    Arbitrary<String> texts() {
        List<String> pieces = new ArrayList<>(List.of("ข้าว", "น้ำ", "ก", "\u0E38", "\u0E48", "\u0E49\u0E38",
                "ເຂົ້າໜຽວ", "ຫຼ", "កសិករ", "\u17D2", "ស្រី", "မြန်မာ", "\u1037\u103A", "\u103A\u1037", "ၶူၼ်",
                "Việt", "TIẾNG", "Ế", "E", "e", "A", "\u0301", "\u0302", "\u0323", "\u0316", "\u0309", "\u031B", "ß",
                "ẞ", "ﬁ", "İ", "Σ", "ς", "Ω", "Å", "K", "Ǆ", "ǅ", "Ⅳ", "①", "Ｐ", "ｶ", "ｶﾞ", "\u3099", "か", "\u1100",
                "\u1161", "\u11A8", "가", "中文", "漢", "தமிழ்", "\u0BCD", "\u0BBE", "\u0BC6", "\u200B", "\u200C",
                "\u00AD", "\u034F", "\u0BC6\u200Bா", "ா", "ீ", "ဥ", "\u102E", "…", "½", "ﷺ", " ", "\t", "\n",
                "12", "๑๒", "٣", "\u0000", "ǰ", "\u0345", "ͅ", "Ι", "ḯ", "\u0308"));
        return Arbitraries.of(pieces).list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
