package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.ibm.icu.text.Normalizer2;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shingles of word schemes, whose word hashes a per-thread table remembers, are the shingles of the plain
 * computation (each word NFKC case folded and hashed where it occurs, as before the table), on mixed-script text in
 * several languages measured one after the other on one thread, so that the table holds the words of earlier texts
 * and slots are shared by different words.
 */
class ShinglerCacheTest {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Hasher64 TOKEN = Hashing.xxh3_64(0x746f6b656eL);
    private static final Hasher64 SHINGLE = Hashing.xxh3_64(0x7368696e67L);
    private static final List<String> LANGS = List.of("th", "lo", "km", "my", "vi", "id", "en", "zh", "ta", "und");

    @Property(tries = 300)
    void theShinglesAreThePlainShingles(@ForAll("texts") List<String> texts) {
        for (int size : new int[] {1, 3, 5}) {
            Shingler shingler = new Shingler(new ShingleScheme(ShingleScheme.Kind.WORDS, size));
            for (int i = 0; i < texts.size(); i++) {
                Segmenter segmenter = SEGMENTERS.forLanguage(LANGS.get(i % LANGS.size()));
                assertThat(shingler.shingles(texts.get(i), segmenter)).as(texts.get(i))
                        .isEqualTo(plainShingles(texts.get(i), segmenter, size));
            }
        }
    }

    @Property(tries = 100)
    void wordsSharingASlotKeepTheirOwnHashes(@ForAll("words") List<String> words) {
        Shingler.WordHashes table = new Shingler.WordHashes();
        for (int round = 0; round < 3; round++) {
            for (String word : words) {
                assertThat(table.hash(word)).as(word).isEqualTo(TOKEN.hashCharsToLong(NFKC_CF.normalize(word)));
            }
        }
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> piece = Arbitraries.of("น้ำ", "ข้าว", "ทำนา", " ", "\n", ". ", "ເຂົ້າໜຽວ", "ភាសាខ្មែរ", "មេ",
                "မြန်မာ", "Tiếng Việt", "HỌC", "Padi", "PADI", "padi", "ﾊﾟﾃﾞｨ", "Ｐａｄｉ", "ß", "SS", "İ", "中文", "2025",
                "๒๕๖๘", "\u00AD", "\u0301", "\u200B", "e\u0301", "é", "ǅ", "ﬁ", "தமிழ்", "a@b.co", "https://x.th/a");
        return piece.list().ofMaxSize(50).map(p -> String.join("", p)).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<String>> words() {
        // many short words: with 4,096 slots, a few hundred words share some
        return Arbitraries.strings().withChars("abcxyzABCกขคងញ\u0301ßİ").ofMinLength(1).ofMaxLength(4).list()
                .ofMinSize(200).ofMaxSize(600);
    }

    /** Word shingles as computed before the table: every word folded and hashed where it occurs. */
    private static long[] plainShingles(String text, Segmenter segmenter, int size) {
        List<Token> tokens = segmenter.words(text);
        long[] units = new long[tokens.size()];
        for (int i = 0; i < units.length; i++) {
            units[i] = TOKEN.hashCharsToLong(NFKC_CF.normalize(tokens.get(i).text()));
        }
        if (units.length == 0) {
            return units;
        }
        int count = Math.max(1, units.length - size + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = SHINGLE.hashStream().putLongs(units, i, Math.min(size, units.length - i)).getAsLong();
        }
        Arrays.sort(out);
        return TextKeys.distinct(out);
    }
}
