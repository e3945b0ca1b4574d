package org.seacorpus.export;

import java.util.function.LongConsumer;

import org.seacorpus.util.LongIntHashMap;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * The long n-grams by which a text is compared with benchmark data: word n-grams where words are spaced, and character
 * n-grams in scripts written without spaces (Thai, Lao, Khmer, Burmese, Chinese…), where they are not (a word
 * segmenter's choices would otherwise decide what matches). Both sides are folded first (NFKC case folding),
 * punctuation and spaces are ignored, and each n-gram is reduced to a 64-bit rolling hash (Karp–Rabin), so memory is 8
 * bytes per benchmark n-gram whatever its length. Word n-grams of 13 follow GPT-3's decontamination (Brown et al.
 * 2020); 50 characters of an unspaced script hold about as much text as 13 Thai or Khmer words.
 *
 * <p>Thread-safe and pure.
 */
final class NgramFingerprints {
    private static final Normalizer2 FOLD = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);
    private static final long BASE = 0x100000001B3L;
    /** Separates the two kinds of n-gram, so a word n-gram never equals a character n-gram. */
    private static final long WORD_SALT = 0x5bd1e995L;

    /** {@link UScript#breaksBetweenLetters} by script code, asked once. */
    private static final boolean[] UNSPACED = new boolean[UScript.CODE_LIMIT];

    static {
        for (int script = 0; script < UNSPACED.length; script++) {
            UNSPACED[script] = UScript.breaksBetweenLetters(script);
        }
    }

    private final int words;
    private final int chars;
    private final long wordPower;
    private final long charPower;

    NgramFingerprints(int words, int chars) {
        this.words = words;
        this.chars = chars;
        this.wordPower = power(words);
        this.charPower = power(chars);
    }

    /** Calls {@code sink} with the hash of every word n-gram and every unspaced-script character n-gram. */
    void forEach(String text, LongConsumer sink) {
        String folded = FOLD.normalize(text);
        long[] wordWindow = new long[words];
        long[] charWindow = new long[chars];
        long wordHash = 0, charHash = 0;
        int wordCount = 0, charCount = 0;
        long current = 0;
        boolean inWord = false;
        for (int i = 0; i <= folded.length(); ) {
            int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
            i += i < folded.length() ? Character.charCount(cp) : 1;
            boolean wordChar = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
            if (wordChar && unspaced(cp)) {
                long value = cp;
                int slot = charCount % chars;
                charHash = charCount >= chars ? (charHash - charWindow[slot] * charPower) * BASE + value
                        : charHash * BASE + value;
                charWindow[slot] = value;
                charCount++;
                if (charCount >= chars) {
                    sink.accept(LongIntHashMap.mix(charHash));
                }
                wordChar = false; // unspaced letters are not part of spaced words
            }
            if (wordChar) {
                current = (current ^ cp) * 0x100000001B3L;
                inWord = true;
            } else if (inWord) {
                long value = LongIntHashMap.mix(current + WORD_SALT);
                int slot = wordCount % words;
                wordHash = wordCount >= words ? (wordHash - wordWindow[slot] * wordPower) * BASE + value
                        : wordHash * BASE + value;
                wordWindow[slot] = value;
                wordCount++;
                if (wordCount >= words) {
                    sink.accept(LongIntHashMap.mix(wordHash ^ WORD_SALT));
                }
                current = 0;
                inWord = false;
            }
        }
    }

    /**
     * Scripts written without spaces between words: those that Unicode's script metadata (CLDR, through ICU's
     * {@link UScript#breaksBetweenLetters}) says break lines between letters and need a dictionary to find words.
     * For this corpus's languages: Thai, Lao, Khmer, Myanmar (with its Extended blocks), Han, hiragana and katakana;
     * beyond them Yi, Bopomofo, the Tai scripts (Tai Le, New Tai Lue, Tai Tham, Tai Viet, Ahom), Tangut, Nüshu.
     */
    static boolean unspaced(int cp) {
        int script = UScript.getScript(cp);
        return script >= 0 && script < UNSPACED.length && UNSPACED[script];
    }

    /** BASE^(n-1): the weight of the value leaving the window. */
    private static long power(int n) {
        long p = 1;
        for (int i = 1; i < n; i++) {
            p *= BASE;
        }
        return p;
    }
}
