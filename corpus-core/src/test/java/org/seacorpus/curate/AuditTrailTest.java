package org.seacorpus.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading runs/: order, kinds, summaries, and damaged files. */
class AuditTrailTest {
    @TempDir
    Path runs;

    @Test
    void runsAreReadOldestFirstAndADamagedReportIsShownNotHidden() throws Exception {
        Files.writeString(runs.resolve("20260102T030405.006Z-curate-reject.json"), """
                {"action":"reject","changed":2,"matched":3,"reason":"spam","by":"nok",
                 "target":{"ids":[],"query":"casino","lang":null,"filters":["source:*forum*"],"all":false},
                 "documents":["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"]}""");
        Files.writeString(runs.resolve("20260101T000000.000Z-import.json"),
                "{\"added\":5,\"updated\":0,\"unchanged\":1,\"failed\":[]}");
        Files.writeString(runs.resolve("20260103T000000.000Z-export.json"), "{not json");
        Files.writeString(runs.resolve("notes.txt"), "not a run");
        AuditTrail trail = new AuditTrail(runs);
        assertThat(trail.all()).extracting(AuditEntry::kind).containsExactly("import", "curate-reject", "export");
        AuditEntry reject = trail.all().get(1);
        assertThat(reject.at()).isEqualTo("2026-01-02T03:04:05.006Z");
        assertThat(reject.summary()).isEqualTo("reject 2 of 3 documents; reason: spam; chosen by query 'casino', "
                + "filter source:*forum*; by nok");
        assertThat(trail.all().get(0).summary()).isEqualTo("import: 5 added, 0 updated, 1 unchanged, 0 failed");
        assertThat(trail.all().get(2).summary()).startsWith("unreadable report");
        assertThat(trail.of("bbbbbbbb")).containsExactly(reject);
        assertThat(trail.of("cccccccc")).isEmpty();
    }

    @Test
    void noRunsFolderNoEntries() throws Exception {
        assertThat(new AuditTrail(runs.resolve("missing")).all()).isEmpty();
        assertThat(new AuditTrail(runs).all()).isEmpty();
    }
}
