package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.testing.LinguistFixture;

/** Filter expressions: keywords, alternatives, wildcards, exclusions, date and number ranges, and their errors. */
class FilterParserTest {
    static Corpus corpus;

    @BeforeAll
    static void build() throws Exception {
        corpus = LinguistFixture.shared();
    }

    private static long documents(String... filters) {
        return corpus.analysis().stats(Selection.of(null, null, List.of(filters))).total().documents();
    }

    @Test
    void keywordsAlternativesWildcardsAndExclusions() {
        assertThat(documents()).isEqualTo(11);
        assertThat(documents("lang:th")).isEqualTo(3);
        assertThat(documents("lang:th|km")).isEqualTo(5);
        assertThat(documents("-lang:th")).isEqualTo(8);
        assertThat(documents("-lang:th -lang:km")).isEqualTo(6);
        assertThat(documents("source:*/doc1.txt")).isEqualTo(5); // th, my, km, lo, vi
        assertThat(documents("source:*/doc?.txt lang:th")).isEqualTo(3);
        assertThat(documents("lang:th", "source:*/doc2.txt")).isEqualTo(1); // two filters: both must hold
        assertThat(documents("script:Mymr")).isEqualTo(2);
        assertThat(documents("tags:none-yet")).isZero();
        assertThat(documents("meta.author:\"Somchai K\"")).isZero();
    }

    @Test
    void datesAndNumbers() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // a single date is that whole day (the fixture may have been built just before midnight)
        assertThat(documents("imported_at:" + today) + documents("imported_at:" + today.minusDays(1)))
                .isEqualTo(11);
        assertThat(documents("imported_at:2000-01-01..")).isEqualTo(11);
        assertThat(documents("imported_at:..2000-01-01")).isZero();
        assertThat(documents("imported_at:2000-01-01T00:00:00Z..2000-12-31")).isZero();
        assertThat(documents("words:1..")).isEqualTo(11);
        assertThat(documents("words:100000..")).isZero();
        assertThat(documents("words:..7 lang:id")).isEqualTo(1); // docB has 6 words
        assertThat(documents("lang_score:0..1")).isEqualTo(11);
    }

    @Test
    void mistakesAreReportedWithWhatToWrite() {
        assertThatThrownBy(() -> FilterParser.parse("language:th")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("cannot filter on 'language'").hasMessageContaining("lang");
        assertThatThrownBy(() -> FilterParser.parse("lang")).hasMessageContaining("is not field:value");
        assertThatThrownBy(() -> FilterParser.parse("")).hasMessageContaining("empty filter");
        assertThatThrownBy(() -> FilterParser.parse("   ")).hasMessageContaining("empty filter");
        assertThatThrownBy(() -> FilterParser.parse("imported_at:last-week"))
                .hasMessageContaining("is not a date");
        assertThatThrownBy(() -> FilterParser.parse("words:many")).hasMessageContaining("is not a whole number");
        assertThatThrownBy(() -> FilterParser.parse("meta.author:\"Somchai")).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> FilterParser.parse("lang:th|")).hasMessageContaining("empty value");
    }

    @Test
    void quotedValuesKeepTheirSpaces() {
        assertThat(FilterParser.split("meta.author:\"Somchai K\" -tags:web")).containsExactly(
                "meta.author:\"Somchai K\"", "-tags:web");
        assertThat(FilterParser.parse("meta.author:\"Somchai K\"").toString()).contains("meta.author:Somchai K");
    }
}
