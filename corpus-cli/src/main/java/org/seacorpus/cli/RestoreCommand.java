package org.seacorpus.cli;

import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus restore --duplicates}: take back what dedupe marked. */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Undo curation decisions.",
            "--duplicates removes every dedupe mark (cluster, duplicate_of) and makes duplicates ok again;",
            "rejected documents stay rejected. The next dedupe then compares every document."},
        footer = {"", "Examples:",
            "  corpus restore --duplicates --dry-run",
            "  corpus restore --duplicates"})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--duplicates", description = "Undo deduplication (same as dedupe --undo).")
    boolean duplicates;

    @Option(names = "--dry-run", description = "Show how many documents would be restored; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (!duplicates) {
            throw new IllegalArgumentException("say what to restore: --duplicates");
        }
        Output output = root.output(spec);
        DedupeCommand.printUndo(output, DedupeCommand.undo(Corpus.open(root.corpusHome()), dryRun, output));
        return 0;
    }
}
