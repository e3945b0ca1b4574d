package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.util.ULocale;

/**
 * The segmenter of one language, assembled from its {@link SegmentationSpec}. Words: URLs and e-mail addresses are found first
 * and kept whole; ICU's word breaks (with its dictionaries for Thai, Lao, Khmer, Burmese and Chinese) cut the rest,
 * and a zero-width space always ends a word there; digits are cut from the letters of the scripts written without
 * spaces that the language modules declare (Thai, Lao, Khmer and Burmese); then
 * numbers joined by {@code :} or {@code /}, hyphenated words (if the profile says so), the word lists (the
 * language's built-in list, then the user's dictionary on top) and runs of capitalised syllables (Vietnamese
 * names) join or split pieces. In syllable mode the pieces are cut into syllables instead and no list applies.
 * Sentences: see {@link SentenceSplitter}. Source of the steps: docs/segmentation.md.
 *
 * <p>Immutable and thread-safe.
 */
public final class LanguageSegmenter implements Segmenter {
    private final IcuSegmenter icu;
    private final SegmentationProfile profile;
    private final SyllableSplitter syllables;
    private final DictionaryRefiner dictionary;
    private final SentenceSplitter sentences;
    private final WordList nameTitles;
    private final LexiconWords lexicon;
    private final UnspacedScripts unspaced;

    /**
     * @param spec         the language
     * @param userWords    the user's dictionary for it ({@link WordList#EMPTY} for none)
     * @param syllableMode emit syllables instead of words (Burmese syllable mode)
     */
    public LanguageSegmenter(SegmentationSpec spec, WordList userWords, boolean syllableMode) {
        SegmentationProfile segmentation = syllableMode ? spec.profile().withMode("syllables") : spec.profile();
        ULocale locale = "und".equals(spec.code()) ? ULocale.ROOT : new ULocale(spec.code());
        this.icu = new IcuSegmenter(locale);
        this.profile = segmentation;
        this.syllables = spec.syllables();
        WordList builtIn = segmentation.wordList() == null ? WordList.EMPTY : WordList.resource(segmentation.wordList());
        WordList listed = builtIn.with(userWords);
        this.dictionary = new DictionaryRefiner(listed, !spec.unspaced());
        this.lexicon = segmentation.lexicon() == null ? null : new LexiconWords(
                Lexicon.resource(segmentation.lexicon()),
                listed.words().isEmpty() ? null : Lexicon.uniform(listed.words(), LexiconWords.LISTED),
                spec.clusters(), spec.usualScript());
        this.nameTitles = segmentation.joinNames() == null ? null : WordList.resource(segmentation.joinNames());
        this.sentences = new SentenceSplitter(locale, segmentation, spec.usualScript());
        this.unspaced = spec.unspacedScripts();
    }

    public LanguageSegmenter(SegmentationSpec spec) {
        this(spec, WordList.EMPTY, false);
    }

    /** True when this segmenter emits syllables rather than words. */
    public boolean syllableMode() {
        return "syllables".equals(profile.mode());
    }

    /** How this language's words fall into syllables (for syllable search fields). */
    public SyllableSplitter syllableSplitter() {
        return syllables;
    }

    @Override
    public List<Token> words(String text) {
        Cached cached = lastWords.get();
        if (cached != null && cached.text().length() == text.length() && cached.text().equals(text)) {
            return cached.words();
        }
        List<Token> words = List.copyOf(segment(text));
        lastWords.set(new Cached(text, words));
        return words;
    }

    /**
     * The last text each thread segmented: the analyse stage, the sentence splitter and each indexed field ask
     * for the words of the same document one after another, and get them cut once (DESIGN §3, segment once).
     */
    private record Cached(String text, List<Token> words) {
    }

    private final ThreadLocal<Cached> lastWords = new ThreadLocal<>();

    private List<Token> segment(String text) {
        List<Token> pieces = TokenJoins.digitsFromLetters(text, pieces(text), unspaced);
        if (syllableMode()) {
            return syllables(text, pieces);
        }
        List<Token> out = dictionary.apply(text, TokenJoins.numbersAndHyphens(text, pieces, profile.joinHyphens()));
        return nameTitles == null ? out : TokenJoins.names(text, out, nameTitles);
    }

    @Override
    public List<int[]> sentences(String text) {
        return sentences.sentences(text, words(text));
    }

    /** URLs and e-mail addresses whole; between them the lexicon's words (if any) and ICU's. */
    private List<Token> pieces(String text) {
        List<Token> whole = WholeTokens.find(text);
        List<Token> out = new ArrayList<>();
        int pos = 0;
        for (Token w : whole) {
            between(text, pos, w.start(), out);
            out.add(w);
            pos = w.end();
        }
        between(text, pos, text.length(), out);
        return out;
    }

    private void between(String text, int from, int to, List<Token> out) {
        if (lexicon == null) {
            icu.words(text, from, to, out);
        } else if (!syllableMode()) {
            lexicon.words(text, from, to, icu, out);
        } else {
            icu.words(text, from, to, out);
        }
    }

    private List<Token> syllables(String text, List<Token> pieces) {
        List<Token> out = new ArrayList<>(pieces.size() * 2);
        for (Token piece : pieces) {
            if (piece.kind() != Token.Kind.WORD) {
                out.add(piece);
                continue;
            }
            for (int[] s : syllables.split(text, piece.start(), piece.end())) {
                out.add(piece.span(text, s[0], s[1], Token.Kind.WORD));
            }
        }
        return out;
    }
}
