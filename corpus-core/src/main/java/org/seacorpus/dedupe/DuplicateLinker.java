package org.seacorpus.dedupe;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.seacorpus.index.Fields;

/**
 * Finds duplicate pairs and joins them in a {@link UnionFind}: a {@code loose_hash} term (read straight from the
 * terms dictionary) with two or more live documents is a group of exact duplicates; documents sharing all the
 * components of one LSH band of their signatures are a bucket of near-duplicate candidates ({@link BandBuckets}
 * sorts the band keys of every signature; the {@code lsh_<band>} terms of older corpora are walked only for a
 * scheme it cannot read). Only the signatures of one bucket's members are held at a time.
 *
 * <p>Candidates in a bucket are verified against the threshold on their whole signatures. Each member is
 * compared with earlier members of other sets, at most {@link #MAX_COMPARISONS} of them, so a huge bucket (a
 * template shared by thousands of pages) costs linear, not quadratic, time; members already joined through
 * another band are not compared again, nor are pairs already judged apart; a bucket whose members are all joined
 * already is not read at all.
 */
final class DuplicateLinker {
    /** Most comparisons of one bucket member with earlier members. */
    static final int MAX_COMPARISONS = NearDuplicateRule.MAX_COMPARISONS;
    /** Most rejected pairs remembered (so a pair sharing several bands is judged once); about 50 MB at most. */
    static final int MAX_REMEMBERED = 1_000_000;

    /** What linking found. */
    record Counts(long groups, long candidatePairs, long linkedPairs) {
    }

    private final IndexReader reader;
    private final Bits live;
    private final FixedBitSet fresh;
    private final UnionFind sets;
    private int[] members = new int[16];
    /** Pairs judged apart (doc ids packed in a long), so a pair sharing several bands is judged once. */
    private final org.seacorpus.util.LongIntHashMap rejected = new org.seacorpus.util.LongIntHashMap(1 << 12);

    /**
     * @param fresh documents to compare (an incremental run: those imported since the last one); a pair or group
     *              is looked at only when it has one of them. Null compares everything.
     */
    DuplicateLinker(IndexReader reader, Bits live, FixedBitSet fresh, UnionFind sets) {
        this.reader = reader;
        this.live = live;
        this.fresh = fresh;
        this.sets = sets;
    }

    /**
     * Joins the members of each cluster marked by earlier runs, so new documents join existing clusters. Cluster
     * marks are doc values (not terms), so one pass over them joins each member to the first member seen with
     * the same cluster name (names are keyed by a 64-bit hash: one int per cluster in memory).
     */
    long seedMarkedClusters() throws IOException {
        org.seacorpus.util.LongIntHashMap first = new org.seacorpus.util.LongIntHashMap(1024);
        com.dynatrace.hash4j.hashing.Hasher64 hasher = com.dynatrace.hash4j.hashing.Hashing.xxh3_64();
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.BinaryDocValues clusters = org.apache.lucene.index.DocValues.getBinary(
                    leaf.reader(), org.seacorpus.index.MarkFields.CLUSTER);
            for (int d = clusters.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = clusters.nextDoc()) {
                int doc = leaf.docBase + d;
                if (live != null && !live.get(doc)) {
                    continue;
                }
                BytesRef name = clusters.binaryValue();
                long key = hasher.hashBytesToLong(name.bytes, name.offset, name.length);
                int seen = first.get(key, -1);
                if (seen < 0) {
                    first.put(key, doc);
                } else {
                    sets.union(seen, doc);
                }
            }
        }
        return first.size();
    }

    /** Joins documents with equal loose keys. */
    Counts linkExact() throws IOException {
        return scan(Fields.LOOSE_HASH, (docs, n) -> joinAll(docs, n, true));
    }

    /** Joins bucket members whose estimated similarity (and exact Jaccard, if asked) reaches the threshold. */
    Counts linkNear(int bands, PairJudge judge) throws IOException {
        SignatureReader signatures = new SignatureReader(reader);
        BandBuckets buckets = new BandBuckets(reader, live);
        Counts fromSignatures = linkBuckets(buckets, Math.max(bands, buckets.maxBands()), signatures, judge);
        if (buckets.supported()) {
            return fromSignatures;
        }
        // a scheme id this version cannot read (only in a corpus imported before December 2026, when import also
        // wrote each band key as a term): the buckets of the schemes it can read came from the signatures above
        // (newer documents have no band terms), those of the others come from the lsh_<band> terms
        long groups = fromSignatures.groups();
        long candidates = fromSignatures.candidatePairs();
        long linked = fromSignatures.linkedPairs();
        for (int band = 0; band < bands; band++) {
            Counts c = scan(Fields.lshField(band), (docs, n) -> verifyBucket(docs, n, signatures, judge));
            groups += c.groups();
            candidates += c.candidatePairs();
            linked += c.linkedPairs();
        }
        return new Counts(groups, candidates, linked);
    }

    /** Verifies every bucket {@link BandBuckets} makes from the signatures (of the schemes it can read). */
    private Counts linkBuckets(BandBuckets buckets, int bands, SignatureReader signatures, PairJudge judge)
            throws IOException {
        long[] totals = new long[3];
        buckets.forEach(bands, (band, docs, n) -> {
            if (!hasFresh(docs, n)) {
                return;
            }
            long[] c = verifyBucket(docs, n, signatures, judge);
            totals[0]++;
            totals[1] += c[0];
            totals[2] += c[1];
        });
        return new Counts(totals[0], totals[1], totals[2]);
    }

    private boolean hasFresh(int[] docs, int n) {
        if (fresh == null) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (fresh.get(docs[i])) {
                return true;
            }
        }
        return false;
    }

    /** Decides whether two candidates are near-duplicates. */
    interface PairJudge {
        boolean similar(int docA, byte[] signatureA, int docB, byte[] signatureB) throws IOException;
    }

    private interface GroupWork {
        /** Returns {candidate pairs, linked pairs}. */
        long[] apply(int[] docs, int n) throws IOException;
    }

    private Counts scan(String field, GroupWork work) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return new Counts(0, 0, 0);
        }
        long groups = 0;
        long candidates = 0;
        long linked = 0;
        TermsEnum termsEnum = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            if (termsEnum.docFreq() < 2) {
                continue;
            }
            postings = termsEnum.postings(postings, PostingsEnum.NONE);
            int n = 0;
            boolean hasFresh = fresh == null;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (n == members.length) {
                    members = Arrays.copyOf(members, n * 2);
                }
                members[n++] = doc;
                hasFresh |= fresh != null && fresh.get(doc);
            }
            if (n < 2 || !hasFresh) {
                continue;
            }
            groups++;
            long[] c = work.apply(members, n);
            candidates += c[0];
            linked += c[1];
        }
        return new Counts(groups, candidates, linked);
    }

    private long[] joinAll(int[] docs, int n, boolean counted) {
        long linked = 0;
        for (int i = 1; i < n; i++) {
            if (sets.union(docs[0], docs[i])) {
                linked++;
            }
        }
        return counted ? new long[] {n - 1, linked} : new long[] {0, 0};
    }

    private long[] verifyBucket(int[] docs, int n, SignatureReader signatures, PairJudge judge) throws IOException {
        // a true pair shares most of its 28 bands: once one band has joined it, the others have nothing to add
        int root = sets.find(docs[0]);
        boolean oneSet = true;
        for (int i = 1; i < n && oneSet; i++) {
            oneSet = sets.find(docs[i]) == root;
        }
        if (oneSet) {
            return new long[] {0, 0};
        }
        byte[][] sigs = new byte[n][];
        for (int i = 0; i < n; i++) {
            sigs[i] = signatures.read(docs[i]); // postings come in doc order: the reader moves forward
        }
        long candidates = 0;
        long linked = 0;
        for (int i = 1; i < n; i++) {
            if (sigs[i] == null) {
                continue;
            }
            boolean freshI = fresh == null || fresh.get(docs[i]);
            int compared = 0;
            for (int j = 0; j < i && compared < MAX_COMPARISONS; j++) {
                if (sigs[j] == null || !freshI && !fresh.get(docs[j])) {
                    continue;
                }
                if (sets.find(docs[i]) == sets.find(docs[j])) {
                    continue;
                }
                long pair = ((long) docs[j] << 32) | docs[i]; // j < i: one key per pair
                if (rejected.containsKey(pair)) {
                    continue;
                }
                compared++;
                candidates++;
                if (judge.similar(docs[i], sigs[i], docs[j], sigs[j])) {
                    sets.union(docs[i], docs[j]);
                    linked++;
                } else if (rejected.size() < MAX_REMEMBERED) {
                    rejected.put(pair, 1);
                }
            }
        }
        return new long[] {candidates, linked};
    }
}
