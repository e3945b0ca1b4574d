package org.seacorpus.cli;

import java.time.Instant;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.curate.CurationAction;
import org.seacorpus.curate.CurationOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus reject}: mark documents rejected, with a reason. */
@Command(name = "reject", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reject documents, by id or by query, with a reason. Rejected documents stay in the corpus",
            "(searchable with --filter status:rejected) but are left out of statistics and export.",
            "'corpus restore' undoes it. Every action is recorded in runs/ ('corpus history')."},
        footer = {"", "Examples:",
            "  corpus reject 3ecae1f5fc20 --reason 'machine translation'",
            "  corpus reject --filter 'source:*forum*' --query 'casino OR lottery' --reason spam --dry-run"})
final class RejectCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why (kept in the audit trail).")
    String reason;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        CurationAction.Reject action = new CurationAction.Reject(reason, Instant.now().toString());
        CurationOutcome outcome = Corpus.open(root.corpusHome()).curation()
                .apply(target.target(), action, target.dryRun);
        CurationOutput.print(output, outcome, "rejected", "reject", "reason: " + action.reason());
        return 0;
    }
}
