package org.seacorpus.dedupe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Writing planted documents to files and making corpora with dedupe settings. */
final class PlantedFixtures {
    private PlantedFixtures() {
    }

    /** Writes each document as {@code <name>.txt} in {@code dir}. */
    static Path write(Path dir, List<PlantedCorpus.Doc> docs) throws IOException {
        Files.createDirectories(dir);
        for (PlantedCorpus.Doc doc : docs) {
            Files.writeString(dir.resolve(doc.name() + ".txt"), doc.text());
        }
        return dir;
    }

    /** A new corpus whose corpus.yaml has these settings. */
    static Corpus corpusWithSettings(Path home, Map<String, Object> settings) throws IOException {
        Corpus.create(home, "planted");
        return corpusSettingsReplaced(home, settings);
    }

    /**
     * A corpus at {@code home} shingling words by five and Khmer by five characters, holding the planted corpus of
     * each of {@code langs} (written under {@code inputs}, one folder a language, imported with the language forced).
     */
    static Corpus plantedCorpus(Path home, Path inputs, List<String> langs) throws IOException {
        Corpus corpus = corpusWithSettings(home, Map.of("dedupe.shingles", "words:5", "dedupe.shingles.km", "chars:5"));
        for (String lang : langs) {
            Path in = write(inputs.resolve("in-" + lang), PlantedCorpus.build(lang));
            corpus.importFrom(ImportOptions.of(List.of(in)).withForcedLang(lang), null);
        }
        return corpus;
    }

    /** The corpus at {@code home}, opened again after its corpus.yaml got these settings instead. */
    static Corpus corpusSettingsReplaced(Path home, Map<String, Object> settings) throws IOException {
        Path yaml = home.resolve("corpus.yaml");
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        ObjectNode config = (ObjectNode) mapper.readTree(yaml.toFile());
        config.set("settings", mapper.valueToTree(settings));
        mapper.writeValue(yaml.toFile(), config);
        return Corpus.open(home);
    }
}
