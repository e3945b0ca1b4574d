package org.seacorpus.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.spark.TaskContext;
import org.apache.spark.sql.catalyst.InternalRow;
import org.seacorpus.corpus.DocumentPipeline;

/**
 * One {@code prepare} task on an executor: reads its files through the core pipeline (built once per executor)
 * and yields a row per document; failures and counts go to the task's {@link TaskSummary}, written when the last
 * input has been read.
 */
final class PrepareTask implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PrepareOptions options;
    private final HadoopConf hadoop;
    private final String staging;
    private final long importedAt;

    PrepareTask(PrepareOptions options, HadoopConf hadoop, String staging, long importedAt) {
        this.options = options;
        this.hadoop = hadoop;
        this.staging = staging;
        this.importedAt = importedAt;
    }

    /** The rows of the files of partition {@code partition} (its files come as one list). */
    Iterator<InternalRow> rows(int partition, Iterator<List<InputFile>> groups) {
        Iterator<InputFile> files = groups.hasNext() ? groups.next().iterator() : java.util.Collections.emptyIterator();
        DocumentPipeline pipeline = SparkPipelines.get(options).withNewCounts();
        OutcomeStream outcomes = new OutcomeStream(pipeline, files, hadoop, importedAt);
        TaskContext context = TaskContext.get();
        if (context != null) {
            context.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) c -> outcomes.close());
        }
        TaskSummary summary = new TaskSummary();
        return new Iterator<>() {
            private InternalRow next;
            private boolean finished;

            @Override
            public boolean hasNext() {
                while (next == null && !finished) {
                    if (!outcomes.hasNext()) {
                        finished = true;
                        summary.files = outcomes.files();
                        summary.stages(pipeline.stages().stats());
                        try {
                            summary.write(hadoop.get(), staging, partition);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot write the task summary under " + staging, e);
                        }
                        break;
                    }
                    DocumentPipeline.Outcome outcome = outcomes.next();
                    if (outcome instanceof DocumentPipeline.Processed p) {
                        summary.document(p.document().language().lang());
                        next = DocumentRows.toInternalRow(p.document(), importedAt);
                    } else if (outcome instanceof DocumentPipeline.Failed f) {
                        summary.failure(f.path(), f.part(), f.reason(), f.kind(), f.detail());
                    }
                }
                return next != null;
            }

            @Override
            public InternalRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                InternalRow out = next;
                next = null;
                return out;
            }
        };
    }
}
