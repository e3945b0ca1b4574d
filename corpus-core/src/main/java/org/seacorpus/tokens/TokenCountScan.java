package org.seacorpus.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;
import org.seacorpus.index.Fields;

/**
 * Counts the tokens of every stored document a query matches, by language: the stored text goes through the
 * tokenizer, the words are the ones counted at import. Documents are read in batches on a small pool of
 * threads (tokenizing is the cost), each batch with its own stored-fields reader; memory holds one bit per
 * document of the index and one batch of texts per thread.
 */
public final class TokenCountScan {
    private static final int BATCH = 256;
    private static final Set<String> FIELDS = Set.of(Fields.TEXT, Fields.LANG, Fields.WORDS);

    private final IndexReader reader;
    private final TokenCounter counter;
    private final int threads;

    public TokenCountScan(IndexReader reader, TokenCounter counter, int threads) {
        this.reader = reader;
        this.counter = counter;
        this.threads = Math.max(1, threads);
    }

    public TokenCountScan(IndexReader reader, TokenCounter counter) {
        this(reader, counter, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public TokenReport count(Query query) throws IOException {
        FixedBitSet matching = new FixedBitSet(Math.max(1, reader.maxDoc()));
        new IndexSearcher(reader).search(query, new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                matching.set(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        Map<String, LongAdder[]> tally = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "token-count");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> batches = new ArrayList<>();
            int[] batch = new int[BATCH];
            int size = 0;
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (!matching.get(doc)) {
                    continue;
                }
                batch[size++] = doc;
                if (size == BATCH) {
                    int[] docs = batch.clone();
                    batches.add(pool.submit(() -> countBatch(docs, BATCH, tally)));
                    size = 0;
                }
            }
            if (size > 0) {
                int[] docs = batch.clone();
                int n = size;
                batches.add(pool.submit(() -> countBatch(docs, n, tally)));
            }
            for (Future<?> f : batches) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("token count interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("token count failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, TokenReport.Counts> byLanguage = new TreeMap<>();
        TokenReport.Counts total = new TokenReport.Counts(0, 0, 0, 0);
        for (Map.Entry<String, LongAdder[]> e : tally.entrySet()) {
            LongAdder[] c = e.getValue();
            TokenReport.Counts counts = new TokenReport.Counts(c[0].sum(), c[1].sum(), c[2].sum(), c[3].sum());
            byLanguage.put(e.getKey(), counts);
            total = total.plus(counts);
        }
        return new TokenReport(counter.name(), byLanguage, total);
    }

    private Void countBatch(int[] docs, int n, Map<String, LongAdder[]> tally) {
        try {
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < n; i++) {
                Document doc = stored.document(docs[i], FIELDS);
                String text = doc.get(Fields.TEXT);
                if (text == null) {
                    continue;
                }
                String lang = doc.get(Fields.LANG) == null ? "und" : doc.get(Fields.LANG);
                IndexableField words = doc.getField(Fields.WORDS);
                LongAdder[] c = tally.computeIfAbsent(lang, k -> new LongAdder[] {
                        new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()});
                c[0].increment();
                c[1].add(text.codePointCount(0, text.length()));
                c[2].add(words == null || words.numericValue() == null ? 0 : words.numericValue().longValue());
                c[3].add(counter.count(text));
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
