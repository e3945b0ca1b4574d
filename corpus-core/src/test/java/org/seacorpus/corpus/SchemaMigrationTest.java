package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.curate.AuditEntry;
import org.seacorpus.document.Document;
import org.seacorpus.document.DocumentId;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Rejection;
import org.seacorpus.document.SourceLocation;
import org.seacorpus.document.Status;

/**
 * A corpus written before portable ids (schema 1, ids hashing {@code file:///tmp/seacorpus-v1/data/...}) is
 * refused with the command that migrates it; {@code corpus migrate} renames every source, recomputes every id,
 * keeps every mark, tag, rejection and metadata edit, points duplicate_of, clusters and the audit trail at the
 * new ids; importing the same files from another folder afterwards adds nothing. See
 * {@code schema1-corpus.README.md} for how the fixture was made.
 */
class SchemaMigrationTest {
    private static final String OLD_ROOT = "file:///tmp/seacorpus-v1/data/";
    private static final String THAI_KEPT = "15ea5fa714cff95ac68dbb84e1055648"; // th/rice-market-copy.txt
    private static final String THAI_DUPLICATE = "7892f3de9ff967a58ffc34e84358242d"; // th/rice-market.txt
    private static final String KHMER = "f94b60e1e52f1e41028223f8fb1d9542";
    private static final String LAO = "945b727b6526de068fdd46ea45834010";
    private static final String ROW_1 = "df55de5a1cb3945bf16ee2d2af6e5783";

    @TempDir
    Path tmp;

    private Path home;
    private Path data;

    @BeforeEach
    void unpackTheOldCorpus() throws IOException {
        Path at = tmp.resolve("restored-on-another-machine");
        try (InputStream in = getClass().getResourceAsStream("schema1-corpus.zip");
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = at.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        home = at.resolve("corpus");
        data = at.resolve("data");
    }

    @Test
    void anOldCorpusIsRefusedWithTheExactCommandThatMigratesIt() {
        assertThatThrownBy(() -> Corpus.open(home))
                .isInstanceOf(CorpusOutdatedException.class)
                .hasMessageContaining("schema 1")
                .hasMessageContaining("corpus -C " + home.toAbsolutePath() + " migrate --root /tmp/seacorpus-v1/data")
                .hasMessageContaining("--dry-run");
    }

    @Test
    void aDryRunShowsTheNewNamesAndChangesNothing() throws IOException {
        byte[] yaml = Files.readAllBytes(home.resolve("corpus.yaml"));
        MigrationReport report = Corpus.migrate(home, new MigrationOptions(List.of(), null, null, true));
        assertThat(report.dryRun()).isTrue();
        assertThat(report.documents()).isEqualTo(6);
        assertThat(report.renamed()).isEqualTo(6);
        assertThat(report.examples()).contains(new MigrationReport.Example(OLD_ROOT + "km/fishing.txt",
                "data/km/fishing.txt"));
        assertThat(Files.readAllBytes(home.resolve("corpus.yaml"))).isEqualTo(yaml);
        assertThatThrownBy(() -> Corpus.open(home)).isInstanceOf(CorpusOutdatedException.class);
    }

    @Test
    void migrationKeepsEveryMarkAndTheAuditTrailAndTheSameFilesImportedFromElsewhereAddNothing()
            throws IOException {
        MigrationReport report = Corpus.migrate(home, new MigrationOptions(List.of(), null, null, false));
        assertThat(report.fromSchema()).isEqualTo(1);
        assertThat(report.toSchema()).isEqualTo(CorpusConfig.SCHEMA_VERSION);
        assertThat(report.renamed()).isEqualTo(6);
        assertThat(report.marksRemapped()).isEqualTo(2); // both members of the Thai cluster
        assertThat(report.runFiles()).isGreaterThanOrEqualTo(4); // dedupe and the three curation actions
        assertThat(Files.readAllLines(home.resolve(report.idMap()))).hasSize(7).contains(KHMER + "\t"
                + DocumentId.of("data/km/fishing.txt", ""));

        Corpus corpus = Corpus.open(home);
        Map<String, Document> docs = PortableIdentityTest.stored(corpus);
        assertThat(docs).hasSize(6);
        String thaiKept = DocumentId.of("data/th/rice-market-copy.txt", "");
        String thaiDuplicate = DocumentId.of("data/th/rice-market.txt", "");
        String khmer = DocumentId.of("data/km/fishing.txt", "");
        String lao = DocumentId.of("data/lo/weaving.txt", "");
        String row1 = DocumentId.of("data/rows.jsonl", "id=r1");
        String row2 = DocumentId.of("data/rows.jsonl", "id=r2");
        assertThat(docs.keySet()).containsExactlyInAnyOrder(thaiKept, thaiDuplicate, khmer, lao, row1, row2);
        for (Document doc : docs.values()) {
            assertThat(doc.origin().source()).startsWith("data/").doesNotContain("file:");
            assertThat(doc.annotation(SourceLocation.class)).get().extracting(SourceLocation::uri).asString()
                    .startsWith(OLD_ROOT);
        }
        // dedupe marks point at the new ids
        assertThat(docs.get(thaiDuplicate).status()).isEqualTo(Status.DUPLICATE);
        assertThat(docs.get(thaiDuplicate).annotation(DuplicateMark.class)).contains(
                new DuplicateMark("exact-" + thaiKept.substring(0, 16), thaiKept, 2));
        assertThat(docs.get(thaiKept).annotation(DuplicateMark.class)).contains(
                new DuplicateMark("exact-" + thaiKept.substring(0, 16), null, 2));
        // tags, rejection and metadata edits are kept
        assertThat(docs.get(khmer).tags()).containsExactly("fisheries");
        assertThat(docs.get(lao).status()).isEqualTo(Status.REJECTED);
        assertThat(docs.get(lao).annotation(Rejection.class)).get().extracting(Rejection::reason)
                .isEqualTo("weaving text kept for a later release");
        assertThat(docs.get(row1).origin().meta()).containsEntry("region", "north");
        assertThat(docs.get(row2).tags()).containsExactly("fixture");
        // the audit trail is keyed by the new ids, old ids are gone from it
        List<AuditEntry> khmerHistory = corpus.curation().history(khmer.substring(0, 12));
        assertThat(khmerHistory).extracting(AuditEntry::kind).containsExactly("curate-tag");
        assertThat(corpus.curation().history(lao)).extracting(AuditEntry::kind).containsExactly("curate-reject");
        for (Path run : Files.list(home.resolve("runs")).filter(Files::isRegularFile)
                .filter(p -> !p.toString().endsWith("-migrate.json")).toList()) {
            assertThat(Files.readString(run)).doesNotContain(KHMER).doesNotContain(LAO).doesNotContain(ROW_1)
                    .doesNotContain(THAI_DUPLICATE).doesNotContain(THAI_KEPT.substring(0, 12))
                    .doesNotContain(OLD_ROOT + "th/");
        }

        // the same files, imported from where they lie now (not /tmp/seacorpus-v1), add nothing
        ImportReport again = corpus.importFrom(ImportOptions.of(List.of(data)).withThreads(2), null);
        assertThat(again.added()).isZero();
        // tags are marks, outside the import fingerprint: r2, imported with --tag fixture, is unchanged and keeps it
        assertThat(again.unchanged()).as("th ×2, km (tag added by curation), lo, r2").isEqualTo(5);
        assertThat(again.updated()).as("r1 (metadata edited since)").isEqualTo(1);
        assertThat(PortableIdentityTest.stored(corpus).get(row2).tags()).containsExactly("fixture");
        assertThat(PortableIdentityTest.stored(corpus).keySet()).isEqualTo(docs.keySet());

        // migrating again finds nothing to do
        assertThat(Corpus.migrate(home, new MigrationOptions(List.of(), null, null, false)).renamed()).isZero();
    }

    @Test
    void anEmptyCorpusOfTheOldSchemaIsSimplyUpgraded() throws IOException {
        Corpus.create(tmp.resolve("empty"), "empty");
        Path yaml = tmp.resolve("empty/corpus.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("schema_version: " + CorpusConfig.SCHEMA_VERSION,
                "schema_version: 1"));
        assertThat(Corpus.open(tmp.resolve("empty")).home().config().schemaVersion())
                .isEqualTo(CorpusConfig.SCHEMA_VERSION);
        assertThat(Files.readString(yaml)).contains("schema_version: " + CorpusConfig.SCHEMA_VERSION);
    }

    @Test
    void aRootThatDoesNotHoldEverySourceIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> Corpus.migrate(home, new MigrationOptions(
                List.of(Path.of("/tmp/seacorpus-v1/data/th")), null, null, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("under none of the roots")
                .hasMessageContaining("nothing was changed");
        assertThatThrownBy(() -> Corpus.open(home)).isInstanceOf(CorpusOutdatedException.class);
    }
}
