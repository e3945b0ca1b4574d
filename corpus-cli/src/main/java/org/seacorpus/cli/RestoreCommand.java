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

/** {@code corpus restore}: undo rejections, or take back what dedupe marked. */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Undo curation decisions.",
            "With ids, --query, --filter or --lang: restore rejected documents to the status they had before",
            "(ok, or duplicate); documents that are not rejected are left as they are. Recorded in runs/.",
            "--duplicates removes every dedupe mark (cluster, duplicate_of) and makes duplicates ok again;",
            "rejected documents stay rejected. The next dedupe then compares every document."},
        footer = {"", "Examples:",
            "  corpus restore 3ecae1f5fc20",
            "  corpus restore --filter 'reject_reason:spam' --dry-run",
            "  corpus restore --duplicates --dry-run",
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
            if (!target.ids.isEmpty() || target.query != null || target.lang != null || !target.filters.isEmpty()) {
                throw new IllegalArgumentException("--duplicates undoes deduplication for the whole corpus; to "
                        + "restore rejected documents give ids, --query or --filter without --duplicates");
            }
            DedupeCommand.printUndo(output, DedupeCommand.undo(corpus, target.dryRun, output));
            return 0;
        }
        CurationOutcome outcome = corpus.curation().apply(target.target(), new CurationAction.Restore(),
                target.dryRun);
        CurationOutput.print(output, outcome, "restored", "restore", "");
        return 0;
    }
}
