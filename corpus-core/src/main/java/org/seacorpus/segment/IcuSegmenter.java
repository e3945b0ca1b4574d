package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.normalize.UnitBuffer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Words and sentences by ICU's break iterators (UAX #29 with ICU's dictionaries for Thai, Lao, Khmer, Burmese
 * and Chinese, which is what makes unspaced text countable). This is plain ICU: the baseline the language
 * segmenters are measured against and the first step of each of them. A break iterator is not thread-safe, so
 * each thread gets its own word iterator, cloned once from a prototype and reused: the lexicon segmentation asks
 * for the words of every gap between two runs of its script, and a clone per gap cost more than the gap.
 */
public final class IcuSegmenter implements Segmenter {
    private final BreakIterator wordPrototype;
    private final BreakIterator sentencePrototype;
    private final ThreadLocal<BreakIterator> wordIterator;

    public IcuSegmenter(ULocale locale) {
        this.wordPrototype = BreakIterator.getWordInstance(locale);
        this.sentencePrototype = BreakIterator.getSentenceInstance(locale);
        this.wordIterator = ThreadLocal.withInitial(() -> (BreakIterator) wordPrototype.clone());
    }

    public IcuSegmenter() {
        this(ULocale.ROOT);
    }

    @Override
    public List<Token> words(String text) {
        List<Token> out = new ArrayList<>();
        words(text, 0, text.length(), out);
        return out;
    }

    /** Adds the words of {@code text[from, to)} to {@code out}, with offsets in {@code text}. */
    void words(String text, int from, int to, List<Token> out) {
        if (blank(text, from, to)) {
            return;
        }
        String part = from == 0 && to == text.length() ? text : text.substring(from, to);
        BreakIterator words = wordIterator.get();
        words.setText(part);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int status = words.getRuleStatus();
            if (status == BreakIterator.WORD_NONE) {
                continue;
            }
            Token.Kind kind = status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_NUMBER_LIMIT
                    ? Token.Kind.NUMBER : Token.Kind.WORD;
            out.add(new Token(part.substring(start, end), from + start, from + end, kind));
        }
    }

    /** Units of {@link #blank}'s copies. */
    private static final UnitBuffer UNITS = new UnitBuffer(64);
    private static final int CHUNK = 64;

    /**
     * True when {@code text[from, to)} is empty or only whitespace, which holds no word. The first unit settles it
     * for most texts; the rest are read from copies of up to {@link #CHUNK} units, not with charAt (strings of both
     * internal forms, Latin-1 and UTF-16, made the compiler's checks before a charAt loop fail, and the caller be
     * compiled again).
     */
    private static boolean blank(String text, int from, int to) {
        if (from < to && !Character.isWhitespace(text.charAt(from))) {
            return false;
        }
        for (int start = from + 1; start < to; start += CHUNK) {
            int end = Math.min(to, start + CHUNK);
            char[] units = UNITS.copy(text, start, end);
            for (int i = 0, n = end - start; i < n; i++) {
                if (!Character.isWhitespace(units[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public List<int[]> sentences(String text) {
        BreakIterator sentences = (BreakIterator) sentencePrototype.clone();
        sentences.setText(text);
        List<int[]> out = new ArrayList<>();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new int[] {s, e});
            }
        }
        return out;
    }
}
