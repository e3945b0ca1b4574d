package org.seacorpus.cli;

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

/** {@code corpus restore}: undo rejections, or (with --duplicates) everything dedupe marked. */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Restore rejected documents, by id or by query, to the status they had before (ok, or",
            "duplicate). Documents that are not rejected are left as they are. Recorded in runs/.",
            "With --duplicates: remove every dedupe mark (cluster, duplicate_of) and make duplicates ok again;",
            "rejected documents stay rejected, and the next dedupe compares every document."},
        footer = {"", "Examples:",
            "  corpus restore 3ecae1f5fc20",
            "  corpus restore --filter 'reject_reason:spam' --dry-run",
            "  corpus restore --duplicates"})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Option(names = "--duplicates", description = "Undo deduplication (same as dedupe --undo).")
    boolean duplicates;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        Corpus corpus = Corpus.open(root.corpusHome());
        if (duplicates) {
            DedupeCommand.printUndo(output, DedupeCommand.undo(corpus, target.dryRun, output));
            return 0;
        }
        CurationOutcome outcome = corpus.curation().apply(target.target(), new CurationAction.Restore(),
                target.dryRun);
        CurationOutput.print(output, outcome, "restored", "restore", "");
        return 0;
    }
}
