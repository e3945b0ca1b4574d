package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.index.StoredDocuments;

/**
 * The LSH buckets dedupe makes from the signatures in doc values are exactly the buckets of the band keys computed
 * at import (same members, in doc order; import wrote those keys as {@code lsh_<band>} terms before December 2026),
 * with two shingle schemes in one index (Thai and Lao by words, Khmer by characters), so that reading buckets in
 * bulk decides the same pairs as walking the terms did.
 */
class BandBucketsTest {
    @TempDir
    Path tmp;

    @Test
    void bucketsFromSignaturesEqualTheBandTermsOfEveryScheme() throws IOException {
        Corpus corpus = PlantedFixtures.plantedCorpus(tmp.resolve("corpus"), tmp, List.of("th", "lo", "km"));
        try (var dir = FSDirectory.open(corpus.home().indexDir()); DirectoryReader reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            BandBuckets buckets = new BandBuckets(reader, live);
            assertThat(buckets.supported()).isTrue();
            assertThat(buckets.maxBands()).isEqualTo(28);
            List<Set<List<Integer>>> fromSignatures = new ArrayList<>();
            for (int b = 0; b < 28; b++) {
                fromSignatures.add(new HashSet<>());
            }
            buckets.forEach(28, (band, docs, n) -> {
                List<Integer> members = Arrays.stream(docs, 0, n).boxed().toList();
                assertThat(members).as("doc order").isSorted();
                fromSignatures.get(band).add(members);
            });
            int total = 0;
            for (int band = 0; band < 28; band++) {
                Set<List<Integer>> fromTerms = termBuckets(reader, live, band);
                assertThat(fromSignatures.get(band)).as("band " + band).isEqualTo(fromTerms);
                total += fromTerms.size();
            }
            assertThat(total).as("the planted copies share bands").isGreaterThan(28 * 9);
        }
    }

    @Test
    void theRadixSortKeepsEqualKeysInTheirOrder() {
        long[] a = {(5L << 32) | 3, (-1L << 32) | 1, (5L << 32) | 1, (0L << 32) | 9, (-1L << 32) | 0, (5L << 32) | 2};
        BandBuckets.sortByHighInt(a, new long[a.length], a.length);
        // by the key as an unsigned int (0, 5, then 0xFFFFFFFF), equal keys in their first order
        assertThat(a).containsExactly(9, (5L << 32) | 3, (5L << 32) | 1, (5L << 32) | 2, (-1L << 32) | 1,
                (-1L << 32) | 0);
    }

    /**
     * The buckets of one band as the {@code lsh_<band>} terms made them (import wrote each document's 64-bit band
     * key as a term of that field until December 2026, cut from the signature as import does): live documents grouped by
     * that key, groups of two or more, members in doc order.
     */
    private static Set<List<Integer>> termBuckets(DirectoryReader reader, Bits live, int band) throws IOException {
        Map<Long, List<Integer>> byKey = new java.util.TreeMap<>();
        StoredDocuments stored = new StoredDocuments(reader);
        for (int d = 0; d < reader.maxDoc(); d++) {
            if (live != null && !live.get(d)) {
                continue;
            }
            DedupeKeys keys = stored.read(d).document().annotation(DedupeKeys.class).orElseThrow();
            // the 64-bit band keys import cut from the signature (no longer stored since format 3)
            long[] bands = keys.hasSignature() ? new MinHashSigner(SignatureScheme.signingOf(keys.scheme(),
                    SignatureScheme.DEFAULT).orElseThrow()).bands(keys.signature()) : new long[0];
            if (band < bands.length) {
                byKey.computeIfAbsent(bands[band], k -> new ArrayList<>()).add(d);
            }
        }
        Set<List<Integer>> out = new HashSet<>();
        for (List<Integer> members : byKey.values()) {
            if (members.size() >= 2) {
                out.add(members);
            }
        }
        return out;
    }
}
