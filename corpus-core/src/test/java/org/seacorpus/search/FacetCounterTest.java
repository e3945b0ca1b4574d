package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.testing.LinguistFixture;

/** Documents found, counted by language, source, tags and metadata. */
class FacetCounterTest {
    static Corpus corpus;

    @BeforeAll
    static void build() throws Exception {
        corpus = LinguistFixture.shared();
    }

    @Test
    void hitsAreCountedByLanguageAndSource() {
        SearchRequest rice = new SearchRequest("ข้าว OR ဆန် OR អង្ករ OR padi", null, List.of(), 10);
        Map<String, FacetCounter.Facet> facets = corpus.analysis().facets(rice, List.of("lang", "source", "tags"), 2);
        assertThat(facets.get("lang").values()).containsExactly(new FacetCounter.FacetValue("th", 3),
                new FacetCounter.FacetValue("id", 2));
        assertThat(facets.get("lang").others()).isEqualTo(2); // km and my left out by top 2
        assertThat(facets.get("lang").missing()).isZero();
        assertThat(facets.get("source").values()).hasSize(2).allSatisfy(v -> assertThat(v.count()).isEqualTo(1));
        assertThat(facets.get("tags").values()).isEmpty();
        assertThat(facets.get("tags").missing()).isEqualTo(7);
    }

    @Test
    void filtersAndMetadataFieldsWork() {
        SearchRequest thai = new SearchRequest("ชาวนา", "th", List.of("source:*doc1.txt|*doc3.txt"), 10);
        Map<String, FacetCounter.Facet> facets = corpus.analysis().facets(thai, List.of("lang", "meta.genre"), 10);
        assertThat(facets.get("lang").values()).containsExactly(new FacetCounter.FacetValue("th", 2));
        assertThat(facets.get("meta.genre").missing()).isEqualTo(2);
    }

    @Test
    void nothingFoundCountsNothingAndUnknownFieldsAreRefused() {
        Map<String, FacetCounter.Facet> none = corpus.analysis().facets(
                new SearchRequest("มังคุด", "th", List.of(), 10), List.of("lang"), 5);
        assertThat(none.get("lang").values()).isEmpty();
        assertThat(none.get("lang").missing()).isZero();
        assertThatThrownBy(() -> corpus.analysis().facets(new SearchRequest("padi", null, List.of(), 1),
                List.of("text"), 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meta.NAME");
    }
}
