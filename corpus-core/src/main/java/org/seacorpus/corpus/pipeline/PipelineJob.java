package org.seacorpus.corpus.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.config.PipelineConfig;
import org.seacorpus.config.PipelineFile;
import org.seacorpus.config.QualityOverrideMap;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.CorpusException;
import org.seacorpus.search.CorpusHealth;

/**
 * {@code corpus run PIPELINE.yaml}: the whole batch for CI, import → dedupe → export → checks, from one file.
 *
 * <ul>
 * <li><b>Idempotent</b>: unchanged files are skipped before they are read (the {@link SourceLedger}), unchanged
 *     documents are not rewritten, an up-to-date export is not redone; a second run reports 0 added/updated.
 * <li><b>Resumable</b>: the index is committed at checkpoints and the ledger strictly after, so kill -9 at any
 *     moment leaves a consistent corpus and the next run finishes the work without duplicates or losses.
 * <li><b>Checked</b>: the checks of the file decide the exit code (0 passed, 1 failed).
 * </ul>
 * The report goes to {@code runs/} (not for a dry run) and back to the caller.
 */
public final class PipelineJob {
    /**
     * @param explicitHome corpus home given on the command line ({@code -C}); wins over the file
     * @param fallbackHome corpus home when neither {@code -C} nor the file names one
     * @param dryRun       read and compare only: write nothing, say what would be done
     */
    public record Options(Path explicitHome, Path fallbackHome, boolean dryRun) {
    }

    /** Ledger key: epoch milliseconds where the quality check's batch starts. */
    static final String QUALITY_BATCH = "quality:batch_after";

    private final PipelineFile pipeline;
    private final Options options;
    private final PipelineProgress progress;
    private final CorpusDedupeStep dedupe = new CorpusDedupeStep();

    public PipelineJob(PipelineFile pipeline, Options options, PipelineProgress progress) {
        this.pipeline = pipeline;
        this.options = options;
        this.progress = progress == null ? PipelineProgress.NONE : progress;
    }

    /** The corpus home this run works on. */
    public Path home() {
        if (options.explicitHome() != null) {
            return options.explicitHome().toAbsolutePath().normalize();
        }
        String written = pipeline.config().corpus().home();
        if (written != null && !written.isBlank()) {
            return pipeline.resolve(written);
        }
        if (options.fallbackHome() == null) {
            throw new IllegalArgumentException("no corpus home: set 'corpus: {home: DIR}' in " + pipeline.path()
                    + " or give -C DIR");
        }
        return options.fallbackHome().toAbsolutePath().normalize();
    }

    public PipelineReport run() {
        Instant started = Instant.now();
        long start = System.nanoTime();
        boolean dryRun = options.dryRun();
        Path home = home();
        Corpus corpus = openCorpus(home, dryRun);
        List<PipelineReport.Failure> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        PipelineReport.ImportStepReport imported;
        PipelineReport.StepReport deduped;
        PipelineReport.ExportStepReport exported;
        List<CheckResult> checks;
        PipelineConfig.CheckSettings checkSettings = pipeline.config().checks();
        try (SourceLedger ledger = dryRun ? SourceLedger.readOnly(home) : SourceLedger.open(home)) {
            ImportStep importStep = new ImportStep(corpus, ledger, pipeline, dryRun, progress);
            imported = importStep.run();
            failures.addAll(importStep.failures());
            warnings.addAll(importStep.warnings());
            deduped = dedupe(corpus, dryRun);
            ExportStep exportStep = new ExportStep(corpus, ledger, pipeline, dryRun, progress);
            exported = exportStep.run(failures);
            warnings.addAll(exportStep.warnings());
            checks = checks(corpus, ledger, checkSettings, imported.failed(), dryRun);
        } catch (IOException e) {
            throw new CorpusException("pipeline " + pipeline.path() + " on corpus " + home + ": " + e.getMessage(), e);
        }
        boolean unavailableFails = checkSettings.onUnavailable() == PipelineConfig.OnUnavailable.FAIL;
        boolean passed = checks.stream().noneMatch(c -> c.failed()
                || (unavailableFails && CheckResult.NOT_AVAILABLE.equals(c.status())))
                && !"failed".equals(exported.status());
        int exitCode = dryRun || passed ? 0 : 1;
        PipelineReport report = new PipelineReport("run", pipeline.path().toString(), pipeline.name(),
                home.toString(), started.toString(), (System.nanoTime() - start) / 1_000_000, dryRun, passed,
                exitCode, imported, deduped, exported, checks, failures, warnings, reserved());
        if (!dryRun) {
            corpus.home().appendRun("run", report);
        }
        return report;
    }

    /**
     * The checks, on the committed corpus. The quality check's batch starts where the last passing quality
     * check ended (kept in the ledger); a pass moves the start to now, so the next run rates only what it adds.
     */
    private List<CheckResult> checks(Corpus corpus, SourceLedger ledger, PipelineConfig.CheckSettings settings,
                                     long failedInputs, boolean dryRun) throws IOException {
        CorpusHealth health = corpus == null ? new CorpusHealth(0, Map.of(), Map.of(), 0) : corpus.health();
        String saved = ledger.state(QUALITY_BATCH);
        Instant since = saved == null ? null : Instant.ofEpochMilli(Long.parseLong(saved));
        Instant evaluated = Instant.now(); // every document of this run was committed before this instant
        Map<String, Map<String, Object>> overrides = QualityOverrideMap.merge(pipeline.config().quality());
        List<CheckResult> checks = CheckRunner.run(settings, health, failedInputs, corpus == null ? null
                : () -> corpus.qualityPass(overrides, since == null ? Long.MIN_VALUE : since.toEpochMilli()), since);
        // an empty batch moves nothing, so a run with nothing new writes nothing
        if (!dryRun && checks.stream().anyMatch(QualityCheck::ratedAndPassed)) {
            ledger.saveState(QUALITY_BATCH, Long.toString(evaluated.toEpochMilli()));
        }
        return checks;
    }

    private PipelineReport.StepReport dedupe(Corpus corpus, boolean dryRun) {
        Map<String, Object> settings = pipeline.config().dedupe();
        if (corpus == null) {
            return new PipelineReport.StepReport("dry_run", "the corpus does not exist yet", 0);
        }
        progress.start("dedupe", -1);
        PipelineReport.StepReport report = dedupe.run(corpus, settings, dryRun);
        progress.end(report.message());
        return report;
    }

    private Corpus openCorpus(Path home, boolean dryRun) {
        if (Files.isRegularFile(home.resolve("corpus.yaml"))) {
            return Corpus.open(home);
        }
        PipelineConfig.CorpusSettings settings = pipeline.config().corpus();
        if (!settings.create()) {
            return Corpus.open(home); // says there is none, and how to create one
        }
        return dryRun ? null : Corpus.create(home, settings.name());
    }

    private Map<String, Object> reserved() {
        Map<String, Object> settings = new LinkedHashMap<>();
        PipelineConfig config = pipeline.config();
        putIfAny(settings, "normalization", config.normalization());
        putIfAny(settings, "langid", config.langid());
        putIfAny(settings, "dedupe", config.dedupe());
        putIfAny(settings, "quality", config.quality());
        return settings;
    }

    private static void putIfAny(Map<String, Object> out, String key, Map<String, Object> value) {
        if (!value.isEmpty()) {
            out.put(key, value);
        }
    }
}
