package org.seacorpus.lang.vi;

import java.util.Locale;

import com.ibm.icu.text.Normalizer2;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.RuleCounts;

/**
 * Puts the tone mark of open syllables spelled oa, oe and uy on one vowel throughout, in the configured style:
 * {@code traditional} hòa, khỏe, thủy (the default) or {@code modern} hoà, khoẻ, thuỷ. Nothing else moves:
 * syllables with a final consonant (hoàng, toán, huýt) and three-vowel nuclei (hoài, khuỷu) are placed alike in
 * both styles, and qu + y (quý) has its tone on y in both. A word is touched only when it is a well-formed
 * Vietnamese syllable ({@link VietnameseSyllables}), so other languages' words pass through.
 *
 * <p>Source: the two conventions as described in the Vietnamese orthography literature (the "old style" of
 * dictionaries and the press, and the "new style" of the 1980s Ministry of Education spelling rules); see
 * docs/normalization.md for why traditional is the default.
 */
public final class VietnameseToneRule implements NormalizationRule {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final VietnameseToneStyle style;

    public VietnameseToneRule(VietnameseToneStyle style) {
        this.style = style;
    }

    public VietnameseToneStyle style() {
        return style;
    }

    @Override
    public String name() {
        return "vietnamese-tone";
    }

    @Override
    public String apply(String text, RuleCounts counts) {
        StringBuilder out = null;
        int changes = 0;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
                continue;
            }
            // only a word of two to eight letters ending in oa, oe or uy can move its tone: no other is cut out
            String word = i - start >= 2 && i - start <= 8 && endsInTarget(text, start, i)
                    ? text.substring(start, i) : null;
            String placed = word == null ? null : place(word);
            if (placed != null && !placed.equals(word)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, start);
                }
                changes++;
            }
            if (out != null) {
                if (placed != null) {
                    out.append(placed);
                } else {
                    out.append(text, start, i);
                }
            }
        }
        counts.add(name(), changes);
        return out == null ? text : out.toString();
    }

    /** The word with its tone on the style's vowel, or the word itself when the rule does not apply. */
    String place(String word) {
        if (word.length() < 2 || word.length() > 8 || !endsInTarget(word, 0, word.length())) {
            return word;
        }
        String nfd = NFD.normalize(word);
        int tone = -1;
        StringBuilder bare = new StringBuilder(nfd.length());
        for (int k = 0; k < nfd.length(); k++) {
            if (VietnameseSyllables.TONES.indexOf(nfd.charAt(k)) >= 0) {
                if (tone >= 0) {
                    return word;
                }
                tone = k;
            } else {
                bare.append(nfd.charAt(k));
            }
        }
        if (tone < 0 || bare.length() < 2) {
            return word;
        }
        String lower = bare.toString().toLowerCase(Locale.ROOT);
        String nucleus = lower.substring(lower.length() - 2);
        String onset = lower.substring(0, lower.length() - 2);
        boolean target = nucleus.equals("oa") || nucleus.equals("oe") || nucleus.equals("uy");
        if (!target || onset.equals("q") || !VietnameseSyllables.isOnset(onset)
                || !VietnameseSyllables.isSyllable(word)) {
            return word;
        }
        int vowel = style == VietnameseToneStyle.TRADITIONAL ? bare.length() - 2 : bare.length() - 1;
        bare.insert(vowel + 1, nfd.charAt(tone));
        return NFC.normalize(bare);
    }

    /**
     * True when no word could move its tone: none of two to eight letters ends in oa, oe or uy, or, in the
     * traditional style, such words end in a plain a, e or y with no combining tone mark (their tone, if any, is
     * already on the o or u, precomposed).
     */
    @Override
    public boolean leavesAlone(String text) {
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i - start >= 2 && i - start <= 8 && endsInTarget(text, start, i)
                    && !(style == VietnameseToneStyle.TRADITIONAL && endsPlain(text.charAt(i - 1))
                        && !hasToneMark(text, start, i))) {
                return false;
            }
            i = i == start ? i + 1 : i;
        }
        return true;
    }

    /** A combining tone mark in text[from, to): the rule would also compose the word it rewrites. */
    private static boolean hasToneMark(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (VietnameseSyllables.TONES.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsPlain(char last) {
        return last == 'a' || last == 'e' || last == 'y' || last == 'A' || last == 'E' || last == 'Y';
    }

    /** A cheap look: do the last two letters of word[from, to) (tone marks skipped) spell oa, oe or uy, any case? */
    private static boolean endsInTarget(String word, int from, int to) {
        char last = 0;
        char before = 0;
        for (int i = to - 1; i >= from && before == 0; i--) {
            char c = word.charAt(i);
            if (VietnameseSyllables.TONES.indexOf(c) >= 0) {
                continue;
            }
            char base = VietnameseSyllables.baseLetter(c);
            if (last == 0) {
                last = base;
            } else {
                before = base;
            }
        }
        return (before == 'o' && (last == 'a' || last == 'e')) || (before == 'u' && last == 'y');
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
