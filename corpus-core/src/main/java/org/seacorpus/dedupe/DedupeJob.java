package org.seacorpus.dedupe;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.seacorpus.index.Fields;
import org.seacorpus.segment.Segmenters;

/**
 * Finds exact duplicates, near-duplicates and boilerplate lines in a point-in-time view of the index and decides
 * the marks, without writing anything: the result is a {@link DedupePlan} for {@code Corpus.rewrite} and a
 * {@link DedupeReport}.
 *
 * <ol>
 *   <li>Exact: documents sharing a {@code loose_hash} term are joined.</li>
 *   <li>Near: documents sharing all components of an LSH band of their signatures are candidates
 *       ({@link BandBuckets}); a candidate pair is joined when its estimated similarity reaches the threshold;
 *       estimates too close to the threshold to trust are decided by the exact Jaccard similarity of the shingle
 *       sets ({@link Verification}). Joins are transitive (union-find).</li>
 *   <li>Each cluster keeps one member by the {@link KeepPolicy}; the others get status duplicate.</li>
 *   <li>Lines: {@code line_hash} terms in enough non-duplicate documents are boilerplate (reported only).</li>
 * </ol>
 * Incremental: after a first run, only documents imported since are compared (with each other and with
 * everything), and the clusters marked before are kept together, so a new copy joins its old cluster.
 *
 * <p>Memory: a few ints and bits per document (union-find, bit sets), one record per cluster, the changes to
 * write, and one LSH bucket at a time. Signatures stay in the index.
 */
public final class DedupeJob {
    /** Top boilerplate lines in the report. */
    static final int TOP_LINES = 20;

    /** The plan to write, the report, and the state to keep if the plan is written. */
    public record Result(DedupePlan plan, DedupeReport report, DedupeState state) {
    }

    private final IndexReader reader;
    private final DedupeOptions options;
    private final DedupeState previous;
    private final DedupeSettings settings;
    private final Segmenters segmenters;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private long lastCpu;

    public DedupeJob(IndexReader reader, DedupeOptions options, DedupeState previous, DedupeSettings settings,
                     Segmenters segmenters) {
        this.reader = reader;
        this.options = options;
        this.previous = previous;
        this.settings = settings;
        this.segmenters = segmenters;
    }

    public Result run() throws IOException {
        Instant started = Instant.now();
        Bits live = MultiBits.getLiveDocs(reader);
        String reason = options.full() ? "--full" : previous == null ? "no earlier run, or undone since"
                : !previous.markingKey().equals(options.markingKey()) ? "options differ from the last run ("
                + previous.markingKey() + ")" : null;
        boolean incremental = reason == null;
        FixedBitSet fresh = new FixedBitSet(Math.max(1, reader.maxDoc()));
        long[] docsAndWatermark = scanImportTimes(live, fresh, incremental ? previous.watermark() : Long.MIN_VALUE);
        long compared = fresh.cardinality();

        Map<String, Long> phases = new java.util.LinkedHashMap<>();
        long phaseStart = System.nanoTime();
        lastCpu = THREADS.getCurrentThreadCpuTime();
        UnionFind sets = new UnionFind(reader.maxDoc());
        DuplicateLinker linker = new DuplicateLinker(reader, live, incremental ? fresh : null, sets);
        if (incremental) {
            linker.seedMarkedClusters();
        }
        DuplicateLinker.Counts exact = options.exact() ? linker.linkExact() : null;
        phaseStart = lap(phases, "exact", phaseStart);
        MinHashSigner signer = new MinHashSigner(settings.defaults());
        DuplicateLinker.Counts near = null;
        SimilarityJudge judge = null;
        if (options.near()) {
            judge = new SimilarityJudge(signer, options.threshold(), options.verification(), reader, settings,
                    segmenters);
            near = linker.linkNear(maxBands(), judge);
        }
        phaseStart = lap(phases, "near", phaseStart);
        ClusterResolver.Resolution resolution =
                new ClusterResolver(reader, live, sets, options.keep(), options.examples()).resolve();
        phaseStart = lap(phases, "resolve", phaseStart);

        BoilerplateLines.Summary boilerplate = null;
        if (options.lines()) {
            FixedBitSet counted = new FixedBitSet(Math.max(1, reader.maxDoc()));
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if ((live == null || live.get(doc)) && !resolution.duplicates().get(doc)) {
                    counted.set(doc);
                }
            }
            boilerplate = new BoilerplateLines(reader, options.lineThreshold(), counted).scan(TOP_LINES);
        }
        lap(phases, "lines", phaseStart);

        DedupeReport report = new DedupeReport("dedupe", started.toString(),
                Duration.between(started, Instant.now()).toMillis(), options.dryRun(),
                incremental ? "incremental" : "full", incremental ? "documents imported since " + previous.finishedAt()
                : reason, parameters(), docsAndWatermark[0], compared, linking(exact, 0),
                linking(near, judge == null ? 0 : judge.exactChecks()),
                resolution.clusters(), resolution.duplicates().cardinality(), 0,
                languages(resolution, boilerplate), resolution.clusterSizes(), examples(resolution, signer),
                boilerplate, schemes(live), phases);
        DedupeState state = new DedupeState(options.markingKey(),
                Math.max(docsAndWatermark[1], incremental ? previous.watermark() : Long.MIN_VALUE),
                Instant.now().toString());
        return new Result(new DedupePlan(resolution.changes()), report, state);
    }

    /** Records a phase's wall time, and the CPU time this thread spent in it (phase + "_cpu"). */
    private long lap(Map<String, Long> phases, String phase, long since) {
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        phases.put(phase, (now - since) / 1_000_000);
        phases.put(phase + "_cpu", (cpu - lastCpu) / 1_000_000);
        lastCpu = cpu;
        return now;
    }

    /** Counts live documents, finds the latest import time, and marks those imported after {@code since}. */
    private long[] scanImportTimes(Bits live, FixedBitSet fresh, long since) throws IOException {
        long documents = 0;
        long latest = Long.MIN_VALUE;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedNumericDocValues times = DocValues.getSortedNumeric(leaf.reader(), Fields.IMPORTED_AT);
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                int doc = leaf.docBase + d;
                if (live != null && !live.get(doc)) {
                    continue;
                }
                documents++;
                long time = times.advanceExact(d) ? times.nextValue() : Long.MAX_VALUE;
                latest = Math.max(latest, time);
                if (time > since) {
                    fresh.set(doc);
                }
            }
        }
        return new long[] {documents, latest};
    }

    private int maxBands() {
        int bands = settings.defaults().bands();
        for (SignatureScheme scheme : settings.byLanguage().values()) {
            bands = Math.max(bands, scheme.bands());
        }
        return bands;
    }

    private DedupeReport.Parameters parameters() {
        SignatureScheme s = settings.defaults();
        List<String> kinds = new ArrayList<>();
        if (options.exact()) {
            kinds.add("exact");
        }
        if (options.near()) {
            kinds.add("near");
        }
        if (options.lines()) {
            kinds.add("lines");
        }
        return new DedupeReport.Parameters(kinds, options.threshold(), options.keep().value(),
                options.verification().value(), s.components(), s.bitsPerComponent(), s.bands(), s.rows(),
                round(s.candidateProbability(options.threshold())), round(s.curveMidpoint()),
                options.lineThreshold().minDocs(), options.lineThreshold().minShare());
    }

    private static DedupeReport.Linking linking(DuplicateLinker.Counts c, long exactChecks) {
        return c == null ? DedupeReport.Linking.NONE
                : new DedupeReport.Linking(c.groups(), c.candidatePairs(), c.linkedPairs(), exactChecks);
    }

    private static Map<String, DedupeReport.LanguageCounts> languages(ClusterResolver.Resolution resolution,
                                                                      BoilerplateLines.Summary boilerplate) {
        Set<String> langs = new TreeSet<>(resolution.byLanguage().keySet());
        if (boilerplate != null) {
            langs.addAll(boilerplate.documentsByLanguage().keySet());
        }
        Map<String, DedupeReport.LanguageCounts> out = new TreeMap<>();
        for (String lang : langs) {
            ClusterResolver.LanguageCounts d = resolution.byLanguage().getOrDefault(lang,
                    new ClusterResolver.LanguageCounts(0, 0));
            long lines = boilerplate == null ? 0 : boilerplate.documentsByLanguage().getOrDefault(lang, 0L);
            out.put(lang, new DedupeReport.LanguageCounts(d.exact(), d.near(), lines));
        }
        return out;
    }

    private List<DedupeReport.ClusterExample> examples(ClusterResolver.Resolution resolution, MinHashSigner signer)
            throws IOException {
        List<DedupeReport.ClusterExample> out = new ArrayList<>();
        var stored = reader.storedFields();
        for (ClusterResolver.Example example : resolution.examples()) {
            byte[] kept = new SignatureReader(reader).read(example.keptDoc());
            List<DedupeReport.ClusterMember> members = new ArrayList<>();
            for (ClusterResolver.Member m : example.members()) {
                var doc = stored.document(m.doc(), Set.of(Fields.SOURCE, Fields.PART, Fields.LANG));
                byte[] sig = new SignatureReader(reader).read(m.doc());
                double similarity = kept != null && sig != null && kept.length == sig.length
                        ? round(signer.similarity(kept, sig)) : 0;
                members.add(new DedupeReport.ClusterMember(m.id(), doc.get(Fields.SOURCE), doc.get(Fields.PART),
                        doc.get(Fields.LANG), m.status().value(), similarity));
            }
            out.add(new DedupeReport.ClusterExample(example.cluster(), example.kind(), example.size(),
                    example.keptId(), members));
        }
        return out;
    }

    private Map<String, Long> schemes(Bits live) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            var values = DocValues.getSorted(leaf.reader(), Fields.DEDUPE_SCHEME);
            long[] byOrd = new long[values.getValueCount()]; // a handful of schemes: counted by ord, named once
            for (int d = values.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                 d = values.nextDoc()) {
                if (live == null || live.get(leaf.docBase + d)) {
                    byOrd[values.ordValue()]++;
                }
            }
            for (int ord = 0; ord < byOrd.length; ord++) {
                if (byOrd[ord] > 0) {
                    out.merge(values.lookupOrd(ord).utf8ToString(), byOrd[ord], Long::sum);
                }
            }
        }
        return out;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
