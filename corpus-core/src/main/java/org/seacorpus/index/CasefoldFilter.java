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
 * look-up a char, no copy when the term is folded already) instead of ICU's quick check and normaliser. Any other
 * term (a surrogate, a mark that may compose, marks out of canonical order) goes to ICU as in that filter. Only the
 * term changes; offsets, positions and types pass through.
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
        int room = CasefoldChars.MAX_EXPANSION * length;
        if (folded.length < room) {
            folded = new char[Math.max(room, folded.length * 2)];
        }
        char[] chars = term.buffer();
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
