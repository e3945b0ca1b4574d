package org.seacorpus.corpus;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.seacorpus.document.Document;
import org.seacorpus.document.FirstImport;
import org.seacorpus.ingest.ExtractionException;
import org.seacorpus.ingest.ExtractionSink;
import org.seacorpus.ingest.Extractor;
import org.seacorpus.ingest.FailureReason;
import org.seacorpus.ingest.ImportFailure;
import org.seacorpus.ingest.InputItem;

/**
 * Reads one input of an import on a worker: the first extractor that accepts it extracts its documents, each
 * handed to the {@link ImportWriter} with its {@link FirstImport} (the input's walk order, then its part's order
 * within the input). Whatever goes wrong is a failure of this input, reported with its path and part; only a
 * failure to write the index (or a broken JVM) ends the import.
 */
final class InputReader {
    private final List<Extractor> extractors;
    private final ImportWriter writer;
    private final ImportTally tally;
    private final ImportAbort abort;
    private final long startedMillis;
    /** Told after each input, with the input counted. */
    private final Runnable inputDone;

    InputReader(List<Extractor> extractors, ImportWriter writer, ImportTally tally, ImportAbort abort,
                long startedMillis, Runnable inputDone) {
        this.extractors = extractors;
        this.writer = writer;
        this.tally = tally;
        this.abort = abort;
        this.startedMillis = startedMillis;
        this.inputDone = inputDone;
    }

    /** @param order the input's place in the walk (new documents' first-import order) */
    void read(InputItem item, SourceRun run, long order) {
        tally.inputs.increment();
        AtomicLong part = new AtomicLong();
        ExtractionSink sink = new ExtractionSink() {
            @Override
            public void document(Document doc) {
                long sequence = (order << 24) | Math.min(part.getAndIncrement(), 0xFFFFFF);
                writer.store(item, run, doc, new FirstImport(startedMillis, sequence));
            }

            @Override
            public void failure(String part, String error) {
                failure(part, ImportFailure.Kind.INPUT, error);
            }

            @Override
            public void failure(String part, ImportFailure.Kind kind, String error) {
                run.fail(ImportWriter.within(item, part), kind, error, "");
            }
        };
        try {
            if (!abort.happened()) {
                Extractor extractor = extractors.stream().filter(e -> e.accepts(item)).findFirst().orElseThrow();
                extractor.extract(item, sink);
            }
        } catch (ExtractionException e) {
            run.fail(item.part(), e.kind(), e.getMessage(), detailOf(e.getCause()));
        } catch (Throwable e) {
            if (!run.unexpected(item.part(), e)) {
                abort.set(e);
            }
        }
        inputDone.run();
    }

    static String detailOf(Throwable cause) {
        return cause == null ? "" : FailureReason.detail(cause);
    }
}
