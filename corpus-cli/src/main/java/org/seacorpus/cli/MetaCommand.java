package org.seacorpus.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** {@code corpus meta}: set or remove metadata fields. */
@Command(name = "meta", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Set or remove metadata fields (meta.NAME) of documents chosen by id or by query, in place.",
            "They can then be used as filters (--filter meta.NAME:VALUE), facets and dispersion parts, and are",
            "exported with the documents. Recorded in runs/ ('corpus history')."},
        footer = {"", "Examples:",
            "  corpus meta 3ecae1f5fc20 --set genre=news --set region=isan",
            "  corpus meta --filter 'source:*dialogue*' --set genre=dialogue",
            "  corpus meta --all --unset draft"})
final class MetaCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Set a field (repeatable).")
    List<String> set = new ArrayList<>();

    @Option(names = "--unset", paramLabel = "NAME", split = ",", description = "Remove a field (repeatable).")
    List<String> unset = new ArrayList<>();

    @Override
    public Integer call() {
        Output output = root.output(spec);
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : set) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("--set takes NAME=VALUE, not '" + pair + "' (to remove a field "
                        + "use --unset NAME)");
            }
            values.put(pair.substring(0, eq).strip(), pair.substring(eq + 1));
        }
        CurationAction.SetMeta action = new CurationAction.SetMeta(values, new HashSet<>(unset));
        CurationOutcome outcome = Corpus.open(root.corpusHome()).curation()
                .apply(target.target(), action, target.dryRun);
        List<String> detail = new ArrayList<>();
        values.forEach((k, v) -> detail.add(k + "=" + v));
        unset.forEach(k -> detail.add("-" + k));
        CurationOutput.print(output, outcome, "changed metadata of", "change metadata of", String.join(" ", detail));
        return 0;
    }
}
