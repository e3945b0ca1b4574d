package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The shipped identifier's answers on every line of the project's development set, pinned: language, script, score
 * and every candidate, to the last bit. The reference ({@value #ANSWERS}) was written by the identifier of main at
 * fdd9259 (the id/ms split tempered 0.54; its gates no longer asked Lingua, docs/langid.md, "Lingua no longer
 * asked"), before Lingua was removed; removing it had to leave every answer as it was. A retrained model or pair model changes answers on purpose:
 * rewrite the reference with {@code -Dlangid.writeAnswers=PATH} (the file to write) and say why in the commit.
 */
class ShippedAnswersTest {
    private static final String ANSWERS = "shipped-dev-answers.tsv";

    @Test
    void everyAnswerOnTheDevelopmentSetIsTheReferencesToTheLastBit() throws IOException {
        List<LabelledText> lines = DevSet.all();
        List<String> answers = new ArrayList<>();
        LanguageIdentifier shipped = LanguageIdentifier.builtIn();
        for (LabelledText t : lines) {
            answers.add(line(t.text(), shipped.identify(t.text())));
        }
        String write = System.getProperty("langid.writeAnswers");
        if (write != null) {
            Files.write(Path.of(write), answers, StandardCharsets.UTF_8);
        }
        List<String> reference = reference();
        assertThat(reference).as("reference lines (one per development line)").hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(answers.get(i)).as(lines.get(i).label() + ": " + lines.get(i).text())
                    .isEqualTo(reference.get(i));
        }
    }

    /**
     * One answer as a line: a digest of the text (so a changed development set shows as such), the language,
     * script and score, and the candidates, each score written exactly ({@link Double#toHexString}).
     */
    static String line(String text, Identification answer) {
        StringBuilder out = new StringBuilder(digest(text)).append('\t').append(answer.lang()).append('\t')
                .append(answer.script()).append('\t').append(Double.toHexString(answer.score()));
        for (Identification.Candidate c : answer.candidates()) {
            out.append('\t').append(c.lang()).append('=').append(Double.toHexString(c.score()));
        }
        return out.toString();
    }

    private static String digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> reference() {
        try (InputStream in = ShippedAnswersTest.class.getResourceAsStream(ANSWERS)) {
            if (in == null) {
                throw new IllegalStateException("missing reference " + ANSWERS + " beside " + ShippedAnswersTest.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
