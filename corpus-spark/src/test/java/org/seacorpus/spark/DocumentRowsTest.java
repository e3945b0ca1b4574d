package org.seacorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Document;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.FirstImport;
import org.seacorpus.document.LangSpan;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Normalization;
import org.seacorpus.document.Origin;
import org.seacorpus.document.SourceLocation;
import org.seacorpus.document.Status;
import org.seacorpus.document.TextCounts;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.Signal;

/**
 * A document handed to Spark as an internal row, written as the documents dataset and read back, is the same
 * document: every column, the arrays of hashes, the map of metadata and the nested quality signals included,
 * with and without the optional parts.
 */
class DocumentRowsTest {
    @TempDir
    Path tmp;

    @Test
    void documentsComeBackFromTheDatasetUnchanged() {
        SparkSession spark = LocalSpark.get();
        double[] signals = new double[Signal.values().length];
        for (int i = 0; i < signals.length; i++) {
            signals[i] = i * 0.25;
        }
        Map<String, String> meta = new TreeMap<>(Map.of("dataset", "fineweb-2", "license", "odc-by"));
        Document thai = new Document("0f3a9c", new Origin("crawl/th.jsonl", "17", "application/x-ndjson", "UTF-8",
                "ข่าวเช้า", "https://example.org/th/1", meta), "ข้าวมันไก่ร้านนี้อร่อยมาก\nเขาไปตลาดตอนเช้า",
                new Normalization("ข้าวมันไก่ร้านนี้อร่อยมาก\r\nเขาไปตลาดตอนเช้า", Map.of("line-endings", 1)),
                new LanguageInfo("th", "Thai", 0.97, List.of(new LangSpan(0, 12, "th", "Thai", 0.97)), false),
                new TextCounts(41, 9, 2), Set.of("news", "sample"), Status.OK)
                .with(new DedupeKeys("9a8b", "w5-k128", 7, new byte[] {1, -2, 3}, new long[] {-1L, Long.MAX_VALUE},
                        new long[] {42L}, new int[] {-7, 12, 99_001}))
                .with(new QualitySignals(3, signals))
                .with(new FirstImport(1_765_000_000_000L, (2L << 24) | 5))
                .with(new SourceLocation("file:///data/crawl/th.jsonl"))
                .with(new DuplicateMark("near-0f3a9c", "0e11", 3));
        Document khmer = new Document("1b2c", new Origin("km.txt", "", "text/plain", "UTF-8", "", "", Map.of()),
                "ពួកគេទៅផ្សារ", null, new LanguageInfo("km", "Khmr", 1.0, List.of(), true),
                new TextCounts(12, 3, 1), Set.of(), Status.REJECTED);
        List<InternalRow> rows = List.of(DocumentRows.toInternalRow(thai, 5L),
                DocumentRows.toInternalRow(khmer, 1_765_000_000_123L));
        String out = tmp.resolve("documents").toString();
        DocumentsWriter.write(DocumentRows.dataset(spark,
                JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, 1)), out);

        List<Document> back = spark.read().parquet(out).collectAsList().stream().map(DocumentRows::fromRow)
                .sorted(Comparator.comparing(Document::id)).toList();
        assertThat(back).hasSize(2);
        Document t = back.get(0);
        assertThat(t.id()).isEqualTo(thai.id());
        assertThat(t.origin()).isEqualTo(thai.origin());
        assertThat(t.text()).isEqualTo(thai.text());
        assertThat(t.normalization()).isEqualTo(thai.normalization());
        assertThat(t.language()).isEqualTo(thai.language());
        assertThat(t.counts()).isEqualTo(thai.counts());
        assertThat(t.tags()).containsExactly("news", "sample");
        assertThat(t.status()).isEqualTo(Status.OK);
        DedupeKeys keys = t.annotation(DedupeKeys.class).orElseThrow();
        assertThat(keys.looseHash()).isEqualTo("9a8b");
        assertThat(keys.scheme()).isEqualTo("w5-k128");
        assertThat(keys.shingles()).isEqualTo(7);
        assertThat(keys.signature()).containsExactly(1, -2, 3);
        assertThat(keys.bands()).containsExactly(-1L, Long.MAX_VALUE);
        assertThat(keys.lineHashes()).containsExactly(42L);
        assertThat(keys.shingleSet()).containsExactly(-7, 12, 99_001);
        assertThat(t.annotation(QualitySignals.class).orElseThrow().values()).containsExactly(signals);
        assertThat(t.annotation(QualitySignals.class).orElseThrow().version()).isEqualTo(3);
        assertThat(t.annotation(FirstImport.class)).contains(new FirstImport(1_765_000_000_000L, (2L << 24) | 5));
        assertThat(t.annotation(SourceLocation.class)).contains(new SourceLocation("file:///data/crawl/th.jsonl"));
        assertThat(t.annotation(DuplicateMark.class)).contains(new DuplicateMark("near-0f3a9c", "0e11", 3));

        Document k = back.get(1);
        assertThat(k.id()).isEqualTo("1b2c");
        assertThat(k.text()).isEqualTo("ពួកគេទៅផ្សារ");
        assertThat(k.origin()).isEqualTo(khmer.origin());
        assertThat(k.normalization()).isEqualTo(khmer.normalization());
        assertThat(k.language()).isEqualTo(khmer.language());
        assertThat(k.status()).isEqualTo(Status.REJECTED);
        assertThat(k.annotation(DedupeKeys.class)).isEmpty();
        assertThat(k.annotation(QualitySignals.class)).isEmpty();
        assertThat(k.annotation(SourceLocation.class)).isEmpty();
        assertThat(k.annotation(DuplicateMark.class)).isEmpty();
        assertThat(k.annotation(FirstImport.class)).contains(new FirstImport(1_765_000_000_123L, 0));
    }
}
