package org.seacorpus.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.JsonShapes;
import org.seacorpus.curate.AuditEntry;
import org.seacorpus.util.SafeText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus history [ID]}: the audit trail. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show the audit trail kept in runs/: every import, export, dedupe and curation action,",
            "oldest first. With an ID (or a unique prefix), only the curation actions that changed that",
            "document: when, what, chosen how, why and by whom."},
        footer = {"", "Examples:",
            "  corpus history",
            "  corpus history 3ecae1f5fc20",
            "  corpus --json history --curation"})
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "A document id or unique prefix.")
    String id;

    @Option(names = "--curation", description = "Only curation actions (tag, reject, restore, meta).")
    boolean curationOnly;

    @Option(names = "--last", paramLabel = "N", description = "Only the last N entries.")
    Integer last;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditEntry entry : Corpus.open(root.corpusHome()).curation().history(id)) {
            if (!curationOnly || entry.isCuration()) {
                entries.add(entry);
            }
        }
        if (last != null) {
            if (last <= 0) {
                throw new IllegalArgumentException("--last must be at least 1");
            }
            entries = entries.subList(Math.max(0, entries.size() - last), entries.size());
        }
        if (output.json) {
            output.json(JsonShapes.history(entries));
            return 0;
        }
        if (entries.isEmpty()) {
            output.info(id == null ? "the audit trail is empty" : "no curation action has changed " + id);
            return 0;
        }
        for (AuditEntry e : entries) {
            output.println(e.at() + "  " + String.format("%-16s", e.kind()) + SafeText.oneLine(e.summary()));
        }
        return 0;
    }
}
