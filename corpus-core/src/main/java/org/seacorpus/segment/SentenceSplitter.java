package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;


import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Cuts a text into sentences: ICU's sentence breaks (UAX #29, which already ends sentences at Khmer ។ ៕ and
 * Burmese ။), less breaks inside URLs and e-mail addresses and after characters the language uses as commas
 * (Burmese ၊, which Unicode lists as a terminal), plus, for Thai and Lao, a break at a space between two letters
 * of the script: these languages end a sentence with a space, not a full stop. A space after the repetition mark
 * (ๆ, ໆ) or before a listed continuation word (Thai และ "and") does not end one.
 *
 * <p>Source: UAX #29 for the base rules; the Thai and Lao writing convention of separating sentences (and
 * clauses) with a space for the rest. Thread-safe (each thread has its own copy of the break iterator).
 */
final class SentenceSplitter {
    private final BreakIterator prototype;
    /** Each thread's own copy of the prototype (a clone per call cost as much as the breaks of a short text). */
    private final ThreadLocal<BreakIterator> iterator;
    private final SegmentationProfile profile;
    private final int script;
    private final Set<String> continuations;

    SentenceSplitter(ULocale locale, SegmentationProfile profile, String scriptCode) {
        this.prototype = BreakIterator.getSentenceInstance(locale);
        this.iterator = ThreadLocal.withInitial(() -> (BreakIterator) prototype.clone());
        this.profile = profile;
        this.script = scriptCode == null ? UScript.INVALID_CODE : UScript.getCodeFromName(scriptCode);
        this.continuations = Set.copyOf(profile.sentenceContinuations());
    }

    /** @param words the text's words (for URLs to protect and continuation words to look up) */
    List<int[]> sentences(String text, List<Token> words) {
        BreakIterator it = iterator.get();
        it.setText(text);
        List<Token> whole = null;
        for (Token w : words) {
            if (w.kind() == Token.Kind.URL || w.kind() == Token.Kind.EMAIL) {
                whole = whole == null ? new ArrayList<>() : whole;
                whole.add(w);
            }
        }
        // ICU gives its breaks in increasing order; the space breaks of Thai and Lao are merged in after
        Breaks breaks = new Breaks();
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            if (b < text.length() && keeps(text, b, whole)) {
                breaks.add(b);
            }
        }
        it.setText(""); // the iterator is the thread's: let go of the text
        if ("spaces".equals(profile.sentences())) {
            addSpaceBreaks(text, words, breaks);
        }
        breaks.add(text.length());
        int[] sorted = breaks.sortedDistinct();
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int end : sorted) {
            int s = start;
            int e = end;
            while (s < e && blank(text.charAt(s))) {
                s++;
            }
            while (e > s && blank(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new int[] {s, e});
            }
            start = end;
        }
        return out;
    }

    /** Break offsets as found: a growing int array, sorted and made distinct once at the end (a set of them). */
    private static final class Breaks {
        private int[] offsets = new int[16];
        private int size;
        private boolean sorted = true;

        void add(int b) {
            if (size == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, size * 2);
            }
            sorted &= size == 0 || offsets[size - 1] < b;
            offsets[size++] = b;
        }

        int[] sortedDistinct() {
            if (!sorted) {
                java.util.Arrays.sort(offsets, 0, size);
            }
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n == 0 || offsets[i] != offsets[n - 1]) {
                    offsets[n++] = offsets[i];
                }
            }
            return java.util.Arrays.copyOf(offsets, n);
        }
    }

    private boolean keeps(String text, int b, List<Token> whole) {
        if (whole != null) {
            for (Token w : whole) {
                if (w.start() < b && b < w.end()) {
                    return false;
                }
            }
        }
        int i = b - 1;
        while (i >= 0 && blank(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        return i < 0 || profile.notSentenceEnd().indexOf(text.charAt(i)) < 0;
    }

    private void addSpaceBreaks(String text, List<Token> words, Breaks breaks) {
        int i = 1;
        while (i < text.length()) {
            if (text.charAt(i) != ' ') {
                i++;
                continue;
            }
            int s = i;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i < text.length() && ownLetter(text, s - 1) && ownLetter(text, i)
                    && !isRepetitionMark(text.charAt(s - 1)) && !continues(words, i)) {
                breaks.add(i);
            }
        }
    }

    private boolean ownLetter(String text, int i) {
        int cp = text.charAt(i);
        return UScript.getScript(cp) == script && (Character.isLetter(cp) || Character.getType(cp)
                == Character.NON_SPACING_MARK || Character.getType(cp) == Character.COMBINING_SPACING_MARK);
    }

    /**
     * A mark that repeats or lengthens what stands before it (Unicode's Extender property: Thai ๆ, Lao ໆ), after
     * which a space does not end the sentence. Asked only of the language's own letters, so no script is named here.
     */
    private static boolean isRepetitionMark(char c) {
        return UCharacter.hasBinaryProperty(c, UProperty.EXTENDER);
    }

    private boolean continues(List<Token> words, int start) {
        if (continuations.isEmpty()) {
            return false;
        }
        int lo = 0;
        int hi = words.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = words.get(mid).start();
            if (s == start) {
                return continuations.contains(words.get(mid).text());
            }
            if (s < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || c == '\u200B' || c == '\u00A0';
    }
}
