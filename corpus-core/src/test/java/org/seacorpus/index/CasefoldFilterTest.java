package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.LanguageSegmenter;

import com.ibm.icu.text.Normalizer2;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CasefoldFilter} against the filter it replaced, Lucene's {@code ICUNormalizer2Filter} with ICU's
 * {@code nfkc_cf}: the same terms, offsets, positions and types, term by term on random text and field by field
 * (the main field, syllables and bigrams of {@link LanguageAnalyzers}) on the development sentences of every
 * language.
 */
class CasefoldFilterTest {
    private static final Normalizer2 NFKC_CF = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);
    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers(LanguageProfiles.builtIn());
    private static final List<String> LANGS = List.of("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil", "jv",
            "su", "ceb", "tet", "en", "zh", "ta", "und");

    /** A token as the index sees it. */
    record Term(String term, int start, int end, int position, String type) {
    }

    private static List<Term> tokens(TokenStream stream) {
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            List<Term> out = new ArrayList<>();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Term(term.toString(), offset.startOffset(), offset.endOffset(), position, type.type()));
            }
            stream.end();
            out.add(new Term("<end>", offset.startOffset(), offset.endOffset(),
                    position + increment.getPositionIncrement(), ""));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whitespace-separated terms through {@code filter}. */
    private static List<Term> filtered(String text, UnaryOperator<TokenStream> filter) {
        Tokenizer words = new WhitespaceTokenizer();
        words.setReader(new StringReader(text));
        return tokens(filter.apply(words));
    }

    @Property(tries = 1500)
    void termsAreThoseOfIcusNfkcCasefoldFilter(@ForAll("texts") String text) {
        assertThat(filtered(text, CasefoldFilter::new))
                .isEqualTo(filtered(text, words -> new ICUNormalizer2Filter(words, NFKC_CF)));
    }

    @Provide
    Arbitrary<String> texts() {
        // simple chars, chars folding to several (sara am, Lao ໜ, …, ß), to nothing (ZWSP, soft hyphen), marks that
        // compose or stand out of order, surrogates, full-width and compatibility forms; long terms past the buffer
        List<String> pieces = new ArrayList<>(List.of("ข้าว", "น้ำ", "\u0E38\u0E48", "\u0E48\u0E38", "ເຂົ້າໜຽວ",
                "ຫຼ", "កសិករ", "\u17D2", "မြန်မာ", "\u1037\u103A", "\u103A\u1037", "ၶူၼ်", "Việt", "TIẾNG", "E\u0302\u0301",
                "e\u0301\u0323", "\u0323\u0301", "ß", "ẞ", "ﬁ", "İ", "Σ", "ς", "Å", "K", "Ǆ", "Ⅳ", "①", "Ｐａｄｉ", "ｶﾞ",
                "\u3099", "가", "\u1100\u1161", "中文", "漢字", "தமிழ்", "\u0BC6\u200Bா", "ொ", "\u200B", "\u00AD", "\u034F",
                "…", "½", "ﷺ", "𝐀𝐁", "😀", "\uD835", "Padi", "PADI", "12", "๑๒", "x".repeat(300), "Á".repeat(1000), " ",
                " ", "\n"));
        return Arbitraries.of(pieces).list().ofMaxSize(14).map(list -> String.join("", list));
    }

    @Test
    void emptyAndBlankTextGiveNoTerms() {
        assertThat(filtered("", CasefoldFilter::new)).containsExactly(new Term("<end>", 0, 0, -1, ""));
        assertThat(filtered("  \n", CasefoldFilter::new)).hasSize(1);
    }

    @Test
    void foldsCapitalsSaraAmAndFullWidthLetters() {
        assertThat(filtered("PADI Việt น้ำ Ｐａｄｉ STRASSE ß", CasefoldFilter::new)).extracting(Term::term)
                .containsExactly("padi", "việt", "น\u0E49\u0E4D\u0E32", "padi", "strasse", "ss", "<end>");
    }

    /**
     * Every text field's analysis (main field and the profile's sub-fields) against the same chain with ICU's
     * filter in place of this one, on every language's development sentences, as written and upper-cased.
     */
    @Test
    void everyFieldAnalysesTheDevelopmentSentencesAsWithIcusFilter() {
        int compared = 0;
        for (String lang : LANGS) {
            List<String> texts = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            for (String line : resource("/langid/dev/" + lang + ".tsv").split("\n")) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 3) {
                    continue;
                }
                texts.add(cols[2]);
                texts.add(cols[2].toUpperCase(Locale.ROOT));
                all.append(cols[2]).append('\n');
            }
            texts.add(all.toString());
            for (String field : ANALYZERS.searchFields(lang)) {
                String kind = Fields.subFieldKind(field);
                if (!kind.isEmpty() && !kind.equals("syllables") && !kind.equals("bigrams")) {
                    continue; // "folded" and "stem" never had the NFKC_Casefold filter
                }
                Analyzer reference = reference(lang, kind);
                for (String text : texts) {
                    assertThat(tokens(ANALYZERS.tokenStream(field, text)))
                            .as("%s: %s", field, text).isEqualTo(tokens(reference.tokenStream(field, text)));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    /** The chain of {@link LanguageAnalyzers} for {@code kind} as it was, with ICU's filter. */
    private static Analyzer reference(String lang, String kind) {
        LanguageSegmenter segmenter = ANALYZERS.segmenters().forLanguage(lang);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new SegmenterTokenizer(segmenter);
                TokenStream pieces = switch (kind) {
                    case "" -> words;
                    case "syllables" -> new PieceFilter(words,
                            word -> segmenter.syllableSplitter().split(word, 0, word.length()));
                    case "bigrams" -> new PieceFilter(words, new ClusterBigrams());
                    default -> throw new IllegalArgumentException(kind);
                };
                return new TokenStreamComponents(words,
                        new LengthFilter(new ICUNormalizer2Filter(pieces, NFKC_CF), 1, Integer.MAX_VALUE));
            }
        };
    }

    private static String resource(String path) {
        try (InputStream in = CasefoldFilterTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
