package org.seacorpus.cli;

import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.curate.CurationAction;
import org.seacorpus.curate.CurationOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus restore}: undo rejections. */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Restore rejected documents, by id or by query, to the status they had before (ok, or",
            "duplicate). Documents that are not rejected are left as they are. Recorded in runs/."},
        footer = {"", "Examples:",
            "  corpus restore 3ecae1f5fc20",
            "  corpus restore --filter 'reject_reason:spam' --dry-run"})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        CurationOutcome outcome = Corpus.open(root.corpusHome()).curation()
                .apply(target.target(), new CurationAction.Restore(), target.dryRun);
        CurationOutput.print(output, outcome, "restored", "restore", "");
        return 0;
    }
}
