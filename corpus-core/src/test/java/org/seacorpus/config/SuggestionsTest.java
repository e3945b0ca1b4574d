package org.seacorpus.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import org.junit.jupiter.api.Test;

/** "Did you mean": edit distance and the choice of the closest key. */
class SuggestionsTest {
    @Test
    void typosFindTheirKeyAndNonsenseFindsNothing() {
        List<String> keys = List.of("text_field", "id_field", "tags", "metadata", "exclude", "include");
        assertThat(Suggestions.closest("text_feild", keys)).contains("text_field");
        assertThat(Suggestions.closest("tag", keys)).contains("tags");
        assertThat(Suggestions.closest("excludes", keys)).contains("exclude");
        assertThat(Suggestions.closest("colour", keys)).isEmpty();
        assertThat(Suggestions.closest("", List.of())).isEmpty();
        assertThat(Suggestions.distance("", "")).isZero();
    }

    @Property
    void distanceIsAMetric(@ForAll @StringLength(max = 12) String a, @ForAll @StringLength(max = 12) String b,
                           @ForAll @StringLength(max = 12) String c) {
        assertThat(Suggestions.distance(a, a)).isZero();
        assertThat(Suggestions.distance(a, b)).isEqualTo(Suggestions.distance(b, a));
        assertThat(Suggestions.distance(a, c)).isLessThanOrEqualTo(Suggestions.distance(a, b) + Suggestions.distance(b, c));
        assertThat(Suggestions.distance(a, b)).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    }
}
