package org.seacorpus.corpus.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.seacorpus.config.PipelineConfig;
import org.seacorpus.corpus.CorpusException;
import org.seacorpus.corpus.SourceTracker;
import org.seacorpus.ingest.ImportFailure;

/**
 * The {@link SourceTracker} of one pipeline source: decides from the {@link SourceLedger} which files are new,
 * changed or unchanged, and records each imported file in the ledger after the corpus commit that holds it.
 *
 * <p>A file is skipped when the ledger has it, for this source, with the same import settings and the same
 * content: in quick
 * mode equal size and modification time suffice, otherwise (or when they differ) the SHA-256 decides. A file
 * the ledger lists as missing is always read again, so its documents can be restored. In a dry run nothing is
 * read beyond the fingerprints and every file is skipped after it is classified.
 */
final class LedgerTracker implements SourceTracker {
    /** How a file compares with the ledger. */
    enum Kind { NEW, CHANGED, UNCHANGED, REAPPEARED }

    private record Pending(Path file, String source, FileFingerprint fingerprint, Kind kind) {
    }

    private final SourceLedger ledger;
    private final String group;
    private final String settings;
    private final PipelineConfig.Fingerprint mode;
    private final boolean dryRun;
    private final Runnable onFileDone;

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<Kind, LongAdder> kinds = new ConcurrentHashMap<>();
    /** Changed and reappeared files: source name → the stamp its documents now carry. */
    private final Map<String, String> renewed = new ConcurrentHashMap<>();
    private final AtomicLong skippedDocuments = new AtomicLong();
    private final List<ImportFailure> repeatedFailures = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param settings   key of the import settings of this source (a change re-imports every file)
     * @param onFileDone called when a file is done (skipped or read to the end), for progress
     */
    LedgerTracker(SourceLedger ledger, String group, String settings, PipelineConfig.Fingerprint mode,
                  boolean dryRun, Runnable onFileDone) {
        this.ledger = ledger;
        this.group = group;
        this.settings = settings;
        this.mode = mode;
        this.dryRun = dryRun;
        this.onFileDone = onFileDone;
    }

    @Override
    public Decision consider(Path file, String source) {
        seen.add(source);
        try {
            SourceLedger.Entry entry = ledger.lookup(source);
            FileFingerprint now = FileFingerprint.stat(file);
            if (entry != null && !entry.missing() && entry.group().equals(group)
                    && entry.settings().equals(settings) && entry.fingerprint().size() == now.size()) {
                boolean sameTime = entry.fingerprint().modified() == now.modified();
                if (mode == PipelineConfig.Fingerprint.QUICK && sameTime) {
                    return skip(entry);
                }
                now = now.hashed(file);
                if (now.sha256().equals(entry.fingerprint().sha256())) {
                    if (!sameTime && !dryRun) {
                        ledger.record(entry.withFingerprint(now)); // touched only: remember the new time
                    }
                    return skip(entry);
                }
            }
            now = now.hashed(file);
            // a file recorded under another source (renamed, or moved between sources) is new to this one
            Kind kind = entry == null || !entry.group().equals(group) ? Kind.NEW
                    : entry.missing() ? Kind.REAPPEARED : Kind.CHANGED;
            kinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
            if (dryRun) {
                onFileDone.run();
                return Decision.SKIP;
            }
            String stamp = FileFingerprint.key(source, now.sha256(), settings);
            if (entry != null) {
                renewed.put(source, stamp); // older documents of the file may be stale, or marked missing
            }
            pending.put(source, new Pending(file, source, now, kind));
            return Decision.importWith(stamp);
        } catch (IOException e) {
            // the extractor reads the file next and reports why it cannot; nothing is recorded for it
            return Decision.importWith(null);
        }
    }

    private Decision skip(SourceLedger.Entry entry) {
        kinds.computeIfAbsent(Kind.UNCHANGED, k -> new LongAdder()).increment();
        skippedDocuments.addAndGet(entry.documents());
        repeatedFailures.addAll(entry.failures());
        onFileDone.run();
        return Decision.SKIP;
    }

    @Override
    public void finished(Outcome outcome) {
        onFileDone.run();
    }

    @Override
    public void committed(List<Outcome> outcomes) {
        try {
            boolean any = false;
            for (Outcome outcome : outcomes) {
                Pending p = pending.remove(outcome.source());
                if (p == null || outcome.stamp() == null) {
                    continue;
                }
                ledger.record(new SourceLedger.Entry(p.source(), p.file().toString(), group, p.fingerprint(),
                        settings, outcome.stamp(), outcome.documents(), outcome.failures(), "", false));
                any = true;
            }
            if (any) {
                ledger.commit();
            }
        } catch (IOException e) {
            throw new CorpusException("cannot write the source ledger: " + e.getMessage(), e);
        }
    }

    long count(Kind kind) {
        LongAdder n = kinds.get(kind);
        return n == null ? 0 : n.sum();
    }

    /** Files of this source the walk found in this run (their source names). */
    Set<String> seen() {
        return seen;
    }

    /** Changed and reappeared files → the stamp their current documents carry. */
    Map<String, String> renewed() {
        return renewed;
    }

    long skippedDocuments() {
        return skippedDocuments.get();
    }

    /** Failures recorded for skipped files when they were last read: they still hold. */
    List<ImportFailure> repeatedFailures() {
        synchronized (repeatedFailures) {
            return List.copyOf(repeatedFailures);
        }
    }
}
