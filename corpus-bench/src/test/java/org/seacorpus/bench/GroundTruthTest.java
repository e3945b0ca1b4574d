package org.seacorpus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.dedupe.ShingleScheme;
import org.seacorpus.dedupe.Shingler;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.lang.ScriptAwareNormalizer;
import org.seacorpus.segment.Segmenters;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine;

/** The truth says which planted pairs are near-duplicates at a threshold, from their exact similarity. */
class GroundTruthTest {
    private static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private GroundTruth truth(String... rows) throws IOException {
        Path file = dir.resolve("truth.jsonl");
        Files.write(file, List.of(rows), StandardCharsets.UTF_8);
        return GroundTruth.read(file);
    }

    @Test
    void groupsJoinPlantedPairsAtOrAboveTheThresholdTransitively() throws IOException {
        GroundTruth t = truth(
                "{\"id\":\"g00000000\",\"family\":\"f0\",\"kind\":\"base\",\"lang\":\"th\",\"script\":\"Thai\","
                        + "\"base\":\"g00000000\",\"jaccard\":1.0}",
                "{\"id\":\"g00000001\",\"family\":\"f0\",\"kind\":\"drop\",\"lang\":\"th\",\"script\":\"Thai\","
                        + "\"base\":\"g00000000\",\"jaccard\":0.81,\"jaccard_to\":{\"g00000000\":0.81}}",
                "{\"id\":\"g00000002\",\"family\":\"f0\",\"kind\":\"two-edits\",\"lang\":\"th\",\"script\":\"Thai\","
                        + "\"base\":\"g00000000\",\"jaccard\":0.6,\"jaccard_to\":{\"g00000000\":0.6,"
                        + "\"g00000001\":0.65}}",
                "{\"id\":\"g00000003\",\"family\":\"f0-negative\",\"kind\":\"hard-negative\",\"lang\":\"th\","
                        + "\"script\":\"Thai\",\"base\":\"g00000000\",\"jaccard\":0.2,\"jaccard_to\":"
                        + "{\"g00000000\":0.2,\"g00000001\":0.21,\"g00000002\":0.18}}");
        assertThat(t.hasPairs()).isTrue();
        assertThat(t.jaccard[2]).isEqualTo(0.6);
        // 0.65 joins the two-edits copy through the drop copy (J = 0.65 exactly counts), not the negative
        assertThat(t.components(0.65)).containsExactly(0, 0, 0, 3);
        assertThat(t.components(0.7)).containsExactly(0, 0, 2, 3);
        assertThat(t.components(0.9)).containsExactly(0, 1, 2, 3);
        assertThat(t.components(0.2)).containsExactly(0, 0, 0, 0);
    }

    @Test
    void falsePairsAreThoseJoinedBelowTheThreshold() throws IOException {
        GroundTruth t = truth(
                "{\"id\":\"g00000000\",\"family\":\"f0\",\"kind\":\"base\",\"lang\":\"km\","
                        + "\"script\":\"Khmr\",\"base\":\"g00000000\",\"jaccard\":1.0}",
                "{\"id\":\"g00000001\",\"family\":\"f0\",\"kind\":\"replace\",\"lang\":\"km\","
                        + "\"script\":\"Khmr\",\"base\":\"g00000000\",\"jaccard\":0.627,"
                        + "\"jaccard_to\":{\"g00000000\":0.627119}}",
                "{\"id\":\"g00000002\",\"family\":\"f0\",\"kind\":\"drop\",\"lang\":\"km\","
                        + "\"script\":\"Khmr\",\"base\":\"g00000000\",\"jaccard\":0.8,"
                        + "\"jaccard_to\":{\"g00000000\":0.8,\"g00000001\":0.5}}");
        int[] groups = t.components(0.65);
        var pairs = FalsePairs.examples(t, groups, new int[] {4, 4, 4}, new boolean[3], 10);
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0)).containsEntry("a", "g00000000 base").containsEntry("b", "g00000001 replace")
                .containsEntry("jaccard", 0.627119).containsEntry("same_family", true);
        assertThat(pairs.get(1)).containsEntry("jaccard", 0.5);
        assertThat(FalsePairs.examples(t, groups, new int[] {4, -1, 4}, new boolean[3], 10)).isEmpty();
        assertThat(FalsePairs.examples(t, groups, new int[] {4, 4, 4}, new boolean[3], 1)).hasSize(1);
    }

    @Test
    void aTruthWithoutPairsOrWithoutRowsHasNoGroups() throws IOException {
        GroundTruth t = truth("{\"id\":\"g00000000\",\"family\":\"f0\",\"kind\":\"base\",\"lang\":\"lo\","
                + "\"script\":\"Laoo\",\"base\":\"g00000000\"}");
        assertThat(t.hasPairs()).isFalse();
        assertThat(t.jaccard[0]).isNaN();
        assertThat(t.components(0.5)).containsExactly(0);
        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "");
        assertThat(GroundTruth.read(empty).components(0.5)).isEmpty();
    }

    @Test
    void generateRecordsTheExactSimilarityOfEveryPlantedPair() throws IOException {
        Path out = dir.resolve("gen");
        int code = new CommandLine(new GenerateCommand()).setOut(new java.io.PrintWriter(new java.io.StringWriter()))
                .execute("--sample-data", SAMPLE_DATA.toString(), "--docs", "400", "--seed", "5", "--jaccard",
                        "--out", out.toString());
        assertThat(code).isZero();
        Map<String, JsonNode> docs = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("docs-00000.jsonl"))) {
            JsonNode d = BenchCommand.JSON.readTree(line);
            docs.put(d.get("id").asText(), d);
        }
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        Segmenters segmenters = new Segmenters(profiles);
        var normalizer = ScriptAwareNormalizer.create(profiles, NormalizerOptions.defaults());
        Shingler shingler = new Shingler(ShingleScheme.WORDS_5);
        int pairs = 0;
        for (String line : Files.readAllLines(out.resolve("truth.jsonl"))) {
            JsonNode row = BenchCommand.JSON.readTree(line);
            JsonNode to = row.get("jaccard_to");
            assertThat(to == null).isEqualTo(row.get("kind").asText().equals("base"));
            if (to == null) {
                continue;
            }
            assertThat(to.has(row.get("base").asText())).isTrue();
            String lang = row.get("lang").asText();
            long[] own = shingler.shingles(normalizer.normalize(docs.get(row.get("id").asText()).get("text")
                    .asText()).text(), segmenters.forLanguage(lang));
            for (var e = to.fields(); e.hasNext(); pairs++) {
                var pair = e.next();
                assertThat(docs.get(pair.getKey()).get("lang").asText()).isEqualTo(lang);
                long[] other = shingler.shingles(normalizer.normalize(docs.get(pair.getKey()).get("text").asText())
                        .text(), segmenters.forLanguage(lang));
                assertThat(pair.getValue().asDouble()).isCloseTo(Shingler.jaccard(other, own),
                        org.assertj.core.data.Offset.offset(1e-6));
            }
        }
        assertThat(pairs).isGreaterThan(100);
        GroundTruth truth = GroundTruth.read(out.resolve("truth.jsonl"));
        int[] strict = truth.components(0.99);
        int[] loose = truth.components(0.3);
        for (int i = 0; i < truth.size(); i++) { // a lower threshold only merges groups
            assertThat(loose[strict[i]]).isEqualTo(loose[i]);
        }
    }
}
