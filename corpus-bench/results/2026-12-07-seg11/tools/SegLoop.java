import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmentation;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;

/**
 * For a profile of the analyse stage alone: Segmentation.of (words and sentences) over the texts of a generated
 * corpus whose true language is in LANGS (comma-separated, or "all"), ROUNDS times, on one thread.
 *
 * <pre>java -cp JAR:tools SegLoop GEN_DIR LANGS ROUNDS</pre>
 */
public final class SegLoop {
    public static void main(String[] args) throws Exception {
        Path gen = Path.of(args[0]);
        Set<String> langs = Set.of(args[1].split(","));
        int rounds = Integer.parseInt(args[2]);
        Map<String, String> langOf = new java.util.HashMap<>();
        for (String line : Files.readAllLines(gen.resolve("truth.jsonl"))) {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            langOf.put(node.get("id").asText(), node.get("lang").asText());
        }
        List<String> texts = new ArrayList<>();
        List<String> textLangs = new ArrayList<>();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var files = Files.list(gen)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("docs-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    var node = mapper.readTree(line);
                    String lang = langOf.getOrDefault(node.get("id").asText(), "und");
                    if (langs.contains("all") || langs.contains(lang)) {
                        texts.add(node.get("text").asText());
                        textLangs.add(lang);
                    }
                }
            }
        }
        Segmenters segmenters = new Segmenters(LanguageProfiles.builtIn());
        long h = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < texts.size(); i++) {
                Segmenter segmenter = segmenters.forLanguage(textLangs.get(i));
                Segmentation s = Segmentation.of(segmenter, texts.get(i));
                h += s.tokens().size() + s.sentences();
            }
        }
        System.out.println(texts.size() + " texts, " + h);
    }
}
