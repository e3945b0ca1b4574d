package org.seacorpus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.lang.identify.ModelTraining;
import org.seacorpus.lang.identify.NgramModelTrainer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus langid train}: builds a language-ID model file from labelled text. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Train a language-ID model (character n-grams and words, naive Bayes) and write it as a plain file.",
            "INPUT is a folder of <lang>.txt files or <lang>/ folders of .txt files (one sentence or paragraph",
            "per line), a JSONL file (.jsonl, .jsonl.gz) with a language and a text field, or a TSV file of",
            "lang<TAB>text lines. What the shipped model learnt is included unless --no-builtin, so a model",
            "that learns a new language still knows the shipped ones. Use the model with 'corpus langid --model FILE'",
            "or name it in corpus.yaml: settings: {langid_model: FILE} (relative to the corpus home)."},
        footer = {"", "Examples:",
            "  corpus langid train --out min.ngram texts/          (texts/min.txt, texts/ms.txt, …)",
            "  corpus langid train --out news.ngram --lang-field language labelled.jsonl",
            "  corpus -C my-corpus langid train --from-corpus --out my-corpus/langid.ngram"})
final class LangidTrainCommand implements Callable<Integer> {
    @ParentCommand
    LangidCommand langid;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Folders or files of labelled text.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "Model file to write (.gz to compress).")
    Path out;

    @Option(names = "--from-corpus", description = "Also train on the curated documents of the corpus (-C): "
            + "status ok and a language set.")
    boolean fromCorpus;

    @Option(names = "--no-builtin", description = "Leave out what the shipped model learnt (train on INPUT alone).")
    boolean noBuiltin;

    @Option(names = "--lang-field", paramLabel = "FIELD", defaultValue = "lang",
            description = "JSONL field with the language code (default: ${DEFAULT-VALUE}).")
    String langField;

    @Option(names = "--text-field", paramLabel = "FIELD", defaultValue = "text",
            description = "JSONL field with the text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--order", paramLabel = "N", defaultValue = "" + NgramModelTrainer.DEFAULT_MAX_ORDER,
            description = "Longest character n-gram (default: ${DEFAULT-VALUE}).")
    int order;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "" + NgramModelTrainer.DEFAULT_MIN_COUNT,
            description = "Drop features seen fewer times than this (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Override
    public Integer call() throws IOException {
        CorpusCommand root = langid.root;
        Output output = root.output(spec);
        if (inputs.isEmpty() && !fromCorpus && noBuiltin) {
            throw new IllegalArgumentException("nothing to train on: give INPUT folders or files, --from-corpus, "
                    + "or keep the shipped text (drop --no-builtin)");
        }
        Corpus corpus = fromCorpus ? Corpus.open(root.corpusHome()) : null;
        ModelTraining.Request request = new ModelTraining.Request(inputs, langField, textField, !noBuiltin, order,
                minCount);
        ModelTraining.Result result = ModelTraining.train(request, corpus == null ? null : corpus::forEachCuratedText);
        ModelTraining.write(result, out, "Trained with 'corpus langid train' from: "
                + (noBuiltin ? "" : "the shipped model's counts; ") + inputs
                + (fromCorpus ? "; the curated documents of " + corpus.home().dir() : ""));
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("out", out.toString());
            json.put("samples", result.samples());
            json.put("features", result.model().size());
            json.put("labels", result.wordsByLabel());
            output.json(json);
        } else if (!output.quiet) {
            output.println("wrote " + out + ": " + result.model().labels().size() + " languages, "
                    + result.model().size() + " features, from " + result.samples() + " samples"
                    + (noBuiltin ? "" : " and the shipped model"));
            result.wordsByLabel().forEach((label, words) -> output.println("  " + label + "\t" + words + " words"));
        }
        return 0;
    }
}
