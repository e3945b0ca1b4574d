package org.seacorpus.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.seacorpus.stage.Pipeline;

/**
 * What an import has counted so far, from every worker: inputs and bytes read, documents by outcome (added,
 * updated, unchanged) and by language, and what became of stored marks. It gives the {@link ImportJob.Progress}
 * a caller sees while the import runs and the numbers of its {@link ImportReport}. Thread-safe.
 */
final class ImportTally {
    final LongAdder inputs = new LongAdder();
    final LongAdder bytesRead = new LongAdder();
    final LongAdder bytesFound = new LongAdder();
    final LongAdder added = new LongAdder();
    final LongAdder updated = new LongAdder();
    final LongAdder unchanged = new LongAdder();
    /** Unchanged documents whose tags the import's {@code --tag}s changed (in place). */
    final LongAdder tagged = new LongAdder();
    /** Re-imported documents whose curation or dedupe marks were carried over. */
    final LongAdder marksKept = new LongAdder();
    private final List<String> dedupeRechecked = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, LongAdder> byLanguage = new ConcurrentHashMap<>();

    /** A document stored (or found unchanged) in {@code lang}. */
    void language(String lang) {
        byLanguage.computeIfAbsent(lang, k -> new LongAdder()).increment();
    }

    /** A re-imported document whose text changed lost its dedupe marks: the next dedupe decides it again. */
    void dedupeRechecked(String id) {
        dedupeRechecked.add(id);
    }

    ImportJob.Progress progress(int failed) {
        return new ImportJob.Progress(inputs.sum(), added.sum() + updated.sum() + unchanged.sum(), failed,
                bytesRead.sum(), bytesFound.sum());
    }

    ImportReport report(Instant started, ImportFailures failures, Pipeline pipeline) {
        Map<String, Long> languages = new TreeMap<>();
        byLanguage.forEach((lang, n) -> languages.put(lang, n.sum()));
        return ImportReport.of(started, inputs.sum(), added.sum(), updated.sum(), unchanged.sum(), failures.sorted(),
                languages, pipeline.stats(), marks(), failures.sortedSkips());
    }

    private ImportReport.Marks marks() {
        List<String> rechecked;
        synchronized (dedupeRechecked) {
            rechecked = new ArrayList<>(dedupeRechecked);
        }
        rechecked.sort(null);
        return new ImportReport.Marks(tagged.sum(), marksKept.sum(), rechecked.size(), rechecked);
    }
}
