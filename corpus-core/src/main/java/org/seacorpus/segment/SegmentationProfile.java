package org.seacorpus.segment;

import java.util.List;

/**
 * How a language is cut into words and sentences, and which extra search fields it gets: the
 * {@code segmentation:} block of a language profile. Every key is optional; the defaults suit a spaced
 * alphabetic language.
 *
 * @param mode                   {@code words} (default) or {@code syllables}: what the segmenter emits as tokens
 * @param syllables              how a word falls into syllables: the name of a {@link SyllableSplitter}, either
 *                               {@code spaced} (syllables are the spaced units ICU finds, as in Vietnamese),
 *                               {@code none}, or one a language package provides ({@code khmer},
 *                               {@code myanmar}); the language layer checks that the name exists
 * @param wordList               a built-in word list resource under {@code org/seacorpus/lang/}, e.g.
 *                               {@code vi/words.txt}, in the user dictionary format; or null
 * @param joinHyphens            keep {@code anak-anak} and {@code nag-aaral} as one word
 * @param joinNames              join runs of capitalised syllables into one name ({@code Nguyễn Văn An}): a
 *                               built-in list of words that never start a name (titles such as Ông), or null
 * @param sentences              {@code icu} (default) or {@code spaces}: a space between two letters of the
 *                               language's script also ends a sentence (Thai and Lao write no full stop)
 * @param sentenceContinuations  words after such a space that continue the sentence instead (e.g. Thai และ)
 * @param notSentenceEnd         characters ICU treats as sentence terminals that are commas in this language
 *                               (Burmese ၊)
 * @param subfields              extra analysed fields for search: {@code syllables}, {@code bigrams},
 *                               {@code folded}, {@code stem}
 * @param lexicon                a built-in {@link Lexicon} resource under {@code org/seacorpus/lang/} (e.g.
 *                               {@code th/lexicon.tsv}): runs of the language's script are cut by it
 *                               ({@link LexiconWords}) instead of by ICU's dictionary; or null
 * @param clusters               the splitter whose units a word is made of, for the lexicon (a name as in
 *                               {@code syllables}: {@code thai-clusters}, {@code khmer-clusters}, {@code myanmar});
 *                               null: the {@code syllables} splitter
 */
public record SegmentationProfile(String mode, String syllables, String wordList, boolean joinHyphens,
                                  String joinNames, String sentences, List<String> sentenceContinuations,
                                  String notSentenceEnd, List<String> subfields, String lexicon,
                                  String clusters) {
    public static final SegmentationProfile DEFAULT =
            new SegmentationProfile(null, null, null, false, null, null, null, null, null, null, null);

    public SegmentationProfile {
        mode = mode == null ? "words" : mode;
        syllables = syllables == null ? SyllableSplitter.NONE_NAME : syllables;
        sentences = sentences == null ? "icu" : sentences;
        sentenceContinuations = sentenceContinuations == null ? List.of() : List.copyOf(sentenceContinuations);
        notSentenceEnd = notSentenceEnd == null ? "" : notSentenceEnd;
        subfields = subfields == null ? List.of() : List.copyOf(subfields);
        check("mode", mode, List.of("words", "syllables"));
        check("sentences", sentences, List.of("icu", "spaces"));
        for (String subfield : subfields) {
            check("subfields", subfield, List.of("syllables", "bigrams", "folded", "stem"));
        }
    }

    /** The same profile with another mode (a corpus setting or a command-line option may ask for syllables). */
    public SegmentationProfile withMode(String newMode) {
        return new SegmentationProfile(newMode, syllables, wordList, joinHyphens, joinNames, sentences,
                sentenceContinuations, notSentenceEnd, subfields, lexicon, clusters);
    }

    /** The same profile without a lexicon: ICU's dictionary words refined by the lists (the segmentation before lexicons). */
    public SegmentationProfile withoutLexicon() {
        return new SegmentationProfile(mode, syllables, wordList, joinHyphens, joinNames, sentences,
                sentenceContinuations, notSentenceEnd, subfields, null, null);
    }

    private static void check(String key, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("segmentation." + key + " is '" + value + "'; use one of " + allowed);
        }
    }
}
