package org.seacorpus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.seacorpus.dedupe.BoilerplateLines;
import org.seacorpus.dedupe.LineThreshold;
import org.seacorpus.dedupe.TextKeys;
import org.seacorpus.document.Status;

/**
 * Boilerplate lines as {@code corpus dedupe --lines} finds them: line hashes (computed at prepare, as at import)
 * that occur in at least the {@link LineThreshold}'s number of documents that are not duplicates. The lines are
 * written as {@value #FOLDER} ({@code line_hash, documents}), which export's {@code --drop-boilerplate} reads, and
 * summarised for the report in the CLI's {@link BoilerplateLines.Summary}.
 */
final class BoilerplateScan {
    static final String FOLDER = "boilerplate";
    static final int TOP_LINES = 20;

    /** The summary, and how many documents counted. */
    record Result(BoilerplateLines.Summary summary, long counted) {
    }

    private final LineThreshold threshold;

    BoilerplateScan(LineThreshold threshold) {
        this.threshold = threshold;
    }

    Result run(Dataset<Row> docs, String out) {
        Dataset<Row> counted = docs.where(col("status").notEqual(Status.DUPLICATE.value()));
        long n = counted.count();
        long required = threshold.requiredDocs(n);
        Dataset<Row> lines = counted.select(col("id"), col("lang"), explode(col("line_hashes")).as("line_hash"));
        Dataset<Row> frequent = lines.groupBy("line_hash").agg(count("*").as("documents"))
                .where(col("documents").geq(required));
        frequent.write().option("compression", "zstd").parquet(out);
        Dataset<Row> written = docs.sparkSession().read().parquet(out);
        Row totals = written.agg(count("*"), sum("documents")).first();
        long lineCount = totals.getLong(0);
        long occurrences = totals.isNullAt(1) ? 0 : totals.getLong(1);
        Map<String, Long> byLanguage = new TreeMap<>();
        for (Row r : lines.join(written.select("line_hash"), "line_hash").select("id", "lang").distinct()
                .groupBy("lang").count().collectAsList()) {
            byLanguage.put(r.getString(0), r.getLong(1));
        }
        List<BoilerplateLines.Line> top = new ArrayList<>();
        List<Row> best = written.orderBy(col("documents").desc(), col("line_hash")).limit(TOP_LINES).collectAsList();
        if (!best.isEmpty()) {
            Dataset<Row> bestHashes = docs.sparkSession().createDataFrame(best, written.schema()).select("line_hash");
            Dataset<Row> firstDoc = lines.join(bestHashes, "line_hash").groupBy("line_hash").agg(min("id").as("id"));
            Map<Long, String> texts = new TreeMap<>();
            for (Row r : firstDoc.join(docs.select("id", "text"), "id").collectAsList()) {
                texts.put(r.<Long>getAs("line_hash"), lineText(r.getAs("text"), r.<Long>getAs("line_hash")));
            }
            for (Row r : best) {
                top.add(new BoilerplateLines.Line(texts.getOrDefault(r.getLong(0), ""), r.getLong(1)));
            }
        }
        return new Result(new BoilerplateLines.Summary(required, lineCount, occurrences, byLanguage, top), n);
    }

    /** The line of {@code text} whose hash is {@code hash}, as written. */
    static String lineText(String text, long hash) {
        for (String line : text.lines().toList()) {
            OptionalLong h = TextKeys.lineHash(line);
            if (h.isPresent() && h.getAsLong() == hash) {
                return line.strip();
            }
        }
        return "";
    }
}
