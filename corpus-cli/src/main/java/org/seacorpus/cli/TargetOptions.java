package org.seacorpus.cli;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.curate.CurationTarget;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Which documents a curation command changes: ids, or a query and filters; and whether to only show it. */
final class TargetOptions {
    @Parameters(paramLabel = "ID", arity = "0..*",
            description = "Document ids, or unique prefixes of at least 6 characters (as search shows them).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--query", paramLabel = "QUERY", description = "Documents matching this query (as in search).")
    String query;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only this language's documents.")
    String lang;

    @Option(names = "--filter", paramLabel = "FILTER",
            description = "Only documents matching (repeatable): source:*forum*, tags:web, status:duplicate, "
                    + "meta.site:example.org (see search --help).")
    List<String> filters = new ArrayList<>();

    @Option(names = "--all", description = "Change every document (needed when no id, query or filter is given).")
    boolean all;

    @Option(names = {"-n", "--dry-run"}, description = "Show what would change; write nothing.")
    boolean dryRun;

    CurationTarget target() {
        return new CurationTarget(ids, query, lang, filters, all);
    }
}
