package org.seacorpus.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.dedupe.DedupeOptions;

/**
 * A real corpus for the web tests, built once per test run: the Thai, Khmer and Burmese documents of
 * sample-data (unspaced text), two hard cases (Thai text whose marks normalisation reorders, and its corrected
 * copy: an exact-duplicate cluster after dedupe), and a hostile document whose text, title, metadata and tags
 * hold markup that must show as text. Tests that change the corpus work on a copy.
 */
final class TestCorpus {
    /** The hostile text, as stored: every page must show it literally. */
    static final String SCRIPT = "<script>alert('xss-text')</script>";
    static final String IMG = "\"><img src=x onerror=alert('xss-attr')>";
    static final String HOSTILE_META = "\"><img src=x onerror=alert('xss-meta')>";
    static final String HOSTILE_TAG = "<b>tag</b>";
    static final String TITLE = "<script>alert('xss-title')</script>";

    private static Path built;

    private TestCorpus() {
    }

    /** The shared corpus (read only: do not change it). */
    static synchronized Path shared() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    /** A fresh copy of the shared corpus, for a test that curates. */
    static Path copy() {
        Path source = shared();
        try {
            Path target = Files.createTempDirectory("seacorpus-web-copy-");
            try (Stream<Path> all = Files.walk(source)) {
                for (Path p : all.toList()) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else if (!p.getFileName().toString().equals("write.lock")) {
                        Files.copy(p, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build() {
        try {
            Path root = Files.createTempDirectory("seacorpus-web-test-");
            Path samples = sampleData();
            Path input = Files.createDirectories(root.resolve("input"));
            for (String lang : List.of("th", "km", "my")) {
                copyDir(samples.resolve(lang), Files.createDirectories(input.resolve(lang)));
            }
            Path hard = Files.createDirectories(input.resolve("hard-cases"));
            for (String name : List.of("thai-misordered-marks.txt", "thai-misordered-marks.expected.txt")) {
                Files.copy(samples.resolve("hard-cases").resolve(name), hard.resolve(name));
            }
            Path hostileDir = Files.createDirectories(root.resolve("hostile"));
            // an HTML page whose escaped markup Tika turns back into text: in the title and in the body
            Files.writeString(hostileDir.resolve("hostile.html"), "<!DOCTYPE html><html><head><meta charset=utf-8>"
                    + "<title>" + escape(TITLE) + "</title></head><body><p>Markup in a document is text, not code. "
                    + "This line holds a script tag " + escape(SCRIPT) + " and an attribute breaker " + escape(IMG)
                    + " which a careless page would run. Rice farmers read it anyway.</p></body></html>\n",
                    StandardCharsets.UTF_8);
            Corpus corpus = Corpus.create(root.resolve("corpus"), "web-test");
            corpus.importFrom(ImportOptions.of(List.of(input)), null);
            corpus.importFrom(ImportOptions.of(List.of(hostileDir)).withForcedLang("en")
                    .withTags(Set.of(HOSTILE_TAG)).withMetadata(Map.of("author", HOSTILE_META)), null);
            corpus.dedupe(DedupeOptions.DEFAULTS, null);
            return root.resolve("corpus");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** sample-data/ of this repository, from the module's folder or the root. */
    static Path sampleData() {
        for (Path p : List.of(Path.of("../sample-data"), Path.of("sample-data"))) {
            if (Files.isDirectory(p.resolve("th"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("sample-data/ not found from " + Path.of("").toAbsolutePath());
    }

    private static void copyDir(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
