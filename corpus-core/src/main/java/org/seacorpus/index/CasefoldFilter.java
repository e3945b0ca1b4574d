package org.seacorpus.index;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.seacorpus.util.CasefoldChars;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;

/**
 * Each term NFKC case folded (UAX #44 {@code NFKC_Casefold}): the terms Lucene's {@code ICUNormalizer2Filter} with
 * ICU's {@code nfkc_cf} normaliser gives, with a term of simple chars folded by table ({@link CasefoldChars}, one
 * look-up a char; a term that folds to itself is only looked at) instead of ICU's quick check and normaliser. Any
 * other term (a surrogate, a mark that may compose, marks out of canonical order) goes to ICU as in that filter.
 * Only the term changes; offsets, positions and types pass through.
 */
final class CasefoldFilter extends TokenFilter {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder icu = new StringBuilder();
    private char[] folded = new char[64];

    CasefoldFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        char[] chars = term.buffer();
        if (foldsToItself(chars, length)) {
            return true; // most terms: already folded, looked at once and left as they are
        }
        int room = CasefoldChars.MAX_EXPANSION * length;
        if (folded.length < room) {
            folded = new char[Math.max(room, folded.length * 2)];
        }
        int n = CasefoldChars.fold(chars, 0, length, folded);
        if (n < 0) {
            // not simple: ICU decides, as ICUNormalizer2Filter does
            if (NFKC_CF.quickCheck(term) != Normalizer.YES) {
                icu.setLength(0);
                NFKC_CF.normalize(term, icu);
                term.setEmpty().append(icu);
            }
        } else if (n != length || !Arrays.equals(chars, 0, length, folded, 0, n)) {
            term.copyBuffer(folded, 0, n);
        }
        return true;
    }

    /**
     * True when every char is simple and folds to itself, non-starters in canonical order: what
     * {@link CasefoldChars#fold} would copy unchanged, found without the copy.
     */
    private static boolean foldsToItself(char[] chars, int length) {
        int lastCcc = 0;
        for (int i = 0; i < length; i++) {
            int entry = CasefoldChars.entry(chars[i]);
            if (!CasefoldChars.isSimple(entry) || CasefoldChars.foldedChar(entry) != chars[i]) {
                return false;
            }
            int ccc = CasefoldChars.combiningClass(entry);
            if (ccc != 0 && ccc < lastCcc) {
                return false;
            }
            lastCcc = ccc;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (folded.length > 1 << 16) {
            folded = new char[64]; // grown for one long term: given back
            icu.setLength(0);
            icu.trimToSize();
        }
    }
}
