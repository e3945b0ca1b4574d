package org.seacorpus.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Ids and content hashes are SHA-256 (checked against {@code sha256sum} and Python's hashlib), and stay right
 * when many import workers hash at once: each thread has its own digest, reused from one hash to the next.
 */
class DocumentIdTest {
    @Test
    void contentHashIsTheSha256OfTheUtf8Text() {
        assertThat(DocumentId.contentHash("")).isEqualTo(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(DocumentId.contentHash("ภาษาไทยเป็นภาษาราชการ")).isEqualTo(
                "390d4bed55ae7522f9f51d3e2064fcebf3fddfe9f013dd6a56d385028ddb9fa8");
    }

    /** The import fingerprint hashes its key and the text in turn: the same hash as the joined string's. */
    @Property(tries = 500)
    void aHashOfTwoPartsIsTheHashOfTheJoinedString(@ForAll String prefix, @ForAll String text) {
        assertThat(DocumentId.contentHash(prefix, text)).isEqualTo(DocumentId.contentHash(prefix + text));
    }

    @Test
    void aSurrogatePairCutBetweenThePartsIsHashedAsOneCharacter() {
        String emoji = "\uD83D\uDE00"; // U+1F600, four bytes in UTF-8; each half alone would become '?'
        assertThat(DocumentId.contentHash("key\u0000" + emoji.charAt(0), emoji.charAt(1) + " ข้อความ"))
                .isEqualTo(DocumentId.contentHash("key\u0000" + emoji + " ข้อความ"));
        assertThat(DocumentId.contentHash("1\u0000", "ภาษาไทย")).isEqualTo(DocumentId.contentHash("1\u0000ภาษาไทย"));
    }

    @Test
    void anIdIsTheFirst128BitsOfTheSourceAndPart() {
        // SHA-256 of "wiki-th/2025-01\0id=7" (Python hashlib): f9735a71fc926f44d1edd180a9c79607e052ce8caae8ce6300d557ca9982b8db
        assertThat(DocumentId.of("wiki-th/2025-01", "id=7")).isEqualTo("f9735a71fc926f44d1edd180a9c79607");
    }

    @Test
    void hashesComputedOnManyThreadsAtOnceAreEachTheirTextsHash() throws Exception {
        String[] words = {"ភាសាខ្មែរ", "မြန်မာစာ", "tiếng Việt", "bahasa", "ພາສາລາວ", "ภาษาไทย", "中文", "Tetun"};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String[]>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<String[]> pairs = new ArrayList<>();
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < 2_000; i++) {
                        text.append(words[(i * 7 + thread) % words.length]).append(' ');
                        String s = text.toString();
                        pairs.add(new String[] {s, DocumentId.contentHash(s)});
                        if (text.length() > 400) {
                            text.setLength(0);
                        }
                    }
                    return pairs;
                }));
            }
            MessageDigest fresh = MessageDigest.getInstance("SHA-256");
            for (Future<List<String[]>> result : results) {
                for (String[] pair : result.get()) {
                    String expected = HexFormat.of().formatHex(fresh.digest(pair[0].getBytes(StandardCharsets.UTF_8)));
                    assertThat(pair[1]).as(pair[0]).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
