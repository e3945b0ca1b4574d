package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * kill -9 during an import keeps what was committed, and commits come by time as well as by count: with 800
 * files (fewer than the 5,000 documents between count checkpoints) and a commit interval of one second, an import
 * killed a few seconds in keeps documents, all of them whole, and the next import adds exactly the rest.
 */
@Tag("reliability")
class ReliabilityKillTest {
    private static final int FILES = 800;

    @TempDir
    Path tmp;

    @Test
    void aKilledImportKeepsWhatItCommittedByTimeAndTheNextImportAddsTheRest() throws Exception {
        Path in = tmp.resolve("in");
        String[] texts = {"ชาวนาปลูกข้าวหอมมะลิ แปลงที่ %d ในภาคอีสาน", "កសិករដាំស្រូវ ស្រែទី %d នៅខេត្តបាត់ដំបង",
            "ຊາວກະສິກອນປູກເຂົ້າໜຽວ ທົ່ງນາທີ %d ຢູ່ແຂວງສະຫວັນນະເຂດ"};
        for (int i = 0; i < FILES; i++) {
            Path file = in.resolve(String.format("%02d/doc-%04d.txt", i / 100, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.format(texts[i % 3], i), StandardCharsets.UTF_8);
        }
        Path home = tmp.resolve("corpus");
        assertThat(CliRunner.run("init", home.toString()).exitCode()).isZero();

        Process process = ForkedJvm.start("512m", "slow-import", home.toString(), in.toString());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            waitUntilWrittenPastTheInterval(lines);
            Thread.sleep(2_000); // the commit that write triggered completes
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no final commit
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }

        CliRunner.Result stats = CliRunner.run("-C", home.toString(), "--json", "stats");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        long kept = stats.json().get("documents").asLong();
        System.out.println("reliability probe kill -9 during import: " + kept + " of " + FILES + " documents kept");
        assertThat(kept).isPositive().isLessThan(FILES);

        CliRunner.Result again = CliRunner.run("-C", home.toString(), "--json", "import", "--strict", in.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode report = again.json();
        assertThat(report.get("unchanged").asLong()).isEqualTo(kept); // what was kept is whole and current
        assertThat(report.get("added").asLong()).isEqualTo(FILES - kept);
        assertThat(report.get("failed")).isEmpty();
    }

    /**
     * Reads the forked import's progress until a document was written more than 1.5 s after the first progress
     * line (the interval is 1 s, counted from before it) and after the first 150: that write started a checkpoint.
     */
    private static void waitUntilWrittenPastTheInterval(BufferedReader lines) throws Exception {
        long first = -1;
        long seenAfter = -1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            assertThat(line).as("the import finished before it could be killed").isNotEqualTo("finished");
            if (!line.startsWith("documents=")) {
                continue;
            }
            long documents = Long.parseLong(line.substring("documents=".length()));
            long now = System.nanoTime();
            if (first < 0) {
                first = now;
            } else if (now - first > 1_500_000_000L && documents >= 150) {
                if (seenAfter < 0) {
                    seenAfter = documents;
                } else if (documents > seenAfter) {
                    return;
                }
            }
        }
        throw new AssertionError("the forked import ended without progress");
    }
}
