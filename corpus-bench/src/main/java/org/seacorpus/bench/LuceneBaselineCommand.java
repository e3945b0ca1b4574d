package org.seacorpus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.seacorpus.document.Utf8;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.index.WriterInfoStream;
import org.seacorpus.lang.LanguageProfiles;

import com.ibm.icu.text.Normalizer2;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench index-baseline}: the import's baseline. Indexes the generated texts with bare Lucene into a
 * fresh {@link FSDirectory}: id, stored text and the analysed text field of the generator's language, nothing
 * else (no extraction, normalisation, identification, counting, quality or dedupe keys). {@code --analyzer same}
 * uses seacorpus's {@link LanguageAnalyzers} for the main field and the profile's sub-fields (what import
 * indexes); {@code --analyzer icu} uses one field with Lucene's {@link ICUTokenizer} and NFKC case folding.
 * Same codec, RAM buffer and worker count as the import. The text fields are Lucene's {@link TextField} (positions,
 * no offsets) unless {@code --offsets} asks for offsets in the postings as well, as import's text fields have them
 * (for snippets and concordance hits): that run measures how much of import's extra CPU is the offsets' (issue 16's
 * goal compares with the plain run).
 */
@Command(name = "index-baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Index the generated texts with bare Lucene (baseline of import); print time and heap as JSON.")
final class LuceneBaselineCommand implements Callable<Integer> {
    private static final GeneratedShards.Row END = new GeneratedShards.Row("", "", "");

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "DIR", required = true, description = "Folder written by generate.")
    Path docs;

    @Option(names = "--index", paramLabel = "DIR", required = true, description = "New index folder.")
    Path index;

    @Option(names = "--analyzer", paramLabel = "KIND", defaultValue = "same",
            description = "same (LanguageAnalyzers, main field and sub-fields) or icu (ICUTokenizer + nfkc_cf).")
    String analyzerKind;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Indexing workers.")
    int threads;

    @Option(names = "--offsets", description = "Index offsets in the text fields' postings too, as import does.")
    boolean offsets;

    /** A text field like {@link TextField#TYPE_NOT_STORED}, with offsets in the postings. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    @Override
    public Integer call() throws Exception {
        if (Files.exists(index) && folderBytes(index) + count(index) > 0) {
            throw new IllegalArgumentException("index folder " + index + " is not empty; give a new folder");
        }
        boolean same = switch (analyzerKind) {
            case "same" -> true;
            case "icu" -> false;
            default -> throw new IllegalArgumentException("--analyzer must be same or icu, not " + analyzerKind);
        };
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        LanguageAnalyzers analyzers = new LanguageAnalyzers(profiles);
        Analyzer analyzer = same ? analyzers : icuAnalyzer();
        GeneratedShards shards = GeneratedShards.in(docs);
        Map<String, Object> out = new LinkedHashMap<>();
        double load = HeapWatcher.loadAverage();
        AtomicLong documents = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        try (HeapWatcher heap = new HeapWatcher()) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setCodec(new Lucene103Codec(Lucene103Codec.Mode.BEST_COMPRESSION))
                    .setRAMBufferSizeMB(64).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setInfoStream(WriterInfoStream.fromSystemProperty());
            try (var dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, config)) {
                BlockingQueue<GeneratedShards.Row> queue = new ArrayBlockingQueue<>(1024);
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<?>> workers = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    workers.add(pool.submit(() -> {
                        for (GeneratedShards.Row row = queue.take(); row != END; row = queue.take()) {
                            writer.addDocument(document(row, same ? analyzers.searchFields(row.lang())
                                    : List.of(Fields.textField(row.lang())), offsets));
                            documents.incrementAndGet();
                        }
                        return null;
                    }));
                }
                try {
                    for (Path file : shards.files()) {
                        for (GeneratedShards.Row row : GeneratedShards.read(file)) {
                            bytes.addAndGet(Utf8.length(row.text()));
                            queue.put(row);
                        }
                    }
                } finally {
                    for (int i = 0; i < threads; i++) {
                        queue.put(END);
                    }
                    pool.shutdown();
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
                writer.commit();
            }
            out.put("analyzer", analyzerKind);
            out.put("offsets", offsets);
            out.put("documents", documents.get());
            out.put("text_mb", Costs.round(bytes.get() / 1e6, 1));
            Costs.put(out, heap, load);
            Costs.putJvm(out);
            out.put("docs_per_second", Costs.rate(documents.get(), heap.wallSeconds()));
            out.put("docs_per_cpu_second", Costs.rate(documents.get(), heap.cpuSeconds()));
        }
        out.put("index_mb", Costs.round(folderBytes(index) / 1e6, 1));
        Costs.say("index-baseline (%s): %d docs in %.1f s wall, %.1f s CPU: %.0f docs/s, %.0f docs/CPU s; "
                        + "peak heap %d MB; load %.2f → %.2f", analyzerKind, documents.get(), out.get("seconds"),
                out.get("cpu_seconds"), out.get("docs_per_second"), out.get("docs_per_cpu_second"),
                out.get("peak_heap_mb"), out.get("load_before"), out.get("load_after"));
        BenchCommand.print(spec, out);
        return 0;
    }

    private static Document document(GeneratedShards.Row row, List<String> fields, boolean offsets) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, row.id(), Field.Store.YES));
        doc.add(new StoredField(Fields.TEXT, row.text()));
        for (String field : fields) {
            doc.add(offsets ? new Field(field, row.text(), TEXT_WITH_OFFSETS)
                    : new TextField(field, row.text(), Field.Store.NO));
        }
        return doc;
    }

    private static Analyzer icuAnalyzer() {
        Normalizer2 foldCase = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokens = new ICUTokenizer();
                return new TokenStreamComponents(tokens, new ICUNormalizer2Filter(tokens, foldCase));
            }
        };
    }

    private static long count(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    static long folderBytes(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
