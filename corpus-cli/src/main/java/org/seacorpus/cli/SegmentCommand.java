package org.seacorpus.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.TextNormalizerService;
import org.seacorpus.lang.TextSegmentation;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.segment.SegmentOptions;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.WordList;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus segment}: words or sentences of text on stdin or files, one output line per input line. */
@Command(name = "segment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Cut text into words (or sentences) as the corpus does: dictionary word breaking for Thai, Lao, Khmer,",
            "Burmese and Chinese, Vietnamese syllables grouped into words, hyphenated Malay/Tagalog words, numbers,",
            "URLs and e-mail addresses whole. Each input line gives one output line: its tokens joined by --sep.",
            "Tokenisation is lossless: every character that is not a space is in exactly one token (punctuation,",
            "symbols and emoji are tokens of their own), so the output aligns with the input; --words-only drops",
            "punctuation and symbols. Each line is first normalised as the import does (Zawgyi to Unicode, Burmese",
            "and Thai mark order, invisible characters); --raw segments the text exactly as it is.",
            "Without --lang the language of each line is decided by its script (Latin text gets 'und').",
            "With --doc the whole input is one document: one language for all of it, and with --sentences one",
            "sentence per output line (sentences may run across input lines)."},
        footer = {"", "Examples:",
            "  echo 'ฉันไปโรงพยาบาล' | corpus segment                 # ฉัน|ไป|โรงพยาบาล",
            "  echo 'ราคา 1,250 บาท!' | corpus segment                 # ราคา|1,250|บาท|!",
            "  echo 'ราคา 1,250 บาท!' | corpus segment --words-only    # ราคา|1,250|บาท",
            "  corpus segment --lang vi --sep ' / ' news.txt",
            "  corpus segment --lang my --syllables my.txt",
            "  corpus segment --lang th --dict medicine-th.txt --sentences notes.txt"})
final class SegmentCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "UTF-8 text files (default or '-': stdin).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "CODE", description = "Segment as this language (th, lo, km, my, vi, …).")
    String lang;

    @Option(names = "--sep", paramLabel = "S", defaultValue = "|",
            description = "Joins the tokens of a line (default: ${DEFAULT-VALUE}).")
    String separator;

    @Option(names = "--sentences", description = "Sentences instead of words.")
    boolean sentences;

    @Option(names = "--dict", paramLabel = "FILE",
            description = "User dictionary (repeatable): words to merge, piece|piece compounds to split.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--syllables", description = "Syllables instead of words (Khmer, Burmese, Vietnamese).")
    boolean syllables;

    @Option(names = "--doc", description = "Treat the whole input as one document.")
    boolean doc;

    @Option(names = "--words-only", description = "Words only: leave out punctuation, symbols and emoji.")
    boolean wordsOnly;

    @Option(names = "--raw", description = "Do not normalise first: segment the text exactly as it is.")
    boolean raw;

    @Override
    public Integer call() throws IOException {
        Output output = root.output(spec);
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        TextNormalizerService normalizer = raw ? null
                : TextNormalizerService.create(profiles, NormalizerOptions.defaults().withLanguage(lang));
        TextSegmentation tool = new TextSegmentation(profiles, new Segmenters(profiles, options()), lang, normalizer);
        if (doc) {
            List<String> lines = new ArrayList<>();
            forEachLine(line -> lines.add(tool.prepare(line)));   // line by line: output line n is input line n
            String text = String.join("\n", lines);
            String docLang = tool.language(text);
            if (sentences) {
                for (String sentence : tool.sentences(text, docLang)) {
                    print(output, docLang, List.of(sentence), sentence);
                }
            } else {
                for (String line : lines) {
                    List<String> tokens = tokens(tool, line, docLang);
                    print(output, docLang, tokens, String.join(separator, tokens));
                }
            }
            return 0;
        }
        // streamed: each line is written as soon as it is read, so the tool works in a pipe on any size of input
        forEachLine(input -> {
            String line = tool.prepare(input);
            String lineLang = tool.language(line);
            List<String> pieces = sentences ? tool.sentences(line, lineLang) : tokens(tool, line, lineLang);
            print(output, lineLang, pieces, String.join(separator, pieces));
        });
        return 0;
    }

    private List<String> tokens(TextSegmentation tool, String line, String language) {
        return wordsOnly ? tool.words(line, language) : tool.tokens(line, language);
    }

    private void print(Output output, String language, List<String> pieces, String line) {
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("lang", language);
            json.put(sentences ? "sentences" : "tokens", pieces);
            output.json(json);
        } else {
            output.data(line);
        }
    }

    /** The dictionaries apply to every language (an entry only ever matches text in its own script). */
    private SegmentOptions options() {
        WordList user = WordList.EMPTY;
        for (Path file : dictionaries) {
            try {
                user = user.with(WordList.read(file));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read dictionary " + file + ": " + e.getMessage(), e);
            }
        }
        Map<String, WordList> byLang = new HashMap<>();
        for (LanguageProfile profile : LanguageProfiles.builtIn().all()) {
            byLang.put(profile.code(), user);
        }
        Set<String> syllableLangs = syllables ? byLang.keySet() : Set.of();
        return new SegmentOptions(byLang, syllableLangs);
    }

    private void forEachLine(Consumer<String> lines) throws IOException {
        if (files.isEmpty()) {
            read(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), lines);
        }
        for (Path file : files) {
            if (file.toString().equals("-")) {
                read(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), lines);
            } else {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("no such file: " + file);
                }
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    read(in, lines);
                } catch (java.nio.charset.MalformedInputException e) {
                    throw new IllegalArgumentException(file + " is not UTF-8 text; convert it first (e.g. with "
                            + "iconv), or import it into a corpus, which detects legacy encodings", e);
                }
            }
        }
    }

    private static void read(BufferedReader in, Consumer<String> lines) {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
