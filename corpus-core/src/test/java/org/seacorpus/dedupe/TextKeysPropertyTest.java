package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.util.CasefoldChars;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass keys of import ({@link TextKeys#keys}) equal the reference definitions, {@link TextKeys#looseHash}
 * (the whole text folded) and {@link TextKeys#lineHashes} (each line folded, digits made 0), on random text mixing
 * Thai, Lao, Khmer, Burmese and Vietnamese letters, combining marks, case, digits of several scripts, punctuation,
 * zero-width spaces and every kind of line break; and on Latin text whose lines are often plain ASCII (which
 * {@link TextKeys#keys} folds without the normaliser) beside lines that are not.
 */
class TextKeysPropertyTest {
    @Property(tries = 400)
    void theOnePassKeysEqualTheReferenceKeys(@ForAll("texts") String text) {
        TextKeys.Keys keys = TextKeys.keys(text);
        assertThat(keys.looseHash()).isEqualTo(TextKeys.looseHash(text));
        assertThat(keys.lineHashes()).isEqualTo(TextKeys.lineHashes(text));
        assertThat(keys).usingRecursiveComparison().isEqualTo(KeysBefore.keys(text));
    }

    @Property(tries = 600)
    void mixedScriptDocumentsGetTheKeysOfTheCodeBefore(@ForAll("documents") List<String> documents) {
        // several documents in a row on one thread: the per-thread buffers carry nothing from one to the next
        for (String text : documents) {
            TextKeys.Keys keys = TextKeys.keys(text);
            TextKeys.Keys before = KeysBefore.keys(text);
            assertThat(keys.looseHash()).isEqualTo(before.looseHash()).isEqualTo(TextKeys.looseHash(text));
            assertThat(keys.lineHashes()).isEqualTo(before.lineHashes()).isEqualTo(TextKeys.lineHashes(text));
        }
    }

    @Property(tries = 300)
    void wordShinglesAreThoseOfTheCodeBefore(@ForAll("documents") List<String> documents,
                                             @ForAll("languages") String lang) {
        Shingler shingler = new Shingler(new ShingleScheme(ShingleScheme.Kind.WORDS, 5));
        for (String text : documents) {
            assertThat(shingler.shingles(text, SEGMENTERS.forLanguage(lang)))
                    .isEqualTo(KeysBefore.wordShingles(text, SEGMENTERS.forLanguage(lang), 5));
        }
    }

    @Test
    void aLongDocumentThenShortOnesOnOneThread() {
        // the buffers grow for a document of 1.5 million chars and are given back for the next, short ones
        String longText = "ข้าวหอมมะลิ ราคา ๑๒ บาท น้ำ\nPADI naik Rp 10.000\n".repeat(40_000);
        for (String text : List.of(longText, "น้ำ ข้าว", "", "TIẾNG Việt\r\nស\u200Bរ", longText.substring(7, 90_001))) {
            TextKeys.Keys keys = TextKeys.keys(text);
            TextKeys.Keys before = KeysBefore.keys(text);
            assertThat(keys.looseHash()).isEqualTo(before.looseHash());
            assertThat(keys.lineHashes()).isEqualTo(before.lineHashes());
        }
        assertThat(CasefoldChars.fold("PADI".repeat(100_000))).isEqualTo("padi".repeat(100_000));
        assertThat(CasefoldChars.fold("Padi")).isEqualTo("padi");
    }

    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil", "jv", "su", "ceb", "tet", "zh",
                "ta", "en", "und");
    }

    @Provide
    Arbitrary<List<String>> documents() {
        // real words of every language, with capitals, marks that compose or not, marks out of order, ligatures,
        // full-width forms, zero-width characters, digits of several scripts, punctuation and line breaks
        Arbitrary<String> pieces = Arbitraries.of("ข้าว", "น้ำ", "ราคา", "ประเทศไทย", "๒๕๖๙", "ເຂົ້າໜຽວ", "ຫຼວງພະບາງ",
                "កសិករ", "ដាំម្រេច", "\u17D2", "မြန်မာ", "ရန်ကုန်", "\u103A\u1037", "ၵႂၢမ်းတႆး", "Việt Nam", "TIẾNG",
                "Ế\u0323", "e\u0301", "E\u0316\u0301", "A\u0308", "Harga", "PADI", "naik", "Rp 10.000", "ang mga",
                "Bahasa", "Sugbo", "Tetun", "中文", "漢字", "தமிழ்நாடு", "ொ", "\u0BC6\u0BBE", "ß", "ẞ", "ﬁ", "İstanbul",
                "ΣΟΦΙΑ", "Ｐａｄｉ", "ｶﾞ", "①", "Ⅳ", "\u200B", "\u00AD", "\uD83D\uDE00", "\uD840\uDC0B", " ", "  ",
                ",", ".", "!", "।", "–", "\t", "\n", "\r\n", "\r", "\n\n", "07:45", "٣", "12");
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list)).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 400)
    void asciiLinesGetTheReferenceKeys(@ForAll("latinTexts") String text) {
        TextKeys.Keys keys = TextKeys.keys(text);
        assertThat(keys.looseHash()).isEqualTo(TextKeys.looseHash(text));
        assertThat(keys.lineHashes()).isEqualTo(TextKeys.lineHashes(text));
    }

    @Provide
    Arbitrary<String> latinTexts() {
        // lines of ASCII only take the short way; one accented letter, ß or a full-width letter sends a line the
        // general way, and both kinds mix in one text
        Arbitrary<String> pieces = Arbitraries.of("Harga", "PADI", "naik", "Rp 10.000", "07:45", "-", "~`^|", "\\t",
                "\t", " ", "  ", "\u0000", "\u001F", "\u007F", "a", "Z", "9", "@#$%", "é", "ß", "Ｐ", "\u00AD", "ǅ",
                "\n", "\r\n", "\r", "\n\n", "ang mga", "Yang", "&amp;", "e\u0301");
        return pieces.list().ofMaxSize(50).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("ข้าว", "น้ำ", "ເຂົ້າໜຽວ", "កសិករ", "မြန်မာ", "Việt", "TIẾNG", "e\u0301",
                "A", "ß", "ﬁ", "๑๒", "12", "٣", " ", "  ", "\u200b", ",", "।", "\n", "\r\n", "\r", "\n\n", "ǅ", "Ⅳ", "①");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
