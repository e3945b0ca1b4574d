package org.seacorpus.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.index.Fields;
import org.seacorpus.segment.Segmenters;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Makes a large corpus for benchmarks by recombining the sentences of the sample data: the sample documents are
 * imported (so every format is read as a user's would be), cut into sentences by each language's segmenter, and
 * documents of 3 to 10 random sentences of one language are written as one JSONL dataset per language (fixed
 * seed: the same corpus every time), then imported with the language set.
 */
public final class BenchCorpusGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchCorpusGenerator() {
    }

    /** Sentences of the sample data by language (the folder it sits in: {@code sample-data/th/…}). */
    public static Map<String, List<String>> sentences(Path sampleData, Path work) throws IOException {
        Corpus seed = Corpus.create(work.resolve("seed"), "seed");
        List<Path> languageFolders = new ArrayList<>();
        try (var dirs = Files.list(sampleData)) {
            dirs.filter(d -> Files.isDirectory(d) && seed.profiles().find(d.getFileName().toString()).isPresent())
                    .sorted().forEach(languageFolders::add);
        }
        seed.importFrom(ImportOptions.of(languageFolders), null);
        return sentences(seed);
    }

    /**
     * Sentences by language of a corpus that holds the sample data's language folders (documents from other
     * folders are left out).
     */
    public static Map<String, List<String>> sentences(Corpus seed) throws IOException {
        Segmenters segmenters = new Segmenters(seed.profiles());
        Map<String, List<String>> out = new TreeMap<>();
        try (var dir = FSDirectory.open(seed.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                var fields = stored.document(doc);
                String source = fields.get(Fields.SOURCE);
                String lang = source.replaceAll(".*/([a-z]{2,3})/[^/]*$", "$1");
                if (lang.equals(source) || seed.profiles().find(lang).isEmpty()) {
                    continue;
                }
                for (String line : fields.get(Fields.TEXT).split("\\R")) {
                    for (int[] s : segmenters.forLanguage(lang).sentences(line)) {
                        String sentence = line.substring(s[0], s[1]);
                        if (sentence.codePointCount(0, sentence.length()) >= 20) {
                            out.computeIfAbsent(lang, k -> new ArrayList<>()).add(sentence);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Writes {@code documents} documents spread evenly over the languages and imports them into a new corpus. */
    public static Corpus generate(Map<String, List<String>> sentences, int documents, Path work) throws IOException {
        Random random = new Random(20250101L);
        List<String> langs = new ArrayList<>(sentences.keySet());
        Map<String, BufferedWriter> writers = new LinkedHashMap<>();
        Path data = Files.createDirectories(work.resolve("data"));
        try {
            for (int i = 0; i < documents; i++) {
                String lang = langs.get(i % langs.size());
                List<String> pool = sentences.get(lang);
                StringBuilder text = new StringBuilder();
                int n = 3 + random.nextInt(8);
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        text.append(k % 4 == 0 ? "\n\n" : " ");
                    }
                    text.append(pool.get(random.nextInt(pool.size())));
                }
                BufferedWriter w = writers.computeIfAbsent(lang, l -> open(data.resolve(l + ".jsonl")));
                w.write(JSON.writeValueAsString(Map.of("id", lang + "-" + i, "text", text.toString(),
                        "genre", i % 3 == 0 ? "news" : i % 3 == 1 ? "dialogue" : "howto")));
                w.newLine();
            }
        } finally {
            for (BufferedWriter w : writers.values()) {
                w.close();
            }
        }
        Corpus corpus = Corpus.create(work.resolve("corpus"), "bench");
        for (String lang : langs) {
            corpus.importFrom(ImportOptions.of(List.of(data.resolve(lang + ".jsonl"))).withForcedLang(lang), null);
        }
        return corpus;
    }

    private static BufferedWriter open(Path file) {
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
