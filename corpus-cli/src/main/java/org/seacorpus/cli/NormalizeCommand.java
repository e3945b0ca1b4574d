package org.seacorpus.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.seacorpus.ingest.CharsetGuesser;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.ScriptAwareNormalizer;
import org.seacorpus.lang.TextNormalizerService;
import org.seacorpus.lang.vi.VietnameseToneStyle;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.normalize.RuleFiring;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus normalize [--lang L] [--explain] [FILE…]}: the normaliser as a line-preserving text filter. */
@Command(name = "normalize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Normalise text as the import does: encoding repairs (mojibake, windows-1258,",
            "TCVN3, VNI), NFC, odd spaces and invisible characters, and each script's",
            "own repairs (Thai and Lao marks, Khmer syllable order, Zawgyi to Unicode and",
            "Burmese storage order, Vietnamese tone placement).",
            "Reads the FILEs (charset detected) or standard input (UTF-8) and writes",
            "one output line per input line to standard output. Without --lang the",
            "rules follow each line's script."},
        footer = {"", "Examples:",
            "  corpus normalize --explain burmese-zawgyi.txt",
            "  cat scraped.txt | corpus normalize --lang th > clean.txt",
            "  corpus --json normalize --explain --doc mixed.txt"})
final class NormalizeCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to read ('-' or none: standard input).")
    List<String> files = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Apply this language's rules to all the text instead of choosing by script.")
    String lang;

    @Option(names = "--explain",
            description = "Show each rule that changed the text with a before/after snippet (on stderr; in the"
                    + " JSON with --json).")
    boolean explain;

    @Option(names = "--doc", description = "Treat the whole input as one document instead of line by line.")
    boolean doc;

    @Option(names = "--vietnamese-tone", paramLabel = "STYLE", defaultValue = "traditional",
            description = "Tone placement in oa/oe/uy: traditional (hòa, thủy) or modern (hoà, thuỷ)"
                    + " (default: ${DEFAULT-VALUE}).")
    String toneStyle;

    private final Map<String, Integer> total = new TreeMap<>();
    private int changedUnits;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        NormalizerOptions options = VietnameseToneStyle.parse(toneStyle)
                .applyTo(NormalizerOptions.defaults().withLanguage(lang));
        TextNormalizerService service = TextNormalizerService.create(LanguageProfiles.builtIn(), options);
        List<String> inputs = files.isEmpty() ? List.of("-") : files;
        for (String input : inputs) {
            if (!input.equals("-") && !Files.isRegularFile(Path.of(input))) {
                throw new IllegalArgumentException("no such file: " + input + " (give text files, or '-' for"
                        + " standard input)");
            }
        }
        for (String input : inputs) {
            try {
                if (doc) {
                    emit(output, input, 0, service.document(decode(read(input))));
                    continue;
                }
                try (BufferedReader reader = input.equals("-")
                        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                        : new BufferedReader(new StringReader(decode(read(input))))) {
                    int number = 0;
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        emit(output, input, ++number, service.line(line));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
            }
        }
        output.out().flush();
        if (explain && !output.json) {
            output.info(TextTable.count(changedUnits, doc ? "document" : "line") + " changed"
                    + (total.isEmpty() ? "" : ": " + total));
        }
        return 0;
    }

    private static byte[] read(String input) throws IOException {
        return input.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input));
    }

    /** Whole inputs are decoded with the importer's charset detection (line-by-line stdin is read as UTF-8). */
    private static String decode(byte[] bytes) {
        return new CharsetGuesser().guess(bytes).decode(bytes);
    }

    private void emit(Output output, String input, int number, ScriptAwareNormalizer.Explained result) {
        result.rules().forEach((rule, n) -> total.merge(rule, n, Integer::sum));
        if (result.changed()) {
            changedUnits++;
        }
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            if (!doc) {
                json.put("line", number);
            }
            json.put("text", result.text());
            json.put("rules", result.rules());
            if (explain) {
                List<Map<String, String>> changes = new ArrayList<>();
                for (RuleFiring firing : result.firings()) {
                    Map<String, String> change = new LinkedHashMap<>();
                    change.put("rule", firing.rule());
                    change.put("before", firing.before());
                    change.put("after", firing.after());
                    changes.add(change);
                }
                json.put("changes", changes);
            }
            output.json(json);
            return;
        }
        output.data(result.text());
        if (explain) {
            String where = (input.equals("-") ? "stdin" : input) + (doc ? "" : ":" + number);
            TextNormalizerService.describe(result).forEach(line -> output.warn(where + "  " + line));
        }
    }
}
