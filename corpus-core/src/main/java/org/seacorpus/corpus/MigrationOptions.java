package org.seacorpus.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@code corpus migrate} names the sources of a schema-1 corpus, whose documents were keyed by absolute file
 * URIs: as {@code corpus import ROOT} would name them now, or as {@code corpus run PIPELINE} would.
 *
 * @param roots      the paths the files were imported from ({@code corpus import ROOT}); a file is named after the
 *                   longest root that holds it. Empty (and no pipeline): the folder that holds every source
 * @param pipeline   the pipeline file that imported them ({@code corpus run}), or null
 * @param sourceName prefix of every new name ({@code --source-name}), or null
 * @param dryRun     compute and report the new names and ids; change nothing
 */
public record MigrationOptions(List<Path> roots, Path pipeline, String sourceName, boolean dryRun) {
    public MigrationOptions {
        roots = roots == null ? List.of() : List.copyOf(roots);
        sourceName = org.seacorpus.document.SourceName.checkPrefix(sourceName);
    }
}
