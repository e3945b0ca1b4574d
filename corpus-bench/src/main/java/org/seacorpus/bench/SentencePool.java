package org.seacorpus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.seacorpus.document.Document;
import org.seacorpus.ingest.ExtractionException;
import org.seacorpus.ingest.ExtractionSink;
import org.seacorpus.ingest.Extractor;
import org.seacorpus.ingest.ImportLimits;
import org.seacorpus.ingest.InputItem;
import org.seacorpus.ingest.PlainTextExtractor;
import org.seacorpus.ingest.TikaExtractor;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.normalize.GenericRules;
import org.seacorpus.normalize.Normalizer;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sentences and words of the sample data, per language: every file in {@code sample-data/<lang>/} is
 * extracted with the core's extractors (so HTML, PDF, DOCX… count), normalised with the generic rules, and cut
 * into sentences with the language's segmenter; {@code datasets/sentences.jsonl} adds its sentences by their
 * {@code lang_hint}. Sentences with fewer than {@link #MIN_WORDS} words (menu items, headings) are left out.
 * Files are read in name order, so the pool is the same on every machine.
 */
public final class SentencePool {
    static final int MIN_WORDS = 4;

    /** Sentences and vocabulary of one language. */
    public record Language(String lang, List<String> sentences, List<String> words) {
    }

    private final Map<String, Language> byLanguage;

    private SentencePool(Map<String, Language> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public Map<String, Language> languages() {
        return byLanguage;
    }

    /** Reads the pool from a sample-data folder. */
    public static SentencePool load(Path sampleData, Segmenters segmenters) {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        Normalizer normalizer = new Normalizer(GenericRules.all(profiles.modules().encodingRepairs(),
                profiles.scriptLetters()));
        Map<String, Set<String>> sentences = new TreeMap<>();
        Map<String, Set<String>> words = new TreeMap<>();
        List<Extractor> extractors = List.of(new PlainTextExtractor(ImportLimits.DEFAULTS),
                new TikaExtractor(ImportLimits.DEFAULTS));
        try (Stream<Path> dirs = Files.list(sampleData)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String lang = dir.getFileName().toString();
                if (profiles.find(lang).isEmpty() || lang.equals("und")) {
                    continue;
                }
                for (String text : texts(dir, extractors)) {
                    add(lang, normalizer.normalize(text).text(), segmenters, sentences, words);
                }
            }
            Path dataset = sampleData.resolve("datasets").resolve("sentences.jsonl");
            if (Files.isRegularFile(dataset)) {
                ObjectMapper json = new ObjectMapper();
                for (String line : Files.readAllLines(dataset)) {
                    JsonNode row = json.readTree(line);
                    String lang = row.path("lang_hint").asText("");
                    if (sentences.containsKey(lang)) {
                        add(lang, normalizer.normalize(row.path("text").asText("")).text(), segmenters, sentences,
                                words);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample data in " + sampleData + ": " + e.getMessage(), e);
        }
        Map<String, Language> out = new TreeMap<>();
        sentences.forEach((lang, s) -> {
            if (s.size() >= 8 && words.get(lang).size() >= 50) {
                out.put(lang, new Language(lang, List.copyOf(s), List.copyOf(words.get(lang))));
            }
        });
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no language in " + sampleData + " has 8 sentences of " + MIN_WORDS
                    + "+ words; point --sample-data to the sample-data folder of the repository");
        }
        return new SentencePool(out);
    }

    private static List<String> texts(Path dir, List<Extractor> extractors) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                InputItem item = InputItem.ofFile(file);
                Extractor extractor = extractors.stream().filter(e -> e.accepts(item)).findFirst().orElseThrow();
                try {
                    extractor.extract(item, new ExtractionSink() {
                        @Override
                        public void document(Document doc) {
                            out.add(doc.text());
                        }

                        @Override
                        public void failure(String part, String error) {
                            // a sample file that cannot be read adds no sentences
                        }
                    });
                } catch (ExtractionException e) {
                    // same: skipped
                }
            }
        }
        return out;
    }

    private static void add(String lang, String text, Segmenters segmenters, Map<String, Set<String>> sentences,
                            Map<String, Set<String>> words) {
        var segmenter = segmenters.forLanguage(lang);
        Set<String> s = sentences.computeIfAbsent(lang, k -> new LinkedHashSet<>());
        Set<String> w = words.computeIfAbsent(lang, k -> new LinkedHashSet<>());
        for (int[] span : segmenter.sentences(text)) {
            String sentence = text.substring(span[0], span[1]).replaceAll("\\s+", " ").strip();
            List<Token> tokens = segmenter.words(sentence);
            if (tokens.size() < MIN_WORDS) {
                continue;
            }
            s.add(sentence);
            for (Token t : tokens) {
                if (t.kind() == Token.Kind.WORD && t.text().codePointCount(0, t.text().length()) >= 2) {
                    w.add(t.text());
                }
            }
        }
    }
}
