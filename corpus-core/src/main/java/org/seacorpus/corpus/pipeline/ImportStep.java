package org.seacorpus.corpus.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.seacorpus.config.PipelineConfig;
import org.seacorpus.config.PipelineFile;
import org.seacorpus.config.SourcePaths;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportJob;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.corpus.ImportReport;
import org.seacorpus.corpus.RewriteReport;
import org.seacorpus.corpus.SourceNaming;
import org.seacorpus.ingest.DatasetOptions;
import org.seacorpus.ingest.ImportFailure;
import org.seacorpus.ingest.SourceWalker;

/**
 * The import step of a pipeline: each source in turn is imported with its own options and a
 * {@link LedgerTracker}, then its gone inputs are handled ({@code on_missing}) and returned ones restored.
 * Order within a source is chosen for kill -9: documents first, ledger after, so a crash repeats work but
 * never skips any.
 */
final class ImportStep {
    private final Corpus corpus;
    private final SourceLedger ledger;
    private final PipelineFile pipeline;
    private final boolean dryRun;
    private final PipelineProgress progress;
    private final List<PipelineReport.Failure> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** @param corpus the corpus, or null in a dry run of a corpus that does not exist yet */
    ImportStep(Corpus corpus, SourceLedger ledger, PipelineFile pipeline, boolean dryRun, PipelineProgress progress) {
        this.corpus = corpus;
        this.ledger = ledger;
        this.pipeline = pipeline;
        this.dryRun = dryRun;
        this.progress = progress;
    }

    List<PipelineReport.Failure> failures() {
        return failures;
    }

    List<String> warnings() {
        return warnings;
    }

    PipelineReport.ImportStepReport run() throws IOException {
        long started = System.nanoTime();
        PipelineConfig config = pipeline.config();
        List<List<Path>> paths = new ArrayList<>();
        for (PipelineConfig.SourceSettings source : config.sources()) {
            paths.add(expand(source));
        }
        progress.start("import", countFiles(config.sources(), paths));
        AtomicLong filesDone = new AtomicLong();
        Totals totals = new Totals();
        List<PipelineReport.SourceReport> sources = new ArrayList<>();
        List<PipelineReport.MissingInput> missing = new ArrayList<>();
        for (int i = 0; i < config.sources().size(); i++) {
            sources.add(runSource(i, paths.get(i), filesDone, totals, missing));
        }
        long files = sources.stream().mapToLong(PipelineReport.SourceReport::files).sum();
        progress.end(files + (files == 1 ? " file, " : " files, ") + (files - totals.filesUnchanged) + " read");
        return new PipelineReport.ImportStepReport(dryRun ? "dry_run" : "done", millis(started), files,
                totals.filesNew, totals.filesChanged, totals.filesUnchanged, missing.size(), totals.inputs,
                totals.added, totals.updated, totals.unchanged, totals.failed, totals.stale, totals.markedMissing,
                totals.restored, totals.byLanguage, sources, missing);
    }

    private PipelineReport.SourceReport runSource(int index, List<Path> paths, AtomicLong filesDone, Totals totals,
                                                  List<PipelineReport.MissingInput> missing) throws IOException {
        long started = System.nanoTime();
        PipelineConfig.SourceSettings source = pipeline.config().sources().get(index);
        PipelineConfig.ImportSettings settings = pipeline.config().imports();
        String name = pipeline.sourceName(index);
        String group = pipeline.name() + "/" + name;
        long[] documentsBefore = {totals.added + totals.updated + totals.unchanged, totals.failed};
        LedgerTracker tracker = new LedgerTracker(ledger, group, settingsKey(source), settings.fingerprint(), dryRun,
                () -> progress.advance(filesDone.incrementAndGet(), ""));
        ImportOptions options = new ImportOptions(paths, source.include(), source.exclude(), source.lang(),
                new LinkedHashSet<>(source.tags()), new DatasetOptions(source.textField(), source.idField()), null,
                settings.threads(), settings.commitEvery(), source.metadata(), null, source.followSymlinks(),
                source.sourceName(), pipeline.baseDir());
        long added = 0;
        long updated = 0;
        long unchanged;
        List<ImportFailure> failed = new ArrayList<>();
        if (dryRun) {
            SourceNaming naming = new SourceNaming(options);
            SourceWalker walker = new SourceWalker(options.includes(), options.excludes(), options.followSymlinks());
            walker.walk(paths, new SourceWalker.Visitor() {
                @Override
                public void file(Path file) {
                    tracker.consider(file, naming.name(file).value());
                }

                @Override
                public void failure(Path path, String error) {
                    failed.add(new ImportFailure(path.toString(), "", error));
                }

                @Override
                public void skipped(Path path, String reason) {
                    warnings.add(path + ": " + reason);
                }
            });
            unchanged = tracker.skippedDocuments();
        } else {
            ImportReport report = corpus.importFrom(options, p -> progress.advance(filesDone.get(),
                    new ImportJob.Progress(p.inputs(), documentsBefore[0] + p.documents(),
                            documentsBefore[1] + p.failed(), p.bytesRead(), p.bytesFound()).describe()), tracker);
            ledger.commit(); // fingerprints of files that were only touched
            added = report.added();
            updated = report.updated();
            unchanged = report.unchanged() + tracker.skippedDocuments();
            failed.addAll(report.failed());
            report.skipped().forEach(skip -> warnings.add(skip.path() + ": " + skip.reason()));
            totals.inputs += report.inputs();
            report.byLanguage().forEach((lang, n) -> totals.byLanguage.merge(lang, n, Long::sum));
        }
        failed.forEach(f -> failures.add(new PipelineReport.Failure("import", f.path(), f.part(), f.error(), false)));
        tracker.repeatedFailures().forEach(f -> failures.add(
                new PipelineReport.Failure("import", f.path(), f.part(), f.error(), true)));
        long failedCount = failed.size() + tracker.repeatedFailures().size();
        long gone = handleGone(group, tracker, missing, totals);
        totals.filesNew += tracker.count(LedgerTracker.Kind.NEW);
        totals.filesChanged += tracker.count(LedgerTracker.Kind.CHANGED) + tracker.count(LedgerTracker.Kind.REAPPEARED);
        totals.filesUnchanged += tracker.count(LedgerTracker.Kind.UNCHANGED);
        totals.added += added;
        totals.updated += updated;
        totals.unchanged += unchanged;
        totals.failed += failedCount;
        long files = tracker.seen().size();
        return new PipelineReport.SourceReport(name, paths.stream().map(Path::toString).toList(), files,
                tracker.count(LedgerTracker.Kind.NEW),
                tracker.count(LedgerTracker.Kind.CHANGED) + tracker.count(LedgerTracker.Kind.REAPPEARED),
                tracker.count(LedgerTracker.Kind.UNCHANGED), gone, added, updated, unchanged, failedCount,
                millis(started));
    }

    /** Restores returned inputs, finds stale documents and missing files, marks them when asked. */
    private long handleGone(String group, LedgerTracker tracker, List<PipelineReport.MissingInput> missing,
                            Totals totals) throws IOException {
        boolean mark = pipeline.config().imports().onMissing() == PipelineConfig.OnMissing.MARK;
        SourceCleanup cleanup = dryRun ? null : new SourceCleanup(corpus);
        if (cleanup != null) {
            totals.restored += cleanup.restore(tracker.renewed());
            RewriteReport stale = cleanup.stale(tracker.renewed(), mark);
            if (stale != null) {
                totals.stale += stale.matched();
                totals.markedMissing += mark ? stale.changed() : 0;
            }
        }
        List<SourceLedger.Entry> gone = new ArrayList<>();
        Set<String> toMark = new HashSet<>();
        for (SourceLedger.Entry entry : ledger.group(group)) {
            if (!tracker.seen().contains(entry.source())) {
                gone.add(entry);
                if (mark && !entry.marked()) {
                    toMark.add(entry.source());
                }
            }
        }
        if (cleanup != null && !gone.isEmpty()) {
            totals.markedMissing += cleanup.markMissing(toMark);
            String now = Instant.now().toString();
            for (SourceLedger.Entry entry : gone) {
                ledger.record(entry.gone(now, entry.marked() || mark));
            }
            ledger.commit(); // after the marks are committed: a crash in between marks again, harmlessly
        }
        for (SourceLedger.Entry entry : gone) {
            missing.add(new PipelineReport.MissingInput(group, entry.path(), entry.documents(),
                    entry.missing() ? entry.missingSince() : "now", entry.marked() || (mark && !dryRun)));
        }
        return gone.size();
    }

    /**
     * The paths a source's written paths stand for. A glob's match that is a symbolic link leading out of the
     * glob's fixed folder is left out with a warning (unless the source follows links): a glob names what is in a
     * folder, not what the folder's links point to.
     */
    private List<Path> expand(PipelineConfig.SourceSettings source) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String written : source.paths()) {
            List<Path> expanded = SourcePaths.expand(pipeline.baseDir(), written);
            if (expanded.isEmpty()) {
                warnings.add("source path '" + written + "' matched no files or folders");
            }
            if (SourcePaths.isGlob(written) && !source.followSymlinks()) {
                Path prefix = SourcePaths.fixedPrefix(pipeline.baseDir(), written);
                for (Path match : expanded) {
                    String escape = leavesFolder(match, prefix);
                    if (escape == null) {
                        out.add(match);
                    } else {
                        warnings.add("source path '" + written + "': " + escape);
                    }
                }
            } else {
                out.addAll(expanded);
            }
        }
        return out;
    }

    /** Why a glob's match is a link leading out of the glob's folder, or null when it is not. */
    private static String leavesFolder(Path match, Path folder) {
        if (!Files.isSymbolicLink(match)) {
            return null;
        }
        try {
            Path real = match.toRealPath();
            if (real.startsWith(folder.toRealPath())) {
                return null;
            }
            return "symbolic link " + match + " leads out of " + folder + " (to " + real + "): not followed; "
                    + "follow_symlinks: true follows it";
        } catch (IOException e) {
            return null; // broken: the import reports it with its target
        }
    }

    /** Files the sources hold, for the progress bar: one quick walk, nothing read. */
    private static long countFiles(List<PipelineConfig.SourceSettings> sources, List<List<Path>> paths) {
        long count = 0;
        for (int i = 0; i < sources.size(); i++) {
            long[] n = {0};
            SourceWalker.Visitor counter = new SourceWalker.Visitor() {
                @Override
                public void file(Path file) {
                    n[0]++;
                }

                @Override
                public void failure(Path path, String error) {
                    // reported by the import itself
                }
            };
            new SourceWalker(sources.get(i).include(), sources.get(i).exclude(), sources.get(i).followSymlinks())
                    .walk(paths.get(i), counter);
            count += n[0];
        }
        return count;
    }

    /** What a source's import depends on besides its files: a change re-imports every file of the source. */
    static String settingsKey(PipelineConfig.SourceSettings source) {
        return FileFingerprint.key(ImportJob.PIPELINE_VERSION, String.valueOf(source.lang()),
                String.join(",", new java.util.TreeSet<>(source.tags())),
                new TreeMap<>(source.metadata()).toString(), String.join(",", source.textField()), source.idField());
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Running sums over the sources. */
    private static final class Totals {
        long filesNew;
        long filesChanged;
        long filesUnchanged;
        long inputs;
        long added;
        long updated;
        long unchanged;
        long failed;
        long stale;
        long markedMissing;
        long restored;
        final Map<String, Long> byLanguage = new TreeMap<>();
    }
}
