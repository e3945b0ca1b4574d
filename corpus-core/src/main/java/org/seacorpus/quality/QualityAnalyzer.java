package org.seacorpus.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.QualityProfile;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

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
        String lang = language.lang();
        Segmenter segmenter = segmenters.forLanguage(lang);
        List<Token> words = segmenter.words(text);
        long chars = text.codePointCount(0, text.length());
        int[] ids = new int[words.size()];
        int[] lengths = new int[words.size()];
        int[] starts = new int[words.size()];
        Map<String, Integer> idOf = new HashMap<>(Math.max(16, words.size() * 4 / 3 + 1));
        // what depends on the word alone is worked out once per distinct word
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
            Integer id = idOf.get(word);
            if (id == null) {
                id = idOf.size();
                idOf.put(word, id);
                lengthOf[id] = word.codePointCount(0, word.length());
                nonAlphaOf[id] = !hasLetter(word);
                stopOf[id] = !stopList.isEmpty() && stopList.contains(Stopwords.fold(word));
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

        double[] v = new double[Signal.values().length];
        int n = words.size();
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
        v[Signal.LANG_SCORE.ordinal()] = language.score();
        return new QualitySignals(VERSION, v);
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
