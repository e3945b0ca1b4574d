package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.util.ULocale;

/**
 * The words of {@link LanguageSegmenter} as they were cut at e53ed14 (session 11's start): every step from its
 * reference copy in the test tree ({@link ReferenceTokenJoins}, {@link ReferenceDictionaryRefiner},
 * {@link ReferenceLexiconWords}), a new list per step, nothing cached. The steps the session left alone (URLs and
 * e-mail addresses, ICU's breaks, the word lists and lexicons themselves, syllables) are the shipped ones.
 */
final class ReferenceSegmenter {
    private final IcuSegmenter icu;
    private final SegmentationProfile profile;
    private final SyllableSplitter syllables;
    private final ReferenceDictionaryRefiner dictionary;
    private final WordList nameTitles;
    private final ReferenceLexiconWords lexicon;

    ReferenceSegmenter(SegmentationSpec spec, WordList userWords, boolean syllableMode) {
        SegmentationProfile segmentation = syllableMode ? spec.profile().withMode("syllables") : spec.profile();
        ULocale locale = "und".equals(spec.code()) ? ULocale.ROOT : new ULocale(spec.code());
        this.icu = new IcuSegmenter(locale);
        this.profile = segmentation;
        this.syllables = spec.syllables();
        WordList builtIn = segmentation.wordList() == null ? WordList.EMPTY : WordList.resource(segmentation.wordList());
        WordList listed = builtIn.with(userWords);
        this.dictionary = new ReferenceDictionaryRefiner(listed, !spec.unspaced());
        this.lexicon = segmentation.lexicon() == null ? null : new ReferenceLexiconWords(
                Lexicon.resource(segmentation.lexicon()),
                listed.words().isEmpty() ? null : Lexicon.uniform(listed.words(), ReferenceLexiconWords.LISTED),
                spec.clusters(), spec.usualScript());
        this.nameTitles = segmentation.joinNames() == null ? null : WordList.resource(segmentation.joinNames());
    }

    List<Token> words(String text) {
        List<Token> pieces = ReferenceTokenJoins.digitsFromLetters(text, pieces(text));
        if ("syllables".equals(profile.mode())) {
            List<Token> out = new ArrayList<>();
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
        List<Token> out = ReferenceTokenJoins.numbers(text, pieces);
        if (profile.joinHyphens()) {
            out = ReferenceTokenJoins.hyphens(text, out);
        }
        out = dictionary.apply(text, out);
        return nameTitles == null ? out : ReferenceTokenJoins.names(text, out, nameTitles);
    }

    private List<Token> pieces(String text) {
        List<Token> out = new ArrayList<>();
        int pos = 0;
        for (Token w : WholeTokens.find(text)) {
            between(text, pos, w.start(), out);
            out.add(w);
            pos = w.end();
        }
        between(text, pos, text.length(), out);
        return out;
    }

    private void between(String text, int from, int to, List<Token> out) {
        if (lexicon != null && !"syllables".equals(profile.mode())) {
            lexicon.words(text, from, to, icu, out);
        } else {
            icu.words(text, from, to, out);
        }
    }
}
