package org.seacorpus.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.seacorpus.corpus.ImportReport;
import org.seacorpus.ingest.ImportFailure;
import org.seacorpus.stage.StageStats;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one {@code prepare} task read, kept and dropped: files, documents per language, the core stages' counts,
 * and every failure with its path, part and reason. Each task writes its summary as a small JSON file under the
 * job's staging folder, named by partition, when it has read its last input; a retried task (a lost executor)
 * writes the same file again, so the driver's sum counts every partition exactly once, whatever Spark retried.
 */
final class TaskSummary {
    static final String FOLDER = "_tasks";
    private static final ObjectMapper JSON = new ObjectMapper();

    public long files;
    public long documents;
    public Map<String, Long> byLanguage = new TreeMap<>();
    public List<ImportReport.StageReport> stages = new ArrayList<>();
    public List<ImportFailure> failures = new ArrayList<>();

    void document(String lang) {
        documents++;
        byLanguage.merge(lang, 1L, Long::sum);
    }

    void failure(String path, String part, String reason) {
        failures.add(new ImportFailure(path, part == null ? "" : part, reason));
    }

    void failure(String path, String part, String reason, ImportFailure.Kind kind, String detail) {
        failures.add(new ImportFailure(path, part == null ? "" : part, reason, kind, detail));
    }

    /** A document found to repeat an id after the tasks ended: a failure, no longer a document. */
    void repeated(String path, RepeatedIds.Repeat repeat) {
        documents--;
        byLanguage.computeIfPresent(repeat.lang(), (k, n) -> n > 1 ? n - 1 : null);
        failure(path, repeat.part(), RepeatedIds.REASON, ImportFailure.Kind.DUPLICATE_ID, "id " + repeat.id());
    }

    void stages(List<StageStats> stats) {
        stages = new ArrayList<>();
        for (StageStats s : stats) {
            Map<String, Long> dropped = new TreeMap<>();
            s.droppedByReason().forEach((reason, n) -> dropped.put(reason.name().toLowerCase(java.util.Locale.ROOT), n));
            stages.add(new ImportReport.StageReport(s.stage(), s.seen(), s.kept(), dropped, s.millis()));
        }
    }

    /** Adds another task's summary to this one. */
    void add(TaskSummary other) {
        files += other.files;
        documents += other.documents;
        other.byLanguage.forEach((k, v) -> byLanguage.merge(k, v, Long::sum));
        failures.addAll(other.failures);
        Map<String, ImportReport.StageReport> byStage = new LinkedHashMap<>();
        stages.forEach(s -> byStage.put(s.stage(), s));
        for (ImportReport.StageReport s : other.stages) {
            ImportReport.StageReport mine = byStage.get(s.stage());
            if (mine == null) {
                byStage.put(s.stage(), s);
            } else {
                Map<String, Long> dropped = new TreeMap<>(mine.dropped());
                s.dropped().forEach((k, v) -> dropped.merge(k, v, Long::sum));
                byStage.put(s.stage(), new ImportReport.StageReport(s.stage(), mine.seen() + s.seen(),
                        mine.kept() + s.kept(), dropped, mine.millis() + s.millis()));
            }
        }
        stages = new ArrayList<>(byStage.values());
    }

    /** Writes this summary as {@code _tasks/part-NNNNN.json} under {@code staging}, replacing an earlier attempt's. */
    void write(Configuration hadoop, String staging, int partition) throws IOException {
        Path dir = new Path(staging, FOLDER);
        FileSystem fs = dir.getFileSystem(hadoop);
        Path tmp = new Path(dir, String.format(".part-%05d.json.%d", partition, System.nanoTime()));
        Path done = new Path(dir, String.format("part-%05d.json", partition));
        try (OutputStream out = fs.create(tmp, true)) {
            JSON.writeValue(out, this);
        }
        fs.delete(done, false);
        if (!fs.rename(tmp, done)) {
            throw new IOException("cannot rename " + tmp + " to " + done);
        }
    }

    /** The sum of every task's summary under {@code staging}; the summaries are removed. */
    static TaskSummary collect(Configuration hadoop, String staging) throws IOException {
        Path dir = new Path(staging, FOLDER);
        FileSystem fs = dir.getFileSystem(hadoop);
        TaskSummary total = new TaskSummary();
        if (fs.exists(dir)) {
            for (var status : fs.listStatus(dir, p -> p.getName().startsWith("part-"))) {
                try (FSDataInputStream in = fs.open(status.getPath())) {
                    total.add(JSON.readValue((java.io.InputStream) in, TaskSummary.class));
                }
            }
            fs.delete(dir, true);
        }
        total.failures.sort(java.util.Comparator.comparing(ImportFailure::path).thenComparing(ImportFailure::part));
        return total;
    }
}
