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
import org.seacorpus.util.CasefoldChars;
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
     * document's arrays by word and by id (reused, grown as documents need), and the traits ({@link #traitsOf}) of
     * a word. A word of direct chars ({@link Direct}: nearly every word of every language here) has them worked out
     * from its chars, lower-cased by table and looked up in the stopword list's {@link StopTable}, without a string
     * made ({@link #directTraits}): in a 100k import the table's look-ups had been 158 of the stage's 269 samples,
     * though the table held the corpus's whole vocabulary. Any other word (a surrogate pair,
     * a combining mark NFC composes) has them from the words seen lately, keyed by the word's text and stopword
     * list, so it is lower-cased, normalised and looked up in the stopwords once per thread, not once per
     * document. Those traits are an open-addressing table
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
            int direct = directTraits(word, stopList);
            if (direct >= 0) {
                return direct;
            }
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

        /** Each char of the word being read, lower-cased ({@link #directTraits}); grown as words need. */
        private char[] lower = new char[64];
        /** The stopword table last asked for, and its list; the tables of lists seen before. */
        private Set<String> lastList;
        private StopTable lastTable;
        private final java.util.IdentityHashMap<Set<String>, StopTable> stopTables = new java.util.IdentityHashMap<>();

        /**
         * {@link #traitsOf} of a word of direct chars ({@link #DIRECT}), worked out from its chars without the table;
         * -1 for any other word. For such a word {@code String.toLowerCase(Locale.ROOT)} lower-cases char by char
         * (its one rule of context, the final sigma, is for U+03A3, which is not direct), the lower-cased chars are
         * in NFC when the quick check says so (every char's check yes, or maybe for a starter that does not compose
         * with the char before it, and the combining marks in canonical order), and the word's code points are its
         * chars (no surrogate is direct); the stopword test is then a look-up of the lower-cased chars in the list's
         * {@link StopTable}.
         */
        int directTraits(String word, Set<String> stopList) {
            int n = word.length();
            if (lower.length < n) {
                lower = new char[Math.max(n, 2 * lower.length)];
            }
            char[] chars = lower;
            word.getChars(0, n, chars, 0);
            int[] table = Direct.TABLE;
            int letters = 0;
            int hash = 0;
            int lastCcc = 0;
            for (int i = 0; i < n; i++) {
                int entry = table[chars[i]];
                if (entry < 0) {
                    return -1;
                }
                char l = (char) entry;
                int ccc = entry >>> DIRECT_CCC_SHIFT & 0xFF;
                if (ccc != 0 && ccc < lastCcc
                        || (entry & DIRECT_MAYBE) != 0 && i > 0 && CasefoldChars.composes(chars[i - 1], l)) {
                    return -1;
                }
                lastCcc = ccc;
                chars[i] = l;
                hash = 31 * hash + l;
                letters |= entry;
            }
            int traits = n << 2 | ((letters & DIRECT_LETTER) != 0 ? 0 : NON_ALPHA);
            if (!stopList.isEmpty() && stopTable(stopList).contains(chars, n, hash)) {
                traits |= STOP;
            }
            return traits;
        }

        private StopTable stopTable(Set<String> stopList) {
            if (stopList != lastList) {
                lastTable = stopTables.computeIfAbsent(stopList, StopTable::new);
                lastList = stopList;
            }
            return lastTable;
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

    private static final int DIRECT_LETTER = 1 << 16;
    private static final int DIRECT_CCC_SHIFT = 17;
    private static final int DIRECT_MAYBE = 1 << 25;

    /**
     * For each BMP char: its lower case, as {@code String.toLowerCase(Locale.ROOT)} gives it for the char alone, with
     * {@link #DIRECT_LETTER} when the char is a letter, the lower case's canonical combining class at
     * {@link #DIRECT_CCC_SHIFT}, and {@link #DIRECT_MAYBE} when the lower case is a starter that may compose with a
     * char before it (NFC's quick check: maybe); -1 when the char is not direct: a surrogate, a char
     * the JDK's Unicode version has not assigned (ICU's may have: its data would not be the JDK's), U+0130 and U+03A3
     * (lower-cased in context or to two chars), a char whose lower case is not one char, or one whose lower case NFC's
     * quick check does not call normalised (no, or maybe for a combining mark). The combining classes and the quick
     * check are ICU's (the Unicode data, as {@code CasefoldChars} reads them); {@code QualityTraitsTest} checks them
     * against the JDK's normaliser, which {@link Stopwords#fold} calls. Built on first use (about 30 ms of CPU).
     */
    static final class Direct {
        static final com.ibm.icu.text.Normalizer2 NFC = com.ibm.icu.text.Normalizer2.getNFCInstance();
        static final int[] TABLE = build();

        private static int[] build() {
            int[] table = new int[0x10000];
            for (int c = 0; c < table.length; c++) {
                table[c] = entry((char) c);
            }
            return table;
        }

        static int entry(char c) {
            if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3'
                    || Character.getType(c) == Character.UNASSIGNED) {
                return -1;
            }
            String lower = String.valueOf(c).toLowerCase(java.util.Locale.ROOT);
            if (lower.length() != 1 || Character.isSurrogate(lower.charAt(0))) {
                return -1;
            }
            char l = lower.charAt(0);
            int ccc = com.ibm.icu.lang.UCharacter.getCombiningClass(l);
            com.ibm.icu.text.Normalizer.QuickCheckResult check = NFC.quickCheck(lower);
            int flags;
            if (check == com.ibm.icu.text.Normalizer.YES) {
                flags = 0;
            } else if (check == com.ibm.icu.text.Normalizer.MAYBE && ccc == 0) {
                flags = DIRECT_MAYBE;
            } else {
                return -1;
            }
            return l | (Character.isLetter(c) ? DIRECT_LETTER : 0) | ccc << DIRECT_CCC_SHIFT | flags;
        }
    }

    /**
     * A stopword list as an open-addressing table of its words' chars, looked up by the chars of a lower-cased word
     * and their {@code String.hashCode}, without a string made of them. Immutable.
     */
    static final class StopTable {
        private final char[][] words;
        private final int[] hashes;
        private final int mask;

        StopTable(Set<String> list) {
            int size = Integer.highestOneBit(Math.max(8, list.size() * 4 - 1)) << 1;
            words = new char[size][];
            hashes = new int[size];
            mask = size - 1;
            for (String word : list) {
                int hash = word.hashCode();
                int i = slot(hash);
                while (words[i] != null) {
                    i = (i + 1) & mask;
                }
                words[i] = word.toCharArray();
                hashes[i] = hash;
            }
        }

        private int slot(int hash) {
            int h = hash * 0x9E3779B9;
            return (h ^ (h >>> 16)) & mask;
        }

        /** True when the list has the word of {@code chars[0, n)}, whose {@code String.hashCode} is {@code hash}. */
        boolean contains(char[] chars, int n, int hash) {
            for (int i = slot(hash); ; i = (i + 1) & mask) {
                char[] word = words[i];
                if (word == null) {
                    return false;
                }
                if (hashes[i] == hash && java.util.Arrays.equals(word, 0, word.length, chars, 0, n)) {
                    return true;
                }
            }
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
