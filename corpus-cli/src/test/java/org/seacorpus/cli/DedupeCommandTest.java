package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code corpus dedupe} and {@code corpus restore --duplicates} end to end on the hard cases of the sample data. */
class DedupeCommandTest {
    private static final Path HARD_CASES = SampleDataEndToEndTest.SAMPLE_DATA.resolve("hard-cases");

    @TempDir
    Path tmp;

    private String corpusWithHardCases() {
        String corpus = tmp.resolve("c").toString();
        assertThat(CliRunner.run("init", corpus).exitCode()).isZero();
        CliRunner.Result imported = CliRunner.run("-C", corpus, "--json", "import", HARD_CASES.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        return corpus;
    }

    private static List<String> sources(JsonNode hits) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> {
            String source = h.get("source").asText(); // a portable name: folder/…/file
            out.add(source.substring(source.lastIndexOf('/') + 1));
        });
        return out;
    }

    @Test
    void findsTheExactAndNearPairsAndTheBoilerplateOfTheHardCases() {
        String corpus = corpusWithHardCases();
        CliRunner.Result run = CliRunner.run("-C", corpus, "--json", "dedupe");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = run.json();
        assertThat(report.get("mode").asText()).isEqualTo("full");
        // dup-exact-a/b (Lao), dup-near-a/b (Khmer), and three files that normalise to exactly their twins:
        // thai-windows-874.txt (decoded), thai-misordered-marks.txt (Thai marks repaired) and burmese-zawgyi.txt
        // (converted to Unicode)
        assertThat(report.get("duplicates").asLong()).isEqualTo(5);
        assertThat(report.get("clusters").asLong()).isEqualTo(5);
        assertThat(report.at("/by_language/lo/exact").asLong()).isEqualTo(1);
        assertThat(report.at("/by_language/th/exact").asLong()).isEqualTo(2);
        assertThat(report.at("/by_language/my/exact").asLong()).isEqualTo(1);
        assertThat(report.at("/by_language/km/near").asLong()).isEqualTo(1);
        assertThat(report.at("/by_language/km/exact").asLong()).isZero();
        assertThat(report.at("/cluster_sizes/2").asLong()).isEqualTo(5);
        assertThat(report.at("/parameters/bands").asInt()).isEqualTo(28);
        for (String phase : List.of("exact", "near", "resolve", "lines", "write")) {
            assertThat(report.at("/phase_millis/" + phase).isIntegralNumber()).as(phase).isTrue();
            assertThat(report.at("/phase_millis/" + phase + "_cpu").asLong()).as(phase).isNotNegative();
        }
        // the three pages of one news site share their header, menu, ticker and footer lines
        JsonNode lines = report.get("boilerplate");
        assertThat(lines.get("lines").asLong()).isGreaterThanOrEqualTo(5);
        List<String> top = new ArrayList<>();
        lines.get("top").forEach(l -> top.add(l.get("text").asText()));
        assertThat(top).anySatisfy(t -> assertThat(t).contains("สงวนลิขสิทธิ์"));
        assertThat(top).noneSatisfy(t -> assertThat(t).contains("โรงเรียนบ้านห้วยทราย"));
        assertThat(report.at("/by_language/th/boilerplate_documents").asLong()).isEqualTo(3);

        CliRunner.Result duplicates = CliRunner.run("-C", corpus, "search", "--format", "json",
                "--filter", "status:duplicate", "*:*");
        assertThat(duplicates.exitCode()).as(duplicates.err()).isZero();
        assertThat(duplicates.json().get("total").asLong()).isEqualTo(5);
        // which copy stays depends on which one the import wrote first; one of each pair is marked
        assertThat(sources(duplicates.json().get("hits"))).hasSize(5)
                .anySatisfy(s -> assertThat(s).startsWith("dup-exact-"))
                .anySatisfy(s -> assertThat(s).startsWith("dup-near-"))
                .anySatisfy(s -> assertThat(s).startsWith("thai-windows-874"))
                .anySatisfy(s -> assertThat(s).startsWith("thai-misordered-marks"))
                .anySatisfy(s -> assertThat(s).startsWith("burmese-"));

        String nearCluster = null;
        for (JsonNode e : report.get("examples")) {
            if (e.get("kind").asText().equals("near")) {
                nearCluster = e.get("cluster").asText();
            }
        }
        assertThat(nearCluster).startsWith("near-");
        CliRunner.Result show = CliRunner.run("-C", corpus, "dedupe", "--show", nearCluster);
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("cluster " + nearCluster + ": 2 documents", "dup-near-a.txt",
                "dup-near-b.txt", "minhash", "jaccard", " │ ", "កសិករដាំម្រេច");
        JsonNode view = CliRunner.run("-C", corpus, "--json", "dedupe", "--show", nearCluster).json();
        assertThat(view.get("members")).hasSize(2);
        assertThat(view.at("/members/1/similarity").asDouble()).isBetween(0.5, 0.99);

        // nothing new: an incremental run compares nothing and changes nothing
        JsonNode again = CliRunner.run("-C", corpus, "--json", "dedupe").json();
        assertThat(again.get("mode").asText()).isEqualTo("incremental");
        assertThat(again.get("compared").asLong()).isZero();
        assertThat(again.get("changed").asLong()).isZero();
    }

    @Test
    void aDryRunListsChangesAndRestoreTakesEveryMarkBack() {
        String corpus = corpusWithHardCases();
        CliRunner.Result dry = CliRunner.run("-C", corpus, "dedupe", "--exact", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        // four exact pairs (one duplicate and one kept mark each): dup-exact, thai-windows-874, thai-misordered-marks
        // and burmese-zawgyi/unicode, the last three equal once normalised
        assertThat(dry.out()).contains("(dry run)", "would change: 8", "ok → duplicate", "dup-exact-", "(kept)");
        String phase = "[0-9.]+ s \\(cpu [0-9.]+\\)";
        assertThat(dry.out()).containsPattern("time: exact " + phase + ", near " + phase + ", resolve " + phase
                + ", lines " + phase + ", write " + phase);
        assertThat(CliRunner.run("-C", corpus, "search", "--format", "json", "--filter", "status:duplicate", "*:*")
                .json().get("total").asLong()).isZero();

        assertThat(CliRunner.run("-C", corpus, "dedupe", "--exact").exitCode()).isZero();
        CliRunner.Result restoreDry = CliRunner.run("-C", corpus, "restore", "--duplicates", "--dry-run");
        assertThat(restoreDry.out()).contains("would restore 8 documents");
        CliRunner.Result restored = CliRunner.run("-C", corpus, "--json", "restore", "--duplicates");
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.json().get("changed").asLong()).isEqualTo(8);
        assertThat(CliRunner.run("-C", corpus, "search", "--format", "json", "--filter", "status:duplicate", "*:*")
                .json().get("total").asLong()).isZero();

        assertThat(CliRunner.run("-C", corpus, "dedupe", "--exact").exitCode()).isZero();
        CliRunner.Result undo = CliRunner.run("-C", corpus, "dedupe", "--undo");
        assertThat(undo.out()).contains("restored 8 documents");
    }

    @Test
    void badOptionsAreUsageErrors() {
        String corpus = tmp.resolve("c").toString();
        CliRunner.run("init", corpus);
        CliRunner.Result keep = CliRunner.run("-C", corpus, "dedupe", "--keep", "newest");
        assertThat(keep.exitCode()).isEqualTo(2);
        assertThat(keep.err()).contains("first, longest or best-quality");
        assertThat(CliRunner.run("-C", corpus, "dedupe", "--threshold", "1.5").err()).contains("--threshold");
        CliRunner.Result show = CliRunner.run("-C", corpus, "dedupe", "--show", "near-0000");
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).contains("no cluster 'near-0000'");
        assertThat(CliRunner.run("-C", corpus, "restore").exitCode()).isEqualTo(2);
        CliRunner.Result empty = CliRunner.run("-C", corpus, "--json", "dedupe");
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.json().get("documents").asLong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dedupe", "restore"})
    void helpTeaches(String command) {
        CliRunner.Result help = CliRunner.run(command, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: corpus " + command, "--dry-run", "Examples:");
    }
}
