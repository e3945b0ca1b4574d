package org.seacorpus.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

/** {@code corpus tag}: add and remove tags. */
@Command(name = "tag", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Add or remove tags of documents chosen by id or by query, in place. Tags can then be used",
            "as filters (--filter tags:NAME) and facets. Recorded in runs/ ('corpus history')."},
        footer = {"", "Examples:",
            "  corpus tag 3ecae1f5fc20 --add checked",
            "  corpus tag --lang th --query 'ข้าว' --add agriculture --remove unsorted"})
final class TagCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Option(names = "--add", paramLabel = "TAG", split = ",", description = "Tags to add (repeatable).")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "TAG", split = ",", description = "Tags to remove (repeatable).")
    List<String> remove = new ArrayList<>();

    @Override
    public Integer call() {
        Output output = root.output(spec);
        CurationAction.Tag action = new CurationAction.Tag(new HashSet<>(add), new HashSet<>(remove));
        CurationOutcome outcome = Corpus.open(root.corpusHome()).curation()
                .apply(target.target(), action, target.dryRun);
        List<String> detail = new ArrayList<>();
        if (!action.add().isEmpty()) {
            detail.add("+" + String.join(" +", action.add().stream().sorted().toList()));
        }
        if (!action.remove().isEmpty()) {
            detail.add("-" + String.join(" -", action.remove().stream().sorted().toList()));
        }
        CurationOutput.print(output, outcome, "tagged", "tag", String.join(" ", detail));
        return 0;
    }
}
