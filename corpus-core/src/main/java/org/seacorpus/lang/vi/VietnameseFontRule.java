package org.seacorpus.lang.vi;

import java.util.Optional;
import java.util.function.IntPredicate;

import org.seacorpus.normalize.LastTextAnswer;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.RuleCounts;
import org.seacorpus.util.TableFill;
import org.seacorpus.normalize.UnitBuffer;

/**
 * Repairs Vietnamese text that was decoded with the wrong charset upstream (by Tika, a browser, a database): the
 * bytes of windows-1258, TCVN3 or VNI read as windows-1252/ISO-8859-1. It fires only on clear evidence: after
 * the repair nearly all of the text's accented words are Vietnamese syllables (see {@link VietnameseSyllables}),
 * clearly more than before it. Text already in Unicode Vietnamese reads as Vietnamese before any repair, so no
 * repair can gain anything and it is never touched; French, German or Spanish words do not turn into Vietnamese
 * syllables, so text in those languages is left alone too.
 *
 * <p>The decision is made for the whole text given (a document on import, a line in the line filter): a document
 * that mixes a legacy font with Unicode Vietnamese is left as it is.
 */
public final class VietnameseFontRule implements NormalizationRule {
    public static final VietnameseFontRule INSTANCE = new VietnameseFontRule();

    /** Share of accented words that must read as syllables after the repair. */
    static final double MIN_SHARE_AFTER = 0.8;
    /** How much that share must grow through the repair. */
    static final double MIN_GAIN = 0.3;
    /** Share of words with an upper-half character below which a text is not examined further… */
    static final double MIN_DENSITY = 0.15;
    /** …when it has at least this many words. */
    static final int MIN_WORDS_FOR_DENSITY = 8;

    private VietnameseFontRule() {
    }

    @Override
    public String name() {
        return "vietnamese-font";
    }

    @Override
    public String apply(String text, RuleCounts counts) {
        Optional<Detection> found = detect(text);
        if (found.isEmpty()) {
            return text;
        }
        Detection detection = found.get();
        counts.add(name() + ":" + detection.encoding().label(), detection.after().syllables());
        return detection.repaired();
    }

    /** {@link #dense} counts only characters U+00A0–U+00FF: text without any is left alone. */
    @Override
    public IntPredicate triggers() {
        return c -> c >= 0xA0 && c <= 0xFF;
    }

    /** No upper-half characters in a good share of words, or a letter only Unicode Vietnamese has: see {@link #detect}. */
    @Override
    public boolean leavesAlone(String text) {
        return LEAVES_ALONE.test(text);
    }

    /**
     * The answer of {@link #leavesAlone} for the last text this thread asked about: the normaliser asks before it
     * runs the rule, and {@link #detect} asks again first thing.
     */
    private static final LastTextAnswer LEAVES_ALONE = new LastTextAnswer(VietnameseFontRule::plainlyNotLegacy);

    /** The encoding whose repair turns {@code text} into Vietnamese, with the repaired text. */
    public record Detection(VietnameseFontEncoding encoding, String repaired, VietnameseSyllables.Score before,
                            VietnameseSyllables.Score after) {
    }

    /** Finds the legacy encoding behind a text read as windows-1252, if the evidence is clear. */
    public static Optional<Detection> detect(String text) {
        if (LEAVES_ALONE.test(text)) {
            return Optional.empty();
        }
        VietnameseSyllables.Score before = VietnameseSyllables.score(text);
        if (before.words() > 0 && before.share() > 1.0 - MIN_GAIN) {
            return Optional.empty();
        }
        Detection best = null;
        for (VietnameseFontEncoding encoding : VietnameseFontEncoding.values()) {
            String repaired = encoding.repair(text);
            if (repaired.equals(text)) {
                continue;
            }
            VietnameseSyllables.Score after = VietnameseSyllables.score(repaired);
            boolean gain = after.syllables() > before.syllables() && after.share() - before.share() >= MIN_GAIN;
            if (gain && convincing(after, repaired) && (best == null || after.syllables() > best.after().syllables())) {
                best = new Detection(encoding, repaired, before, after);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Enough Vietnamese after the repair: most accented words are syllables, and either there are three of them
     * or the text is short, every accented word is a syllable of two letters or more, and one has a letter only
     * Vietnamese uses (a lone "Æ" is not evidence of VNI's "Ỉ").
     */
    private static boolean convincing(VietnameseSyllables.Score after, String repaired) {
        if (after.syllables() == 0 || after.share() < MIN_SHARE_AFTER) {
            return false;
        }
        return after.syllables() >= 3 || (after.syllables() == after.words() && after.shortest() >= 2
                && VietnameseSyllables.hasVietnameseOnlyLetter(repaired));
    }

    /**
     * A cheap first look, one pass: a letter only Unicode Vietnamese has (such text is not a legacy font; it shows
     * one within a few words, so the pass ends early), or too few upper-half characters ({@link #dense}).
     *
     * <p>Words are counted where they start (a unit that is not white space after one that is, or at the text's
     * start), which gives the count {@link #dense} makes where they end. The count is kept without a branch on
     * white space ({@code starts += space & ~kind}, {@code space = kind}, the kinds of most units being 0 or 1): on
     * Latin text a branch there was mispredicted at nearly every word's end. Only the rare units (upper half,
     * Vietnamese-only) take a branch; an upper-half unit marks the word it is in, counted once per word.
     */
    static boolean plainlyNotLegacy(String text) {
        int n = text.length();
        char[] chars = BUFFER.copy(text);
        int starts = 0;
        int marked = 0;
        int markedWord = 0;   // the number of the last word marked (words are numbered from 1 as they start)
        int space = 1;        // 1 when the unit before is white space, or at the text's start
        for (int i = 0; i < n; i++) {
            int kind = KIND[chars[i]];
            if (kind > SPACE) {
                if (kind == VIETNAMESE_ONLY) {
                    return true;
                }
                starts += space;
                space = 0;
                if (markedWord != starts) {
                    marked++;
                    markedWord = starts;
                }
                continue;
            }
            starts += space & ~kind;   // kind is OTHER (0) or SPACE (1)
            space = kind;
        }
        return !denseEnough(starts, marked);
    }

    /** Per UTF-16 unit, for {@link #plainlyNotLegacy}: white space, an upper-half character, a Vietnamese-only letter, or other. */
    private static final byte[] KIND = new byte[0x10000];
    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte UPPER_HALF = 2;
    private static final byte VIETNAMESE_ONLY = 3;

    static {
        TableFill.inBlocks(KIND.length, (from, to) -> {   // compiled after a few blocks (TableFill)
            for (int c = from; c < to; c++) {
                KIND[c] = Character.isWhitespace(c) ? SPACE : c >= 0xA0 && c <= 0xFF ? UPPER_HALF
                        : VietnameseSyllables.isVietnameseOnlyLetter((char) c) ? VIETNAMESE_ONLY : OTHER;
            }
        });
    }

    /** The text's units, copied once (a bounds-checked {@code charAt} a unit costs more than the copy). */
    private static final UnitBuffer BUFFER = new UnitBuffer(4096);

    /**
     * A cheap first look: text in a legacy Vietnamese encoding shows its upper-half characters in a good share
     * of its words (most Vietnamese words carry a diacritic). Ordinary text in another language with a few
     * accented names, or text with no upper-half characters at all, is not worth decoding four ways.
     */
    static boolean dense(String text) {
        int words = 0;
        int marked = 0;
        boolean inWord = false;
        boolean wordMarked = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (WHITESPACE[c]) {
                if (inWord) {
                    words++;
                    marked += wordMarked ? 1 : 0;
                }
                inWord = false;
                wordMarked = false;
            } else {
                inWord = true;
                wordMarked |= c >= 0xA0 && c <= 0xFF;
            }
        }
        return denseEnough(words, marked);
    }

    private static boolean denseEnough(int words, int marked) {
        return marked > 0 && (words < MIN_WORDS_FOR_DENSITY || marked >= MIN_DENSITY * words);
    }

    /** {@link Character#isWhitespace} per UTF-16 unit (a table: dense Latin-1 text asks for every letter). */
    private static final boolean[] WHITESPACE = new boolean[0x10000];

    static {
        TableFill.inBlocks(WHITESPACE.length, (from, to) -> {   // compiled after a few blocks (TableFill)
            for (int c = from; c < to; c++) {
                WHITESPACE[c] = Character.isWhitespace(c);
            }
        });
    }
}
