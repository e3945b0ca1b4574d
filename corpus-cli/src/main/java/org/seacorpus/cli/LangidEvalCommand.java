package org.seacorpus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.lang.identify.LabelledText;
import org.seacorpus.lang.identify.LabelledTexts;
import org.seacorpus.lang.identify.LangidEvaluation;
import org.seacorpus.lang.identify.LanguageIdentifier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus langid eval}: precision, recall and F1 per language on labelled text. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Measure language identification on labelled text (the same inputs as 'langid train': folders,",
            "JSONL or TSV), sentence by sentence: precision, recall and F1 per language, accuracy, macro-F1",
            "and the confusion pairs. Use it to compare a trained model (--model) with the shipped one."},
        footer = {"", "Example:", "  corpus langid eval --model min.ngram held-out/"})
final class LangidEvalCommand implements Callable<Integer> {
    @ParentCommand
    LangidCommand langid;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Folders or files of labelled text.")
    List<Path> inputs;

    @Option(names = "--model", paramLabel = "FILE", description = "Model file to evaluate (default: shipped).")
    Path model;

    @Option(names = "--lang-field", paramLabel = "FIELD", defaultValue = "lang",
            description = "JSONL field with the language code (default: ${DEFAULT-VALUE}).")
    String langField;

    @Option(names = "--text-field", paramLabel = "FIELD", defaultValue = "text",
            description = "JSONL field with the text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Override
    public Integer call() throws IOException {
        Output output = langid.root.output(spec);
        LanguageIdentifier identifier = LangidCommand.identifier(langid.root, model);
        List<LabelledText> samples = new ArrayList<>();
        for (Path input : inputs) {
            LabelledTexts.read(input, langField, textField, samples::add);
        }
        LangidEvaluation eval = LangidEvaluation.of(samples, text -> identifier.identify(text).lang());
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("samples", eval.total());
            json.put("accuracy", eval.accuracy());
            json.put("macro_f1", eval.macroF1());
            Map<String, Object> languages = new LinkedHashMap<>();
            eval.perLanguage().forEach((lang, s) -> languages.put(lang, Map.of("support", s.support(),
                    "precision", s.precision(), "recall", s.recall(), "f1", s.f1())));
            json.put("languages", languages);
            json.put("confusions", eval.confusionPairs());
            output.json(json);
        } else {
            output.println(eval.report().stripTrailing());
        }
        return 0;
    }
}
