package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Character clusters of a Thai-type script (Thai, Lao): the smallest units a word boundary never falls inside,
 * after the Thai Character Cluster rules of Theeramunkong et al. (2000). No boundary falls
 * <ul>
 *   <li>before a combining mark (vowel signs above and below, tone marks, the cancellation mark);</li>
 *   <li>before a following vowel that is a letter of its own (Thai ะ า ำ ๅ, Lao ະ າ ຳ ຽ) or the abbreviation
 *       mark (ฯ ຯ);</li>
 *   <li>after a leading vowel (Thai เ แ โ ใ ไ, Lao ເ ແ ໂ ໃ ໄ);</li>
 *   <li>before a consonant that the cancellation mark silences (the ร of {@code จันทร์});</li>
 *   <li>inside the vowels written around a consonant: {@code -ัว}, and {@code เ-ีย} and {@code เ-ือ} after a
 *       leading vowel.</li>
 * </ul>
 * The script's language module gives the characters ({@code lang/th}, {@code lang/lo}). Thread-safe.
 *
 * @param leading   leading vowels, written before the consonant they follow in speech
 * @param following vowels that are letters of their own but never start a cluster
 * @param cancel    the mark that silences the consonant it sits on (Thai ์, Lao ໌)
 * @param maiHanAkat the vowel sign {@code -ั-} (Thai U+0E31, Lao U+0EB1), after which {@code ว} closes {@code -ัว}
 * @param wo        the letter wo (ว, ວ)
 * @param sara      the vowel signs {@code -ี} and {@code -ื} that {@code เ-ีย} and {@code เ-ือ} are built on
 * @param glides    the letters that close those vowels (ย and อ, ຍ and ອ)
 */
public record AbugidaClusters(String leading, String following, char cancel, char maiHanAkat, char wo,
                              String sara, String glides) implements SyllableSplitter {

    @Override
    public List<int[]> split(CharSequence text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int clusterStart = start;
        for (int i = start + 1; i < end; i++) {
            if (boundary(text, clusterStart, i)) {
                out.add(new int[] {clusterStart, i});
                clusterStart = i;
            }
        }
        if (end > start) {
            out.add(new int[] {clusterStart, end});
        }
        return out;
    }

    /** May a cluster that began at {@code clusterStart} end before {@code i}? */
    private boolean boundary(CharSequence text, int clusterStart, int i) {
        char c = text.charAt(i);
        char prev = text.charAt(i - 1);
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return false;
        }
        if (following.indexOf(c) >= 0 || leading.indexOf(prev) >= 0) {
            return false;
        }
        if (i + 1 < text.length() && text.charAt(i + 1) == cancel) {
            return false;
        }
        if (c == wo && prev == maiHanAkat) {
            return false;
        }
        if (glides.indexOf(c) >= 0 && leading.indexOf(text.charAt(clusterStart)) >= 0) {
            for (int k = i - 1; k > clusterStart; k--) {
                char m = text.charAt(k);
                if (sara.indexOf(m) >= 0) {
                    return false;
                }
                if (Character.getType(m) != Character.NON_SPACING_MARK) {
                    break;
                }
            }
        }
        return true;
    }
}
