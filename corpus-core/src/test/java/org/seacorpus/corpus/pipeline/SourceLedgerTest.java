package org.seacorpus.corpus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.CorpusLockedException;
import org.seacorpus.ingest.ImportFailure;

/** The ledger keeps entries and export states across opens; one writer at a time; read-only when absent. */
class SourceLedgerTest {
    @TempDir
    Path home;

    private static SourceLedger.Entry entry(String name, String group) {
        return new SourceLedger.Entry("file:///data/" + name, "/data/" + name, group,
                new FileFingerprint(120, 1_700_000_000_000_000_000L, "ab".repeat(32)), "settings", "stamp-" + name, 3,
                List.of(new ImportFailure("/data/" + name, "line 5", "malformed JSON")), "", false);
    }

    @Test
    void aMissingLedgerReadsAsEmpty() throws Exception {
        try (SourceLedger ledger = SourceLedger.readOnly(home)) {
            assertThat(ledger.lookup("file:///data/th.txt")).isNull();
            assertThat(ledger.group("daily/texts")).isEmpty();
            assertThat(ledger.state("export:/out")).isNull();
        }
    }

    @Test
    void entriesAndExportStatesSurviveReopening() throws Exception {
        try (SourceLedger ledger = SourceLedger.open(home)) {
            ledger.record(entry("th.txt", "daily/texts"));
            ledger.record(entry("lo.txt", "daily/texts"));
            ledger.record(entry("rows.jsonl", "daily/rows"));
            ledger.commit();
            ledger.saveState("export:/out", "7:abc:def");
        }
        try (SourceLedger ledger = SourceLedger.readOnly(home)) {
            assertThat(ledger.lookup("file:///data/th.txt")).isEqualTo(entry("th.txt", "daily/texts"));
            assertThat(ledger.group("daily/texts")).extracting(SourceLedger.Entry::path)
                    .containsExactlyInAnyOrder("/data/th.txt", "/data/lo.txt");
            assertThat(ledger.state("export:/out")).isEqualTo("7:abc:def");
        }
    }

    @Test
    void uncommittedEntriesAreNotKeptAndASecondWriterIsRefused() throws Exception {
        try (SourceLedger ledger = SourceLedger.open(home)) {
            ledger.record(entry("th.txt", "daily/texts"));
            assertThatThrownBy(() -> SourceLedger.open(home)).isInstanceOf(CorpusLockedException.class)
                    .hasMessageContaining("in use by another 'corpus run'");
            try (SourceLedger reader = SourceLedger.readOnly(home)) {
                assertThat(reader.lookup("file:///data/th.txt")).as("not committed yet").isNull();
            }
        }
    }

    @Test
    void aGoneEntryKeepsTheFirstDateItWasMissed() {
        SourceLedger.Entry gone = entry("th.txt", "g").gone("2025-01-01T00:00:00Z", false);
        assertThat(gone.missing()).isTrue();
        assertThat(gone.gone("2025-02-01T00:00:00Z", true).missingSince()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(gone.gone("2025-02-01T00:00:00Z", true).marked()).isTrue();
    }
}
