package org.seacorpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.CorpusExistsException;
import org.seacorpus.util.SafeText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corpus init DIR}: create a corpus home. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a corpus home: corpus.yaml, index/ (the Lucene store) and runs/ (job reports).",
            "The folder must be new or empty; an existing corpus is left as it is (exit 0)."})
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "Folder to create (default: -C, $CORPUS_HOME or ./corpus).")
    Path dir;

    @Option(names = "--name", description = "A name for the corpus (default: the folder name).")
    String name;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        Path target = dir != null ? dir : root.corpusHome();
        Corpus corpus;
        boolean created;
        try {
            corpus = Corpus.create(target, name);
            created = true;
        } catch (CorpusExistsException e) {
            corpus = Corpus.open(target); // already a corpus: nothing to do, and that is not an error
            created = false;
        }
        if (output.json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("corpus", corpus.home().dir().toString());
            result.put("name", corpus.home().config().name());
            result.put("schema_version", corpus.home().config().schemaVersion());
            result.put("created", created);
            output.json(result);
        } else if (created) {
            output.report("created corpus '" + SafeText.oneLine(corpus.home().config().name()) + "' at "
                    + SafeText.oneLine(corpus.home().dir().toString()));
        } else {
            output.report("corpus '" + SafeText.oneLine(corpus.home().config().name()) + "' already exists at "
                    + SafeText.oneLine(corpus.home().dir().toString()) + "; nothing changed"
                    + (name != null && !name.equals(corpus.home().config().name())
                    ? " (its name stays '" + SafeText.oneLine(corpus.home().config().name()) + "')" : ""));
        }
        return 0;
    }
}
