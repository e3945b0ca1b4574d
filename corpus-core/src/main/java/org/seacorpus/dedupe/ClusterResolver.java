package org.seacorpus.dedupe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.seacorpus.document.Status;

/**
 * Turns the sets of a {@link UnionFind} into marks: names each cluster, picks the member to keep by the
 * {@link KeepPolicy}, and lists the documents whose marks must change. Three streaming passes over doc values;
 * what it holds is one small record per cluster and the changes themselves.
 *
 * <p>A cluster is named after its smallest member id ({@code near-…} or, when all members are equal after
 * folding, {@code exact-…}), so the same members give the same name on every run. Only clusters where some
 * member's marks (cluster, status, kept member, size) differ from what is stored are written: an incremental run
 * that joins one new document to a cluster touches that cluster only.
 */
final class ClusterResolver {
    /** Members listed per example cluster. */
    static final int EXAMPLE_MEMBERS = 10;

    /** Exact and near duplicates of one language. */
    record LanguageCounts(long exact, long near) {
    }

    /** A cluster to show in the report, with up to {@link #EXAMPLE_MEMBERS} members. */
    record Example(String cluster, String kind, int size, int keptDoc, String keptId, List<Member> members) {
    }

    /** A member of an example cluster and the status it gets. */
    record Member(int doc, String id, Status status) {
    }

    /** What the run decided; {@code changes} by global doc id. */
    record Resolution(Map<Integer, DedupePlan.DocChange> changes, FixedBitSet duplicates,
                      Map<String, LanguageCounts> byLanguage, Map<String, Long> clusterSizes, long clusters,
                      List<Example> examples) {
    }

    private final IndexReader reader;
    private final Bits live;
    private final UnionFind sets;
    private final KeepPolicy keep;
    private final int exampleCount;
    private final Map<Integer, Cluster> clusters = new HashMap<>();
    private KeyTable keys;

    ClusterResolver(IndexReader reader, Bits live, UnionFind sets, KeepPolicy keep, int exampleCount) {
        this.reader = reader;
        this.live = live;
        this.sets = sets;
        this.keep = keep;
        this.exampleCount = exampleCount;
    }

    Resolution resolve() throws IOException {
        // the ids and loose keys of clustered documents, looked up once each, in term order
        keys = KeyTable.of(reader, live, doc -> sets.sizeOf(doc) > 1);
        // pass 1: members, smallest id, kind and the member to keep, per cluster
        forEachLiveDoc((doc, a, clustered) -> {
            if (clustered) {
                clusters.computeIfAbsent(sets.find(doc), r -> new Cluster()).add(doc, a, keep);
            }
        });
        clusters.values().forEach(Cluster::name);
        List<Cluster> shown = clusters.values().stream()
                .sorted(Comparator.comparingInt((Cluster c) -> -c.size).thenComparing(c -> c.name))
                .limit(exampleCount).toList();
        shown.forEach(c -> c.example = new ArrayList<>());

        // pass 2: which clusters differ from the stored marks; stale marks outside clusters; counts
        FixedBitSet duplicates = new FixedBitSet(Math.max(1, reader.maxDoc()));
        Map<Integer, DedupePlan.DocChange> changes = new HashMap<>();
        Map<String, long[]> byLanguage = new TreeMap<>();
        forEachLiveDoc((doc, a, clustered) -> {
            if (!clustered) {
                if (a.cluster() != null || a.status() == Status.DUPLICATE) {
                    changes.put(doc, new DedupePlan.DocChange(a.id(), MarkChange.CLEAR));
                }
                return;
            }
            Cluster c = clusters.get(sets.find(doc));
            Status wanted = c.statusOf(doc, a.status());
            String keptIn = c.bestDoc == doc ? null : c.bestId;
            if (!Objects.equals(a.cluster(), c.name) || a.status() != wanted
                    || !Objects.equals(a.duplicateOf(), keptIn) || a.clusterSize() != c.size) {
                c.dirty = true;
            }
            if (wanted == Status.DUPLICATE) {
                duplicates.set(doc);
                long[] counts = byLanguage.computeIfAbsent(a.lang(), l -> new long[2]);
                counts[a.looseKey() == c.bestLoose ? 0 : 1]++;
            }
            if (c.example != null && c.example.size() < EXAMPLE_MEMBERS) {
                c.example.add(new Member(doc, a.id(), wanted));
            }
        });

        // pass 3: the new marks of every member of a cluster that changed
        forEachLiveDoc((doc, a, clustered) -> {
            Cluster c = clustered ? clusters.get(sets.find(doc)) : null;
            if (c != null && c.dirty) {
                boolean kept = c.bestDoc == doc;
                changes.put(doc, new DedupePlan.DocChange(a.id(), new MarkChange(c.name, kept ? null : c.bestId,
                        c.size, c.statusOf(doc, a.status()))));
            }
        });

        Map<String, LanguageCounts> languages = new TreeMap<>();
        byLanguage.forEach((lang, n) -> languages.put(lang, new LanguageCounts(n[0], n[1])));
        return new Resolution(changes, duplicates, languages, histogram(), clusters.size(), examples(shown));
    }

    private Map<String, Long> histogram() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (String bucket : List.of("2", "3", "4", "5-9", "10-99", "100+")) {
            out.put(bucket, 0L);
        }
        for (Cluster c : clusters.values()) {
            String bucket = c.size <= 4 ? Integer.toString(c.size) : c.size < 10 ? "5-9" : c.size < 100 ? "10-99"
                    : "100+";
            out.merge(bucket, 1L, Long::sum);
        }
        return out;
    }

    private static List<Example> examples(List<Cluster> shown) {
        return shown.stream().map(c -> new Example(c.name, c.kind(), c.size, c.bestDoc, c.bestId, c.example))
                .toList();
    }

    private interface DocVisitor {
        void visit(int globalDoc, LeafAttributes attributes, boolean clustered) throws IOException;
    }

    private void forEachLiveDoc(DocVisitor visitor) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafAttributes attributes = new LeafAttributes(leaf.reader(), leaf.docBase, keys.ids(), keys.looseKeys());
            int max = leaf.reader().maxDoc();
            for (int d = 0; d < max; d++) {
                int doc = leaf.docBase + d;
                if (live != null && !live.get(doc)) {
                    continue;
                }
                visitor.visit(doc, attributes.read(d), sets.sizeOf(doc) > 1);
            }
        }
    }

    /** One cluster while it is being resolved. */
    private static final class Cluster {
        int size;
        String minId;
        long firstLoose;
        boolean sameLoose = true;
        int bestDoc = -1;
        boolean bestRejected;
        long bestImported;
        long bestSequence;
        long bestChars;
        double bestScore;
        String bestId;
        long bestLoose;
        String name;
        boolean dirty;
        List<Member> example;

        void add(int doc, LeafAttributes a, KeepPolicy keep) throws IOException {
            size++;
            String id = a.id();
            if (minId == null || id.compareTo(minId) < 0) {
                minId = id;
            }
            long loose = a.looseKey();
            if (size == 1) {
                firstLoose = loose;
            } else if (firstLoose != loose) {
                sameLoose = false;
            }
            boolean rejected = a.status() == Status.REJECTED;
            long imported = a.importedAt();
            long sequence = a.sequence();
            long chars = keep == KeepPolicy.FIRST ? 0 : a.chars();
            double score = keep == KeepPolicy.BEST_QUALITY ? a.langScore() : 0;
            if (bestDoc < 0 || better(rejected, imported, sequence, chars, score, id, keep)) {
                bestDoc = doc;
                bestRejected = rejected;
                bestImported = imported;
                bestSequence = sequence;
                bestChars = chars;
                bestScore = score;
                bestId = id;
                bestLoose = loose;
            }
        }

        private boolean better(boolean rejected, long imported, long sequence, long chars, double score, String id,
                               KeepPolicy keep) {
            return keep.prefers(new KeepPolicy.Candidate(id, rejected, imported, sequence, chars, score),
                    new KeepPolicy.Candidate(bestId, bestRejected, bestImported, bestSequence, bestChars, bestScore));
        }

        void name() {
            name = DedupeMarks.clusterName(sameLoose, minId);
        }

        String kind() {
            return sameLoose ? "exact" : "near";
        }

        /** A rejected document stays rejected; otherwise the kept one is ok and the rest duplicates. */
        Status statusOf(int doc, Status current) {
            if (current == Status.REJECTED) {
                return Status.REJECTED;
            }
            return doc == bestDoc ? Status.OK : Status.DUPLICATE;
        }
    }
}
