package org.seacorpus.corpus.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.seacorpus.corpus.CorpusException;

/**
 * The source ledger's part of a schema migration: entries keyed by a file's URI (schema 1) are keyed by the
 * file's portable source name instead, keeping fingerprints, stamps and failures, so the next {@code corpus run}
 * still skips the files it already holds.
 */
public final class LedgerMigration {
    private LedgerMigration() {
    }

    /**
     * Renames the ledger's entries of a corpus home.
     *
     * @param nameOf the new source name of a file path, or null to leave its entry as it is
     * @return entries renamed (0 when the corpus has no ledger)
     */
    public static long rename(Path home, Function<Path, String> nameOf) {
        if (!Files.isDirectory(home.resolve("ledger"))) {
            return 0;
        }
        long renamed = 0;
        try (SourceLedger ledger = SourceLedger.open(home)) {
            for (SourceLedger.Entry entry : ledger.all()) {
                if (!entry.source().startsWith("file:")) {
                    continue; // already a source name
                }
                String name = nameOf.apply(Path.of(java.net.URI.create(entry.source())));
                if (name != null && !name.equals(entry.source())) {
                    ledger.rename(entry, name);
                    renamed++;
                }
            }
            ledger.commit();
        } catch (IOException e) {
            throw new CorpusException("cannot migrate the source ledger in " + home + ": " + e.getMessage(), e);
        }
        return renamed;
    }
}
