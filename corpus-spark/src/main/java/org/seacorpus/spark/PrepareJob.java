package org.seacorpus.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.SparkSession;
import org.seacorpus.corpus.ImportReport;
import org.seacorpus.ingest.ImportFailure;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code prepare}: inputs to the {@code documents} Parquet dataset, through the core's import stages per
 * partition. The driver lists the files (local, HDFS, S3A…), spreads them over tasks by size, and each task reads
 * its files with the core's extractors and stages (built once per executor). Output, written as a whole:
 * <pre>
 * OUT/documents/lang=th/part-….parquet   one row per document ({@link DocumentRows})
 * OUT/failures.jsonl                     every input or part that failed: {"path", "part", "reason"}
 * OUT/report.json                        counts per stage and language, as corpus run reports an import
 * OUT/settings.json                      the corpus settings used (later jobs segment and sign alike)
 * </pre>
 * Every document of the run carries the run's start as {@code imported_at} and its place in the run as
 * {@code import_seq} (its file's place in the listing, then its place in the file), as {@code corpus import} records
 * a document's first import, so that {@code --keep first} keeps the same member. A document that repeats an id
 * already read in the run (by any task) is a {@code duplicate_id} failure and is not kept, as in {@code corpus
 * import} ({@link RepeatedIds}).
 */
public final class PrepareJob {
    static final String DOCUMENTS = "documents";
    static final String FAILURES = "failures.jsonl";
    private static final ObjectMapper JSONL = new ObjectMapper();

    private final SparkSession spark;
    private final PrepareOptions options;

    public PrepareJob(SparkSession spark, PrepareOptions options) {
        this.spark = spark;
        this.options = options;
    }

    public JobReport run() throws IOException {
        Instant started = Instant.now();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        StageOutput output = StageOutput.begin(hadoop, options.out(), options.overwrite(), runId(started));
        try {
            InputListing.Listing listing = new InputListing(options, hadoop).list();
            List<InputFile> listed = listing.files();
            List<InputFile> numbered = java.util.stream.IntStream.range(0, listed.size())
                    .mapToObj(i -> listed.get(i).withOrder(i + 1)).toList();
            List<List<InputFile>> groups = spread(numbered, tasks(numbered.size()));
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            PrepareTask task = new PrepareTask(options, new HadoopConf(hadoop), output.staging(),
                    started.toEpochMilli());
            JavaRDD<InternalRow> rows = jsc.parallelize(groups, Math.max(1, groups.size()))
                    .mapPartitionsWithIndex(task::rows, false);
            jsc.setJobDescription("corpus-spark prepare: " + listing.files().size() + " files");
            DocumentsWriter.write(DocumentRows.dataset(spark, rows), output.staged(DOCUMENTS));
            TaskSummary total = TaskSummary.collect(hadoop, output.staging());
            jsc.setJobDescription("corpus-spark prepare: repeated ids");
            for (RepeatedIds.Repeat repeat : RepeatedIds.resolve(spark, hadoop, output.staged(DOCUMENTS))) {
                total.repeated(numbered.get((int) repeat.fileOrder() - 1).path(), repeat);
            }
            for (String[] failure : listing.failures()) {
                total.failure(failure[0], "", failure[1]);
            }
            total.failures.sort(Comparator.comparing(ImportFailure::path).thenComparing(ImportFailure::part));
            writeFailures(hadoop, output.staged(FAILURES), total.failures);
            new CorpusSettings(options.settings(), options.settingsDir()).write(hadoop, output.staging());
            JobReport report = report(started, total, output);
            output.writeReport(report);
            output.commit();
            return report;
        } finally {
            output.abandonUnlessCommitted();
        }
    }

    private int tasks(int files) {
        if (options.tasks() > 0) {
            return Math.min(options.tasks(), Math.max(1, files));
        }
        int cores = spark.sparkContext().defaultParallelism();
        return Math.max(1, Math.min(files, cores * 3));
    }

    /**
     * Files spread over {@code n} tasks, largest first onto the least loaded task (longest processing time first),
     * each task's files then in listing order: the work per task is even, and the same inputs give the same tasks.
     */
    static List<List<InputFile>> spread(List<InputFile> files, int n) {
        List<List<Integer>> slots = new ArrayList<>();
        long[] load = new long[n];
        PriorityQueue<Integer> least = new PriorityQueue<>(Comparator.<Integer>comparingLong(i -> load[i])
                .thenComparingInt(i -> i));
        for (int i = 0; i < n; i++) {
            slots.add(new ArrayList<>());
            least.add(i);
        }
        List<Integer> bySize = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            bySize.add(i);
        }
        bySize.sort(Comparator.<Integer>comparingLong(i -> -files.get(i).size()).thenComparingInt(i -> i));
        for (int i : bySize) {
            int slot = least.poll();
            slots.get(slot).add(i);
            load[slot] += Math.max(1, files.get(i).size());
            least.add(slot);
        }
        List<List<InputFile>> out = new ArrayList<>();
        for (List<Integer> slot : slots) {
            if (!slot.isEmpty()) {
                out.add(slot.stream().sorted().map(files::get).toList());
            }
        }
        return out;
    }

    static void writeFailures(Configuration hadoop, String file, List<ImportFailure> failures) throws IOException {
        Path path = new Path(file);
        try (OutputStream out = path.getFileSystem(hadoop).create(path, true)) {
            for (ImportFailure f : failures) {
                out.write(JSONL.writeValueAsBytes(new JobReport.Failure("prepare", f.path(), f.part(), f.error(),
                        f.kind().value())));
                out.write('\n');
            }
        }
    }

    private JobReport report(Instant started, TaskSummary total, StageOutput output) {
        long millis = Duration.between(started, Instant.now()).toMillis();
        List<ImportFailure> listed = total.failures.subList(0,
                Math.min(JobReport.LISTED_FAILURES, total.failures.size()));
        ImportReport importStep = new ImportReport("prepare", started.toString(), millis, total.files,
                total.documents, 0, 0, listed, total.byLanguage, total.stages);
        List<JobReport.Failure> failures = listed.stream()
                .map(f -> new JobReport.Failure("import", f.path(), f.part(), f.error(), f.kind().value())).toList();
        return new JobReport("prepare", started.toString(), millis, true, 0, options.inputs(), output.out(),
                SparkInfo.of(spark), importStep, null, null, null, failures, total.failures.size());
    }

    static String runId(Instant started) {
        return Long.toString(started.toEpochMilli(), 36);
    }
}
