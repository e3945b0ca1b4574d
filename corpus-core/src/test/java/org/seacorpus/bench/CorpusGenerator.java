package org.seacorpus.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Makes a large corpus out of the small one: documents recombined from the paragraphs of the sample data, one
 * JSON Lines file per language. Deterministic (fixed seed). About 5 % of documents are junk (a line repeated,
 * for the quality filter) and about 10 % carry a phone number and an e-mail address (for PII redaction).
 */
final class CorpusGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> LANGUAGES = List.of("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil", "jv", "su",
            "ceb", "tet", "zh", "ta", "en");

    private CorpusGenerator() {
    }

    /** Paragraphs of the plain-text and Markdown sample files of a language. */
    static List<String> paragraphs(Path sampleData, String lang) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(sampleData.resolve(lang))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(txt|md)")).sorted().toList()) {
                String text;
                try {
                    text = Normalizer.normalize(Files.readString(file), Normalizer.Form.NFC);
                } catch (java.nio.charset.MalformedInputException e) {
                    continue; // a legacy-encoded sample (e.g. Vietnamese windows-1258): not needed here
                }
                for (String p : text.split("\n\\s*\n")) {
                    if (p.strip().length() > 40) {
                        out.add(p.strip());
                    }
                }
            }
        }
        return out;
    }

    /** Writes {@code documents} documents, spread over the languages, into {@code out/<lang>.jsonl}. */
    static Map<String, Path> generate(Path sampleData, Path out, int documents, long seed) throws IOException {
        Files.createDirectories(out);
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Path> files = new LinkedHashMap<>();
        int perLanguage = documents / LANGUAGES.size();
        for (String lang : LANGUAGES) {
            List<String> paragraphs = paragraphs(sampleData, lang);
            Path file = out.resolve(lang + ".jsonl");
            files.put(lang, file);
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < perLanguage; i++) {
                    StringBuilder text = new StringBuilder();
                    int roll = random.nextInt(100);
                    if (roll < 5) {
                        // a menu: the first words of a paragraph, repeated line after line
                        String p = paragraphs.get(random.nextInt(paragraphs.size()));
                        String item = p.substring(0, p.offsetByCodePoints(0, Math.min(12, p.codePointCount(0,
                                p.length()))));
                        text.append((item + "\n").repeat(10 + random.nextInt(10)));
                    } else {
                        // 3 to 6 different paragraphs, in a random order
                        int n = Math.min(paragraphs.size(), 3 + random.nextInt(4));
                        List<String> pool = new ArrayList<>(paragraphs);
                        for (int k = 0; k < n; k++) {
                            String p = pool.remove(random.nextInt(pool.size()));
                            text.append(k == 0 ? "" : "\n\n").append(p);
                        }
                        if (roll < 15) {
                            text.append("\n\n+66 81 234 ").append(1000 + random.nextInt(9000))
                                    .append(" · contact").append(i).append("@example.org");
                        }
                    }
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("id", lang + "-" + i);
                    row.put("text", text.toString());
                    w.write(JSON.writeValueAsString(row));
                    w.write('\n');
                }
            }
        }
        return files;
    }
}
