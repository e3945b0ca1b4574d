package org.seacorpus.quality;

import java.util.List;
import java.util.Set;

import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.QualityProfile;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;
import org.seacorpus.segment.TokenForms;
import org.seacorpus.util.StringSlots;

/**
 * Measures the {@link Signal}s of a text in a language: words from the language's segmenter, lines and
 * paragraphs ({@link LineSignals}), word n-gram repetition ({@link RepetitionSignals}) and stopwords
 * ({@link Stopwords}). Thread-safe; what it computes depends only on the text, the language and its profile.
 */
public final class QualityAnalyzer {
    /** Raised when the measures change, so stored signals from an older version can be told apart. */
    public static final int VERSION = 1;

    private final LanguageProfiles profiles;
    private final Segmenters segmenters;
    private final Stopwords stopwords;

    public QualityAnalyzer(LanguageProfiles profiles, Segmenters segmenters, Stopwords stopwords) {
        this.profiles = profiles;
        this.segmenters = segmenters;
        this.stopwords = stopwords;
    }

    public QualityAnalyzer(LanguageProfiles profiles) {
        this(profiles, new Segmenters(profiles), Stopwords.builtIn());
    }

    public QualitySignals measure(String text, LanguageInfo language) {
        return measure(text, language, null);
    }

    /**
     * The same, given the forms the analyse stage made of the text's words ({@link TokenForms}; null for none):
     * when they are the forms of the words the language's segmenter gives, their numbering of the distinct words
     * (first seen first, the numbering this method gives them otherwise) is used instead of numbering them again.
     */
    public QualitySignals measure(String text, LanguageInfo language, TokenForms forms) {
        String lang = language.lang();
        Segmenter segmenter = segmenters.forLanguage(lang);
        List<Token> words = segmenter.words(text);
        long chars = text.codePointCount(0, text.length());
        int[] ids = new int[words.size()];
        int[] lengths = new int[words.size()];
        int[] starts = new int[words.size()];
        // what depends on the word alone is worked out once per distinct word, and remembered across documents
        Words table = WORDS.get();
        TokenForms numbered = forms != null && forms.isOf(words) ? forms : null;
        if (numbered == null) {
            table.startDocument(words.size());
        }
        int distinct = 0;
        int[] lengthOf = new int[words.size()];
        boolean[] nonAlphaOf = new boolean[words.size()];
        boolean[] stopOf = new boolean[words.size()];
        Set<String> stopList = stopwords.of(lang);
        long wordChars = 0;
        int nonAlpha = 0;
        int stops = 0;
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            String word = token.text();
            int id;
            boolean first;
            if (numbered != null) {
                id = numbered.textOf(i);
                first = id == distinct; // slots are numbered first seen first
            } else {
                id = table.idOf(word);
                first = id < 0;
                id = first ? -id - 1 : id;
            }
            if (first) {
                distinct++;
                int traits = table.traits(word, stopList);
                lengthOf[id] = traits >>> 2;
                nonAlphaOf[id] = (traits & NON_ALPHA) != 0;
                stopOf[id] = (traits & STOP) != 0;
            }
            ids[i] = id;
            lengths[i] = lengthOf[id];
            starts[i] = token.start();
            wordChars += lengths[i];
            if (nonAlphaOf[id]) {
                nonAlpha++;
            }
            if (stopOf[id]) {
                stops++;
            }
        }
        QualityProfile profile = profiles.get(lang).quality();
        LineSignals.Result lines = LineSignals.measure(text, starts, chars, profile);
        double[] repetition = RepetitionSignals.measure(ids, lengths, chars);

        return new QualitySignals(VERSION, signals(chars, words.size(), wordChars, nonAlpha, stops, lines, repetition,
                language.score()));
    }

    /**
     * The signals in {@link Signal} order, from the document's counts, its line signals and its repetition
     * signals (the order {@link RepetitionSignals#measure} gives them).
     */
    static double[] signals(long chars, int n, long wordChars, int nonAlpha, int stops, LineSignals.Result lines,
                            double[] repetition, double langScore) {
        double[] v = new double[Signal.values().length];
        v[Signal.CHARS.ordinal()] = chars;
        v[Signal.WORDS.ordinal()] = n;
        v[Signal.LINES.ordinal()] = lines.lines();
        v[Signal.MEAN_WORD_LENGTH.ordinal()] = n == 0 ? 0 : (double) wordChars / n;
        v[Signal.NON_ALPHA_WORDS.ordinal()] = n == 0 ? 0 : (double) nonAlpha / n;
        v[Signal.DUP_LINES.ordinal()] = lines.dupLines();
        v[Signal.DUP_PARAGRAPHS.ordinal()] = lines.dupParagraphs();
        v[Signal.DUP_LINE_CHARS.ordinal()] = lines.dupLineChars();
        v[Signal.DUP_PARAGRAPH_CHARS.ordinal()] = lines.dupParagraphChars();
        for (int k = 0; k < RepetitionSignals.TOP.length; k++) {
            v[Signal.topNgram(RepetitionSignals.TOP[k]).ordinal()] = repetition[k];
        }
        for (int k = 0; k < RepetitionSignals.DUP.length; k++) {
            v[Signal.dupNgram(RepetitionSignals.DUP[k]).ordinal()] = repetition[RepetitionSignals.TOP.length + k];
        }
        v[Signal.PUNCT_LINES.ordinal()] = lines.punctLines();
        v[Signal.BULLET_LINES.ordinal()] = lines.bulletLines();
        v[Signal.ELLIPSIS_LINES.ordinal()] = lines.ellipsisLines();
        v[Signal.NEWLINES_PER_WORD.ordinal()] = (double) lines.newlines() / Math.max(1, n);
        v[Signal.STOPWORDS.ordinal()] = stops;
        v[Signal.LANG_SCORE.ordinal()] = langScore;
        return v;
    }

    private static final int NON_ALPHA = 1;
    private static final int STOP = 2;

    /**
     * What the signals need of one word, packed: its length in code points shifted left by 2, {@link #NON_ALPHA}
     * when it has no letter, {@link #STOP} when it is in {@code stopList}.
     */
    static int traitsOf(String word, Set<String> stopList) {
        return word.codePointCount(0, word.length()) << 2 | (hasLetter(word) ? 0 : NON_ALPHA)
                | (!stopList.isEmpty() && stopList.contains(Stopwords.fold(word)) ? STOP : 0);
    }

    private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);

    /**
     * One thread's word tables: the ids of a document's distinct words (first seen first, {@link StringSlots}), and the traits of the words seen lately
     * ({@link #traitsOf}), direct-mapped by the word's hash and checked by its text and stopword list, so a common
     * word is lower-cased, normalised and looked up in the stopwords once per thread, not once per document.
     */
    static final class Words {
        private static final int TRAITS = 4096;
        private final String[] traitWords = new String[TRAITS];
        private final Object[] traitLists = new Object[TRAITS];
        private final int[] traits = new int[TRAITS];
        private final StringSlots ids = new StringSlots();

        void startDocument(int words) {
            ids.reset(words);
        }

        /** The id of {@code word} when it was seen in this document, or {@code -id - 1} for a new id it now has. */
        int idOf(String word) {
            return ids.slotOf(word);
        }

        int traits(String word, Set<String> stopList) {
            int slot = spread(word.hashCode()) & (TRAITS - 1);
            if (traitLists[slot] == stopList && word.equals(traitWords[slot])) {
                return traits[slot];
            }
            int value = traitsOf(word, stopList);
            traitWords[slot] = word;
            traitLists[slot] = stopList;
            traits[slot] = value;
            return value;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
