package org.seacorpus.corpus;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The commits of an import: when to commit ({@link CommitClock}: after {@code every} documents or
 * {@link ImportOptions#COMMIT_CHARS} characters of text since the last commit, at least every {@code interval} while
 * writing), and, with a {@link SourceTracker}, telling it after each commit which files the
 * commit holds completely. The files are taken before the commit starts: their documents were all handed to the
 * writer earlier, so the commit has them. Thread-safe.
 */
final class Checkpoints {
    private final CorpusStore store;
    private final SourceTracker tracker;
    private final int every;
    private final CommitClock clock;
    /** Files read to the end whose documents are not yet known to be committed. */
    private final ConcurrentLinkedQueue<SourceTracker.Outcome> finished = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();

    /** @param tracker told what each commit holds; null for none */
    Checkpoints(CorpusStore store, SourceTracker tracker, int every, Duration interval) {
        this.store = store;
        this.tracker = tracker;
        this.every = every;
        this.clock = new CommitClock(every, ImportOptions.COMMIT_CHARS, interval);
    }

    /** Counts one document of {@code chars} characters handed to the writer; commits when one is due. */
    void written(long chars) throws IOException {
        if (clock.written(chars)) {
            commit();
        }
    }

    /** A file was read to the end. Runs of unchanged files write nothing, so they are recorded now and then too. */
    void sourceFinished(SourceTracker.Outcome outcome) throws IOException {
        if (tracker == null) {
            return;
        }
        tracker.finished(outcome);
        finished.add(outcome);
        if (finished.size() >= every || clock.intervalPassed()) {
            commit();
        }
    }

    /** Commits the index, then tells the tracker which files the commit holds completely. */
    void commit() throws IOException {
        synchronized (lock) {
            List<SourceTracker.Outcome> complete = new ArrayList<>();
            for (SourceTracker.Outcome o = finished.poll(); o != null; o = finished.poll()) {
                complete.add(o);
            }
            store.commit();
            clock.committed();
            if (tracker != null && !complete.isEmpty()) {
                tracker.committed(complete);
            }
        }
    }
}
