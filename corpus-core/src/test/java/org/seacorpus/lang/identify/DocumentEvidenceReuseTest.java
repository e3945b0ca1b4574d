package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The whole-document pass over a document's Latin text adds the model evidence its parts already had instead of
 * scanning the joined text again: every part of every document must come out the same, language, score and every
 * candidate's probability to the last bit, as when the joined text is scanned.
 */
class DocumentEvidenceReuseTest {
    private static final LanguageIdentifier LANGID = LanguageIdentifier.builtIn();
    private static final DocumentIdentifier REUSING = new DocumentIdentifier(LANGID.segments(), true);
    private static final DocumentIdentifier SCANNING = new DocumentIdentifier(LANGID.segments(), false);
    private static final List<String> SENTENCES = sentences();

    private static List<String> sentences() {
        List<String> out = new ArrayList<>();
        DevSet.all().forEach(t -> out.add(t.text()));
        return List.copyOf(out);
    }

    private static void assertSameParts(String text) {
        assertThat(REUSING.parts(text, true)).as(text).isEqualTo(SCANNING.parts(text, true));
    }

    @Test
    void everySampleDocument() throws IOException {
        Path samples = Path.of("..", "sample-data");
        int documents = 0;
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                // legacy-encoded samples (Windows-874, Zawgyi) are read as UTF-8 with replacement characters: text all the same
                assertSameParts(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                documents++;
            }
        }
        assertThat(documents).isGreaterThan(20);
    }

    @Property(tries = 300)
    void documentsOfDevelopmentSentences(@ForAll("documents") String text) {
        assertSameParts(text);
    }

    /**
     * Lines of one to four development sentences of any language, Latin ones mostly (id and ms side by side, short
     * headings, lines of other scripts between), some lines longer than the 20,000 characters the prior reads.
     */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> sentence = Arbitraries.of(SENTENCES);
        Arbitrary<String> heading = Arbitraries.of("Pasal 1", "Bab II", "Artikulo 3", "Chapter 4", "Bagian", "ok");
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, sentence.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l))),
                net.jqwik.api.Tuple.of(2, heading),
                net.jqwik.api.Tuple.of(1, sentence.map(s -> (s + " ").repeat(20_001 / (s.length() + 1) + 1))));
        return line.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("\n", l));
    }
}
