package org.seacorpus.lang.identify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Readers of labelled text for training and evaluation. Every reader streams samples to a consumer, one per
 * non-blank line; lines starting with {@code #} are comments.
 * <ul>
 *   <li>a folder: {@code <lang>.txt} files and/or {@code <lang>/} sub-folders of {@code .txt} files; the file or
 *       folder name is the label ({@code min.txt}, {@code min/news.txt});</li>
 *   <li>a JSONL file (optionally {@code .gz}): one object per line with a language field and a text field;</li>
 *   <li>a TSV file: {@code lang<TAB>script<TAB>text} (the development set) or {@code lang<TAB>text};</li>
 *   <li>the shipped training text ({@link LangidModels#TRAINING_DIR}).</li>
 * </ul>
 */
public final class LabelledTexts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledTexts() {
    }

    /** Reads a folder, a {@code .jsonl}/{@code .jsonl.gz} file or a {@code .tsv} file, by its kind. */
    public static long read(Path path, String langField, String textField, Consumer<LabelledText> sink)
            throws IOException {
        String name = path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return readFolder(path, sink);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".json")) {
            return readJsonl(path, langField, textField, sink);
        }
        if (name.endsWith(".tsv")) {
            return readTsv(path, sink);
        }
        throw new IOException("cannot read labelled text from " + path + ": give a folder of <lang>.txt files or "
                + "<lang>/ folders, a .jsonl file with a language field, or a .tsv file of lang<TAB>text lines");
    }

    public static long readFolder(Path dir, Consumer<LabelledText> sink) throws IOException {
        long n = 0;
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        n += readLines(Files.newInputStream(file), name, file.toString(), sink);
                    }
                }
            } else if (name.endsWith(".txt")) {
                n += readLines(Files.newInputStream(entry), name.substring(0, name.length() - 4), entry.toString(),
                        sink);
            }
        }
        if (n == 0) {
            throw new IOException("no training text in " + dir + ": expected <lang>.txt files or <lang>/ folders "
                    + "of .txt files, one sentence or paragraph per line");
        }
        return n;
    }

    public static long readJsonl(Path file, String langField, String textField, Consumer<LabelledText> sink)
            throws IOException {
        long n = 0;
        try (BufferedReader reader = reader(file)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IOException(file + " line " + lineNo + " is not JSON: " + e.getOriginalMessage(), e);
                }
                JsonNode lang = node.get(langField);
                JsonNode text = node.get(textField);
                if (lang == null || text == null || !lang.isTextual() || !text.isTextual()) {
                    throw new IOException(file + " line " + lineNo + " has no text fields '" + langField + "' and '"
                            + textField + "'; name them with --lang-field and --text-field");
                }
                sink.accept(new LabelledText(lang.asText(), text.asText(), file + ":" + lineNo));
                n++;
            }
        }
        return n;
    }

    public static long readTsv(Path file, Consumer<LabelledText> sink) throws IOException {
        return readTsv(Files.newInputStream(file), file.toString(), sink);
    }

    static long readTsv(InputStream in, String name, Consumer<LabelledText> sink) throws IOException {
        long n = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                if (f.length < 2) {
                    throw new IOException(name + " line " + lineNo + " has no tab: expected lang<TAB>text");
                }
                sink.accept(new LabelledText(f[0].strip(), f[f.length - 1].strip(), name + ":" + lineNo));
                n++;
            }
        }
        return n;
    }

    /** The shipped training text: one file per language that has one. */
    public static long builtIn(Consumer<LabelledText> sink) throws IOException {
        long n = 0;
        List<String> codes = new ArrayList<>();
        for (LanguageProfile p : LanguageProfiles.builtIn().all()) {
            codes.add(p.code());
        }
        codes.sort(null);
        for (String code : codes) {
            String resource = LangidModels.TRAINING_DIR + code + ".txt";
            InputStream in = LabelledTexts.class.getResourceAsStream(resource);
            if (in != null) {
                n += readLines(in, code, resource, sink);
            }
        }
        return n;
    }

    private static long readLines(InputStream in, String label, String source, Consumer<LabelledText> sink)
            throws IOException {
        long n = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    sink.accept(new LabelledText(label, line.strip(), source + ":" + lineNo));
                    n++;
                }
            }
        }
        return n;
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
