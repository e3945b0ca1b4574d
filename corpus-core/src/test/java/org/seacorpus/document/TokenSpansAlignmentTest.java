package org.seacorpus.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Moving a source's tokens onto the normalised text ({@link TokenSpans#alignedTo}, {@link OffsetAlignment}). */
class TokenSpansAlignmentTest {

    /** Tokens over a text cut at the given boundaries (each word once, whitespace between). */
    static TokenSpans spans(String text) {
        List<TokenSpans.Span> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new TokenSpans.Span(start, i));
            }
        }
        return new TokenSpans(List.of(new TokenSpans.Sentence("s1", tokens)));
    }

    static List<String> words(TokenSpans spans, String text) {
        return spans.tokens().stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void vietnameseDecomposedTonesComposedByNfcKeepEachWord() {
        String original = Normalizer.normalize("Học sinh đến trường vào buổi sáng", Normalizer.Form.NFD);
        String nfc = Normalizer.normalize(original, Normalizer.Form.NFC);
        assertThat(original).isNotEqualTo(nfc);
        TokenSpans aligned = spans(original).alignedTo(original, nfc);
        assertThat(words(aligned, nfc)).containsExactly("Học", "sinh", "đến", "trường", "vào", "buổi", "sáng");
    }

    @Test
    void aDeletedZeroWidthSpaceInsideAThaiTokenShortensIt() {
        String original = "ตลาด\u200Bเช้า ขาย ผลไม้";
        String normalised = "ตลาดเช้า ขาย ผลไม้";
        assertThat(words(spans(original).alignedTo(original, normalised), normalised))
                .containsExactly("ตลาดเช้า", "ขาย", "ผลไม้");
    }

    @Test
    void tokensWithoutSpacesBetweenThemStayApartWhenACharacterBeforeThemChanges() {
        // a Khmer sentence cut into words without spaces; the normaliser swapped two signs in the first word
        String original = "កុមារទៅសាលារៀន";
        TokenSpans tokens = new TokenSpans(List.of(new TokenSpans.Sentence("", List.of(
                new TokenSpans.Span(0, 5), new TokenSpans.Span(5, 7), new TokenSpans.Span(7, 14)))));
        String changed = "កុមារទៅសាលារៀន".replace("កុ", "ក\u17BB"); // same length, same text here
        assertThat(words(tokens.alignedTo(original, changed), changed)).containsExactly("កុមារ", "ទៅ", "សាលារៀន");
        String reordered = "ក\u17BB\u17C6" + original.substring(2); // an extra sign inserted in the first word
        TokenSpans moved = tokens.alignedTo(original, reordered);
        assertThat(words(moved, reordered)).containsExactly("ក\u17BB\u17C6មារ", "ទៅ", "សាលារៀន");
    }

    @Test
    void aTokenWhoseCharactersAreAllDeletedIsDropped() {
        String original = "ກ \u200B ຂ";
        String normalised = "ກ  ຂ";
        assertThat(words(spans(original).alignedTo(original, normalised), normalised)).containsExactly("ກ", "ຂ");
    }

    @Property(tries = 300)
    void alignedTokensAreInOrderInsideTheTextAndCoverAllItsNonSpaces(@ForAll("edits") String[] pair) {
        String original = pair[0];
        String changed = pair[1];
        TokenSpans aligned = spans(original).alignedTo(original, changed);
        int last = 0;
        StringBuilder covered = new StringBuilder();
        for (TokenSpans.Span t : aligned.tokens()) {
            assertThat(t.start()).isGreaterThanOrEqualTo(last);
            assertThat(t.end()).isLessThanOrEqualTo(changed.length());
            covered.append(changed, t.start(), t.end());
            last = t.end();
        }
        assertThat(covered.toString().replaceAll("\\s", "")).isEqualTo(changed.replaceAll("\\s", ""));
    }

    @Property(tries = 200)
    void unchangedTextKeepsEveryToken(@ForAll("texts") String text) {
        TokenSpans tokens = spans(text);
        assertThat(tokens.alignedTo(text, text)).isEqualTo(tokens);
        assertThat(OffsetAlignment.of(text, text).start(0)).isEqualTo(0);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("กขคงจ ະາີ ກ្ម \u0301\u200Babc").ofMinLength(0).ofMaxLength(60);
    }

    /** A text and a copy with a few local edits: characters deleted, inserted or replaced. */
    @Provide
    Arbitrary<String[]> edits() {
        Arbitrary<String> text = texts();
        Arbitrary<List<int[]>> ops = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 59), Arbitraries.chars().with("xyz\u0301 ")).as(
                        (kind, at, c) -> new int[] {kind, at, c}).list().ofMaxSize(5);
        return Combinators.combine(text, ops).as((t, list) -> {
            StringBuilder b = new StringBuilder(t);
            for (int[] op : list) {
                int at = Math.min(op[1], b.length());
                switch (op[0]) {
                    case 0 -> {
                        if (at < b.length()) {
                            b.deleteCharAt(at);
                        }
                    }
                    case 1 -> b.insert(at, (char) op[2]);
                    default -> {
                        if (at < b.length()) {
                            b.setCharAt(at, (char) op[2]);
                        }
                    }
                }
            }
            return new String[] {t, b.toString()};
        });
    }
}
