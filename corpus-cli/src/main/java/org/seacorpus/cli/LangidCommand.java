package org.seacorpus.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.document.LangSpan;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.identify.Identification;
import org.seacorpus.lang.identify.LangidModels;
import org.seacorpus.lang.identify.LanguageIdentifier;
import org.seacorpus.util.SafeText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus langid [FILE…]}: language and script of each line (or of each whole file with --doc). */
@Command(name = "langid", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {LangidTrainCommand.class, LangidEvalCommand.class},
        description = {
            "Identify the language and script of text: one output line per input line, in order (stdin when no",
            "FILE is given). Output: lang, script, score; with --json one object per line with lang, script,",
            "score and code (FineWeb-2 style, e.g. zsm_Latn). Text below its language's threshold is 'und'.",
            "The model is the shipped one, --model FILE, or the langid_model setting of the corpus given with -C."},
        footer = {"", "Examples:",
            "  echo 'Kerajaan akan membina hospital baharu.' | corpus langid",
            "  corpus langid --json --top 3 sentences.txt",
            "  corpus langid --doc --json article.txt",
            "  corpus langid --model my-model.ngram notes.txt",
            "  corpus langid train --out min.ngram min-texts/"})
final class LangidCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "UTF-8 text files ('-' or none: stdin).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", defaultValue = "0",
            description = "Also show the N best candidate languages with their scores.")
    int top;

    @Option(names = "--doc", description = "Treat each file (or stdin) as one document: its language, score and "
            + "per-paragraph spans.")
    boolean doc;

    @Option(names = "--model", paramLabel = "FILE", description = "Language-ID model file (from 'langid train').")
    Path model;

    @Override
    public Integer call() throws IOException {
        if (top < 0) {
            throw new IllegalArgumentException("--top must be 0 or more");
        }
        Output output = root.output(spec);
        LanguageIdentifier identifier = identifier(root, model);
        List<Path> inputs = files.isEmpty() ? List.of(Path.of("-")) : files;
        for (Path input : inputs) {
            try (BufferedReader reader = open(input)) {
                if (doc) {
                    printDocument(output, identifier, input, readAll(reader), inputs.size() > 1);
                } else {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        printLine(output, identifier, identifier.identify(line));
                    }
                }
            }
        }
        output.out().flush();
        return 0;
    }

    /** --model, else the -C corpus's setting, else the shipped model. */
    static LanguageIdentifier identifier(CorpusCommand root, Path model) throws IOException {
        if (model != null) {
            return LanguageIdentifier.withModel(LangidModels.fromFile(model));
        }
        if (root.corpus != null) {
            return Corpus.open(root.corpus).languageIdentifier();
        }
        return LanguageIdentifier.builtIn();
    }

    private void printLine(Output output, LanguageIdentifier identifier, Identification id) {
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("lang", id.lang());
            json.put("script", id.script());
            json.put("score", round(id.score()));
            json.put("code", identifier.datasetCode(id.lang(), id.script()));
            if (top > 0) {
                json.put("top", id.top(top).stream().map(LangidCommand::candidate).toList());
            }
            output.json(json);
            return;
        }
        StringBuilder line = new StringBuilder(id.lang()).append('\t').append(id.script()).append('\t')
                .append(String.format("%.3f", id.score()));
        if (top > 0) {
            line.append('\t');
            for (Identification.Candidate c : id.top(top)) {
                line.append(c.lang()).append(':').append(String.format("%.3f", c.score())).append(' ');
            }
        }
        output.println(line.toString().stripTrailing());
    }

    private static void printDocument(Output output, LanguageIdentifier identifier, Path input, String text,
                                      boolean named) {
        LanguageInfo info = identifier.identifyDocument(text);
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            if (named) {
                json.put("file", input.toString());
            }
            json.put("lang", info.lang());
            json.put("script", info.script());
            json.put("score", round(info.score()));
            json.put("code", identifier.datasetCode(info.lang(), info.script()));
            json.put("spans", info.spans().stream().map(LangidCommand::span).toList());
            output.json(json);
            return;
        }
        output.println((named ? SafeText.oneLine(input.toString()) + "\t" : "") + info.lang() + "\t" + info.script() + "\t"
                + String.format("%.3f", info.score()));
        if (info.spans().size() > 1) {
            for (LangSpan s : info.spans()) {
                output.println("  [" + s.start() + ", " + s.end() + ")\t" + s.lang() + "\t" + s.script() + "\t"
                        + String.format("%.3f", s.score()));
            }
        }
    }

    private static Map<String, Object> candidate(Identification.Candidate c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lang", c.lang());
        json.put("score", round(c.score()));
        return json;
    }

    private static Map<String, Object> span(LangSpan s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("start", s.start());
        json.put("end", s.end());
        json.put("lang", s.lang());
        json.put("script", s.script());
        json.put("score", round(s.score()));
        return json;
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    /** Stdin for '-', else the file; bytes that are not UTF-8 become U+FFFD rather than stopping the run. */
    private static BufferedReader open(Path input) throws IOException {
        if (input.toString().equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        if (!Files.isRegularFile(input)) {
            throw new IOException("cannot read " + input + ": no such file");
        }
        return new BufferedReader(new InputStreamReader(Files.newInputStream(input), StandardCharsets.UTF_8));
    }

    private static String readAll(BufferedReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) > 0) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
