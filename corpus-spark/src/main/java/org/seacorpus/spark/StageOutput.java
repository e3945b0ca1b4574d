package org.seacorpus.spark;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The output folder of one job, written whole or not at all: the job writes into a staging folder beside it
 * ({@code <out>.partial-<run>}), and only when everything is there (data, failures, {@value #REPORT}) is the staging
 * folder renamed to {@code <out>}. A job that fails leaves {@code <out>} as it was, so a failed stage is re-run
 * alone; the next stage accepts only a folder with a {@value #REPORT}. An earlier output is replaced only when
 * asked, and only when it is one of ours (it has a report).
 */
final class StageOutput {
    static final String REPORT = "report.json";
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final FileSystem fs;
    private final Path out;
    private final Path staging;
    private final boolean overwrite;
    private boolean committed;

    private StageOutput(FileSystem fs, Path out, Path staging, boolean overwrite) {
        this.fs = fs;
        this.out = out;
        this.staging = staging;
        this.overwrite = overwrite;
    }

    /** Checks that {@code out} may be written and creates the staging folder. */
    static StageOutput begin(Configuration hadoop, String out, boolean overwrite, String run) throws IOException {
        Path target = new Path(out);
        FileSystem fs = target.getFileSystem(hadoop);
        target = fs.makeQualified(target);
        if (fs.exists(target)) {
            boolean empty = fs.getFileStatus(target).isDirectory() && fs.listStatus(target).length == 0;
            if (!empty && !overwrite) {
                throw new JobException("output folder " + target + " already exists; choose another or use "
                        + "--overwrite to replace an earlier output of this job");
            }
            if (!empty && !fs.exists(new Path(target, REPORT))) {
                throw new JobException("output folder " + target + " holds files but no " + REPORT + ": it is not "
                        + "an output of corpus-spark, so it is left alone");
            }
        }
        Path staging = new Path(target.getParent(), target.getName() + ".partial-" + run);
        fs.mkdirs(staging);
        return new StageOutput(fs, target, staging, overwrite);
    }

    /** The staging folder, where the job writes. */
    String staging() {
        return staging.toString();
    }

    /** A path inside the staging folder. */
    String staged(String child) {
        return new Path(staging, child).toString();
    }

    /** The final folder. */
    String out() {
        return out.toString();
    }

    /** Writes the job's report into the staging folder. */
    void writeReport(Object report) throws IOException {
        try (OutputStream stream = fs.create(new Path(staging, REPORT), true)) {
            JSON.writeValue(stream, report);
        }
    }

    /** Moves the staging folder into place; an earlier output (with --overwrite) is removed only after. */
    void commit() throws IOException {
        Path old = null;
        if (fs.exists(out)) {
            if (!overwrite && fs.listStatus(out).length > 0) {
                throw new JobException("output folder " + out + " appeared while the job ran; the output is kept in "
                        + staging);
            }
            old = new Path(out.getParent(), out.getName() + ".replaced-" + staging.getName()
                    .substring(staging.getName().lastIndexOf('-') + 1));
            if (!fs.rename(out, old)) {
                throw new IOException("cannot move the earlier output " + out + " aside");
            }
        }
        if (!fs.rename(staging, out)) {
            if (old != null) {
                fs.rename(old, out);
            }
            throw new IOException("cannot rename " + staging + " to " + out + "; the output is kept in " + staging);
        }
        committed = true;
        if (old != null) {
            fs.delete(old, true);
        }
    }

    /** Removes the staging folder when the job failed before {@link #commit} (any exception, Spark's too). */
    void abandonUnlessCommitted() {
        if (committed) {
            return;
        }
        try {
            fs.delete(staging, true);
        } catch (IOException e) {
            // the staging folder stays; its name says it is incomplete
        }
    }

    /** Refuses an input folder that is not the complete output of an earlier job. */
    static void requireComplete(Configuration hadoop, String dir, String producedBy) throws IOException {
        Path path = new Path(dir);
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.exists(new Path(path, REPORT))) {
            throw new JobException(dir + " is not a complete output of '" + producedBy + "' (no " + REPORT
                    + "); run " + producedBy + " first, or point to its output folder");
        }
    }
}
