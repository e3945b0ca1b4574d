package org.seacorpus.corpus;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Renames the entries of a corpus's source ledger (kept by {@code corpus run}) from file URIs to portable source
 * names during a schema migration. The ledger lives in {@code corpus.pipeline}, which builds on this package, so
 * the caller hands its renamer in ({@code LedgerMigration::rename}) instead of this package naming it.
 */
@FunctionalInterface
public interface LedgerRenamer {
    /**
     * @param home   the corpus home
     * @param nameOf the new source name of a file path, or null to leave its entry as it is
     * @return entries renamed (0 when the corpus has no ledger)
     */
    long rename(Path home, Function<Path, String> nameOf);

    /** For a corpus without a ledger. */
    LedgerRenamer NONE = (home, nameOf) -> 0;
}
