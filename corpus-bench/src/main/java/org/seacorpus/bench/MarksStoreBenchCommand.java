package org.seacorpus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.curate.CurationAction;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkQueries;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench marks-store}: the measurements behind keeping marks as doc-values updates (docs/store.md). On
 * a copy of a corpus, marks the given share of its documents three ways and filters by the mark:
 * <ol>
 *   <li>doc-values updates ({@code Corpus.mark}, what dedupe and curation do);</li>
 *   <li>a separate marks index of small documents (id, status, cluster), with the filter as a join: the ids
 *       found in the marks index, then those ids in the main index;</li>
 *   <li>re-indexing each document (what a metadata fix does, and what every mark did before), on a sample, as
 *       CPU time per document.</li>
 * </ol>
 * Times are this thread's CPU time (the writer's merge threads not included) and wall time.
 */
@Command(name = "marks-store", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare doc-values updates, a separate marks index and re-indexing for marks, as JSON.")
final class MarksStoreBenchCommand implements Callable<Integer> {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Corpus home (copied, never changed).")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", required = true, description = "Scratch folder (emptied first).")
    Path work;

    @Option(names = "--share", paramLabel = "F", defaultValue = "0.7",
            description = "Share of documents to mark (a first dedupe marks about 70%%).")
    double share;

    @Option(names = "--reindex-sample", paramLabel = "N", defaultValue = "3000",
            description = "Documents re-indexed for the third way.")
    int sample;

    @Override
    public Integer call() throws IOException {
        deleteTree(work);
        Path copy = work.resolve("corpus");
        copyTree(corpus, copy);
        Corpus c = Corpus.open(copy);
        List<String> ids = ids(c);
        List<String> marked = ids.subList(0, (int) Math.round(ids.size() * share));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", ids.size());
        out.put("marked", marked.size());

        // 1. doc-values updates, committed with their audit record
        long[] t = start();
        TermInSetQuery chosen = inSet(marked);
        c.mark("bench-marks", chosen, m -> m.withStatus(Status.DUPLICATE)
                .withDuplicate(new DuplicateMark("near-" + "0".repeat(16), ids.get(0), 2)), false, null);
        out.put("doc_values_write", lap(t, marked.size()));
        try (var dir = FSDirectory.open(c.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null); // each run really filters
            out.put("doc_values_filter", filterTimes(() -> searcher.count(MarkQueries.status(Status.DUPLICATE))));
        }

        // 2. a separate marks index, joined by id
        Path marksDir = work.resolve("marks-index");
        t = start();
        try (var dir = FSDirectory.open(marksDir); IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (String id : marked) {
                org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
                d.add(new StringField(Fields.ID, id, Field.Store.YES));
                d.add(new StringField(Fields.STATUS, Status.DUPLICATE.value(), Field.Store.NO));
                d.add(new StringField(Fields.CLUSTER, "near-" + "0".repeat(16), Field.Store.NO));
                writer.updateDocument(new Term(Fields.ID, id), d);
            }
            writer.commit();
        }
        out.put("marks_index_write", lap(t, marked.size()));
        try (var mdir = FSDirectory.open(marksDir); var marks = DirectoryReader.open(mdir);
             var dir = FSDirectory.open(c.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            IndexSearcher ms = new IndexSearcher(marks);
            IndexSearcher main = new IndexSearcher(reader);
            ms.setQueryCache(null);
            main.setQueryCache(null);
            out.put("marks_index_filter", filterTimes(() -> joinCount(ms, main)));
        }

        // 3. re-indexing, on a sample (a metadata change: the document goes through the analyzers again)
        List<String> some = ids.subList(ids.size() - Math.min(sample, ids.size() - marked.size()), ids.size());
        t = start();
        c.rewrite("bench-reindex", inSet(some), new CurationAction.SetMeta(Map.of("bench", "1"), Set.of())::apply,
                false, null);
        out.put("reindex_write", lap(t, some.size()));
        out.put("load_average", HeapWatcher.loadAverage());
        BenchCommand.print(spec, out);
        deleteTree(work);
        return 0;
    }

    private interface Counting {
        long count() throws IOException;
    }

    /** The filter's count and its median CPU and wall time over 9 runs (after 3 warm-up runs). */
    private static Map<String, Object> filterTimes(Counting counting) throws IOException {
        List<long[]> runs = new ArrayList<>();
        long n = 0;
        for (int i = 0; i < 12; i++) {
            long[] t = start();
            n = counting.count();
            if (i >= 3) {
                runs.add(new long[] {THREADS.getCurrentThreadCpuTime() - t[0], System.nanoTime() - t[1]});
            }
        }
        runs.sort(Comparator.comparingLong(r -> r[0]));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("matches", n);
        out.put("median_cpu_ms", Math.round(runs.get(runs.size() / 2)[0] / 1e4) / 100.0);
        runs.sort(Comparator.comparingLong(r -> r[1]));
        out.put("median_wall_ms", Math.round(runs.get(runs.size() / 2)[1] / 1e4) / 100.0);
        return out;
    }

    /** The join: ids of the marked documents from the marks index, then those ids in the main index. */
    private static long joinCount(IndexSearcher marks, IndexSearcher main) throws IOException {
        List<BytesRef> ids = new ArrayList<>();
        var stored = marks.storedFields();
        for (ScoreDoc hit : marks.search(new TermQuery(new Term(Fields.STATUS, Status.DUPLICATE.value())),
                Math.max(1, marks.getIndexReader().maxDoc())).scoreDocs) {
            ids.add(new BytesRef(stored.document(hit.doc).get(Fields.ID)));
        }
        return main.count(new TermInSetQuery(Fields.ID, ids));
    }

    private static List<String> ids(Corpus c) throws IOException {
        List<String> out = new ArrayList<>();
        try (var dir = FSDirectory.open(c.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    out.add(reader.storedFields().document(doc, Set.of(Fields.ID)).get(Fields.ID));
                }
            }
        }
        out.sort(null); // ids are hashes: sorted, they are a random sample of the corpus
        return out;
    }

    private static TermInSetQuery inSet(List<String> ids) {
        return new TermInSetQuery(Fields.ID, ids.stream().map(BytesRef::new).toList());
    }

    private static long[] start() {
        return new long[] {THREADS.getCurrentThreadCpuTime(), System.nanoTime()};
    }

    private static Map<String, Object> lap(long[] t, long documents) {
        double cpu = (THREADS.getCurrentThreadCpuTime() - t[0]) / 1e9;
        double wall = (System.nanoTime() - t[1]) / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", documents);
        out.put("cpu_seconds", Math.round(cpu * 100) / 100.0);
        out.put("wall_seconds", Math.round(wall * 100) / 100.0);
        out.put("cpu_us_per_document", Math.round(cpu * 1e6 / Math.max(1, documents)));
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("write.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
