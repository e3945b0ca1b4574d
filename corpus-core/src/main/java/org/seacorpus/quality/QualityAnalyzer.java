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
        int n = words.size();
        // what depends on the word alone is worked out once per distinct word, and remembered across documents
        Words table = WORDS.get();
        table.startDocument(n);
        int[] ids = table.ids;
        int[] lengths = table.lengths;
        int[] starts = table.starts;
        int[] traitsOf = table.traitsOf; // by id: traits of the document's distinct words
        TokenForms numbered = forms != null && forms.isOf(words) ? forms : null;
        int distinct = 0;
        Set<String> stopList = stopwords.of(lang);
        long wordChars = 0;
        int nonAlpha = 0;
        int stops = 0;
        for (int i = 0; i < n; i++) {
            Token token = words.get(i);
            int id;
            boolean first;
            if (numbered != null) {
                id = numbered.textOf(i);
                first = id == distinct; // slots are numbered first seen first
            } else {
                id = table.idOf(token.text());
                first = id < 0;
                id = first ? -id - 1 : id;
            }
            int traits;
            if (first) {
                distinct++;
                traits = table.traits(token.text(), stopList);
                traitsOf[id] = traits;
            } else {
                traits = traitsOf[id];
            }
            int length = traits >>> 2;
            ids[i] = id;
            lengths[i] = length;
            starts[i] = token.start();
            wordChars += length;
            nonAlpha += traits & NON_ALPHA;
            stops += (traits & STOP) >>> 1;
        }
        QualityProfile profile = profiles.get(lang).quality();
        LineSignals.Result lines = LineSignals.measure(text, starts, n, chars, profile);
        double[] repetition = RepetitionSignals.measure(ids, lengths, n, chars);

        return new QualitySignals(VERSION, signals(chars, n, wordChars, nonAlpha, stops, lines, repetition,
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
     * One thread's word tables: the ids of a document's distinct words (first seen first, {@link StringSlots}), the
     * document's arrays by word and by id (reused, grown as documents need), and the traits of the words seen lately
     * ({@link #traitsOf}), keyed by the word's text and stopword list, so a common word is lower-cased, normalised and
     * looked up in the stopwords once per thread, not once per document. The traits are an open-addressing table
     * that grows with the words a thread sees up to {@link #MAX_TRAITS} slots (at most half of them used, each with its
     * hash, compared before the word) and, full at that size, is emptied
     * and fills again (a direct-mapped table of 4,096 slots missed on 26% of the distinct words of gen-10000's
     * documents, its 9,757 words of 16 languages colliding).
     */
    static final class Words {
        static final int MAX_TRAITS = 1 << 16;
        private String[] traitWords = new String[1 << 12];
        private Object[] traitLists = new Object[1 << 12];
        private int[] traits = new int[1 << 12];
        private int[] traitHashes = new int[1 << 12];
        private int traitCount;
        private final StringSlots slots = new StringSlots();
        int[] ids = new int[0];
        int[] lengths = new int[0];
        int[] starts = new int[0];
        int[] traitsOf = new int[0];

        void startDocument(int words) {
            slots.reset(words);
            if (ids.length < words) {
                int size = Math.max(words, 2 * ids.length);
                ids = new int[size];
                lengths = new int[size];
                starts = new int[size];
                traitsOf = new int[size];
            }
        }

        /** The id of {@code word} when it was seen in this document, or {@code -id - 1} for a new id it now has. */
        int idOf(String word) {
            return slots.slotOf(word);
        }

        int traits(String word, Set<String> stopList) {
            int hash = hash(word, stopList);
            int mask = traitWords.length - 1;
            int i = hash & mask;
            while (true) {
                String w = traitWords[i];
                if (w == null) {
                    break;
                }
                if (traitHashes[i] == hash && traitLists[i] == stopList && w.equals(word)) {
                    return traits[i];
                }
                i = (i + 1) & mask;
            }
            int value = traitsOf(word, stopList);
            if (2 * (traitCount + 1) > traitWords.length) {
                if (traitWords.length < MAX_TRAITS) {
                    grow();
                } else {
                    java.util.Arrays.fill(traitWords, null);
                    java.util.Arrays.fill(traitLists, null);
                    traitCount = 0;
                }
                mask = traitWords.length - 1;
                i = hash & mask;
                while (traitWords[i] != null) {
                    i = (i + 1) & mask;
                }
            }
            traitWords[i] = word;
            traitLists[i] = stopList;
            traitHashes[i] = hash;
            traits[i] = value;
            traitCount++;
            return value;
        }

        /** How many words the traits table holds (for tests). */
        int traitCount() {
            return traitCount;
        }

        private void grow() {
            String[] oldWords = traitWords;
            Object[] oldLists = traitLists;
            int[] oldTraits = traits;
            int[] oldHashes = traitHashes;
            traitWords = new String[oldWords.length * 2];
            traitLists = new Object[oldWords.length * 2];
            traits = new int[oldWords.length * 2];
            traitHashes = new int[oldWords.length * 2];
            int mask = traitWords.length - 1;
            for (int j = 0; j < oldWords.length; j++) {
                if (oldWords[j] != null) {
                    int i = oldHashes[j] & mask;
                    while (traitWords[i] != null) {
                        i = (i + 1) & mask;
                    }
                    traitWords[i] = oldWords[j];
                    traitLists[i] = oldLists[j];
                    traitHashes[i] = oldHashes[j];
                    traits[i] = oldTraits[j];
                }
            }
        }

        /** The word's hash and its list's: a word of several languages takes a slot per list. */
        private static int hash(String word, Object stopList) {
            int h = word.hashCode() + 0x9E3779B9 * System.identityHashCode(stopList);
            h *= 0x85EBCA6B;
            return h ^ (h >>> 15);
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
