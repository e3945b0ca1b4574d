package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.seacorpus.document.LangSpan;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The streaming writer of the stored JSON values gives exactly what data binding gives, and reads back. */
class StoredJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aThaiDocumentWithAnEnglishQuoteAsDataBindingWritesIt() throws Exception {
        List<LangSpan> spans = List.of(new LangSpan(0, 120, "th", "Thai", 0.9871),
                new LangSpan(120, 164, "en", "Latn", 0.75),
                new LangSpan(164, 170, "th", "Thai", 0.9871, true));
        String written = StoredJson.spans(spans);
        assertThat(written).isEqualTo(JSON.writeValueAsString(spans));
        assertThat(written).contains("\"inherited\":true").containsOnlyOnce("inherited");
        assertThat(JSON.readValue(written, new TypeReference<List<LangSpan>>() { })).isEqualTo(spans);
    }

    @Test
    void ruleCountsAndTheEmptyCases() throws Exception {
        Map<String, Integer> rules = new TreeMap<>(Map.of("my.zawgyi", 3, "nfc", 1, "th.sara-am", 12));
        assertThat(StoredJson.rules(rules)).isEqualTo(JSON.writeValueAsString(rules))
                .isEqualTo("{\"my.zawgyi\":3,\"nfc\":1,\"th.sara-am\":12}");
        assertThat(StoredJson.rules(Map.of())).isEqualTo(JSON.writeValueAsString(Map.of()));
        assertThat(StoredJson.spans(List.of())).isEqualTo(JSON.writeValueAsString(List.of()));
        assertThat(StoredJson.spans(null)).isEqualTo(JSON.writeValueAsString(null));
    }

    @Property(tries = 1000)
    void spansAreWrittenAsDataBindingWritesThem(@ForAll("spans") List<LangSpan> spans) throws Exception {
        String written = StoredJson.spans(spans);
        assertThat(written).isEqualTo(JSON.writeValueAsString(spans));
        if (spans.stream().allMatch(span -> Double.isFinite(span.score()))) {
            // Jackson parses it to the tree of the spans (a NaN score is written as a string, so not for those)
            assertThat(JSON.readTree(written)).isEqualTo(JSON.valueToTree(spans));
        }
    }

    @Property(tries = 300)
    void rulesAreWrittenAsDataBindingWritesThem(@ForAll("rules") Map<String, Integer> rules) throws Exception {
        assertThat(StoredJson.rules(rules)).isEqualTo(JSON.writeValueAsString(rules));
    }

    @Provide
    Arbitrary<List<LangSpan>> spans() {
        Arbitrary<String> lang = Arbitraries.of("th", "lo", "km", "my", "shn", "vi", "id", "ms", "und", "zh", "ta",
                "en\"quoted", "ข\u0000x", "back\\slash", "tab\t", "ຫຼ");
        Arbitrary<Double> score = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1),
                Arbitraries.of(0.0, -0.0, 1.0, 1e-9, 1e-3, 1e7, 1e21, 0.1 + 0.2, Double.MIN_VALUE, Double.NaN,
                        Double.POSITIVE_INFINITY));
        Arbitrary<LangSpan> span = Combinators.combine(Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 5_000), lang, Arbitraries.of("Thai", "Latn", "Mymr", "Zyyy"),
                score, Arbitraries.of(true, false))
                .as((start, length, l, script, s, inherited) -> new LangSpan(start, start + length, l, script, s,
                        inherited));
        return span.list().ofMaxSize(6).map(ArrayList::new);
    }

    @Provide
    Arbitrary<Map<String, Integer>> rules() {
        return Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'z').withChars('.', '-', 'ก', '\t', '"')
                        .ofMinLength(1).ofMaxLength(12), Arbitraries.integers().between(0, 1_000_000))
                .ofMaxSize(8).map(TreeMap::new);
    }
}
