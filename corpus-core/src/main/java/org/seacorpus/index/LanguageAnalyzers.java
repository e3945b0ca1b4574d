package org.seacorpus.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.LanguageSegmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.SyllableSplitter;


/**
 * The analyzers of the {@code text_<lang>} fields and their sub-fields. The main field holds the language
 * segmenter's words (a {@link SegmenterTokenizer}: the same words the analyse stage counts), case-folded with
 * NFKC_Casefold after word breaking (before it, NFKC would split Thai sara am); diacritics are kept, so
 * Vietnamese is only lower-cased. Sub-fields named by the profile ({@link Fields#subField}):
 * <ul>
 *   <li>{@code syllables}: each word cut into syllables (Khmer, Burmese, Vietnamese), so part of a compound is
 *       found by a phrase of its syllables;</li>
 *   <li>{@code bigrams}: each word cut into pairs of grapheme clusters (Thai, Lao, Chinese), the same idea where
 *       syllables are not marked in writing;</li>
 *   <li>{@code folded}: syllables with diacritics removed (UTR #30 folding), so {@code hoc sinh} finds học sinh;</li>
 *   <li>{@code stem}: the stemmer the language's module gives ({@link LanguageModule#stemmer}; Indonesian and
 *       Malay: Lucene's Indonesian stemmer, inflectional suffixes only).</li>
 * </ul>
 * Every other field is a keyword. Thread-safe; analyzers are built on first use.
 */
public final class LanguageAnalyzers extends DelegatingAnalyzerWrapper {
    private final Map<String, Analyzer> byField = new ConcurrentHashMap<>();
    private final Analyzer keyword = new KeywordAnalyzer();
    private final LanguageProfiles profiles;
    private final Segmenters segmenters;

    public LanguageAnalyzers(LanguageProfiles profiles, Segmenters segmenters) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.profiles = profiles;
        this.segmenters = segmenters;
    }

    public LanguageAnalyzers(LanguageProfiles profiles) {
        this(profiles, new Segmenters(profiles));
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        if (Fields.isTextField(fieldName)) {
            return byField.computeIfAbsent(fieldName, this::create);
        }
        return keyword;
    }

    /** The segmenters the text fields are cut with. */
    public Segmenters segmenters() {
        return segmenters;
    }

    public LanguageProfiles profiles() {
        return profiles;
    }

    /** The analyzer of a language's main text field. */
    public Analyzer forLanguage(String lang) {
        return getWrappedAnalyzer(Fields.textField(profiles.get(lang).code()));
    }

    /** The fields a search in {@code lang} looks in: the main field, then the profile's sub-fields. */
    public List<String> searchFields(String lang) {
        List<String> out = new ArrayList<>();
        out.add(Fields.textField(lang));
        for (String kind : profiles.get(lang).segmentation().subfields()) {
            out.add(Fields.subField(lang, kind));
        }
        return out;
    }

    private Analyzer create(String field) {
        String lang = Fields.languageOfTextField(field);
        LanguageSegmenter segmenter = segmenters.forLanguage(lang);
        String kind = Fields.subFieldKind(field);
        UnaryOperator<TokenStream> stemmer = "stem".equals(kind) ? stemmerOf(lang) : null;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new SegmenterTokenizer(segmenter);
                // folding can leave nothing of a lone mark (Thai phinthu): such empty terms are dropped
                TokenStream chained = chain(kind, words, segmenter.syllableSplitter(), stemmer);
                return new TokenStreamComponents(words, new LengthFilter(chained, 1, Integer.MAX_VALUE));
            }
        };
    }

    /**
     * The analysis of {@code field} over the tokens a source gave instead of the segmenter's words: the same
     * chain (case folding, syllables, bigrams, …) after a {@link GivenTokenizer}. A new stream each call (for one
     * document), already holding {@code text}.
     */
    public TokenStream givenTokens(String field, String text, org.seacorpus.document.TokenSpans tokens) {
        String lang = Fields.languageOfTextField(field);
        LanguageSegmenter segmenter = segmenters.forLanguage(lang);
        String kind = Fields.subFieldKind(field);
        UnaryOperator<TokenStream> stemmer = "stem".equals(kind) ? stemmerOf(lang) : null;
        Tokenizer words = new GivenTokenizer(tokens);
        words.setReader(new java.io.StringReader(text));
        return new LengthFilter(chain(kind, words, segmenter.syllableSplitter(), stemmer), 1, Integer.MAX_VALUE);
    }

    private UnaryOperator<TokenStream> stemmerOf(String lang) {
        String code = profiles.get(lang).code();
        return profiles.modules().ofLanguage(code).flatMap(module -> module.stemmer(code))
                .orElseThrow(() -> new IllegalArgumentException("no language module gives '" + code
                        + "' a stemmer for the 'stem' field"));
    }

    private static TokenStream chain(String kind, Tokenizer words, SyllableSplitter syllables,
                                     UnaryOperator<TokenStream> stemmer) {
        // NFKC_Casefold by table where the term allows it (CasefoldFilter): the terms of ICUNormalizer2Filter(nfkc_cf)
        return switch (kind) {
            case "" -> new CasefoldFilter(words);
            case "syllables" -> new CasefoldFilter(new PieceFilter(words,
                    word -> syllables.split(word, 0, word.length())));
            case "bigrams" -> new CasefoldFilter(new PieceFilter(words, new ClusterBigrams()));
            case "folded" -> new ICUFoldingFilter(new PieceFilter(words,
                    word -> syllables.split(word, 0, word.length())));
            case "stem" -> stemmer.apply(words);
            default -> throw new IllegalArgumentException("unknown sub-field kind '" + kind + "'");
        };
    }
}
