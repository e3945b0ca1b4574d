package org.seacorpus.corpus.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.seacorpus.config.ExportTarget;
import org.seacorpus.config.PipelineFile;
import org.seacorpus.config.QualityOverrideMap;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.CorpusException;
import org.seacorpus.document.Status;
import org.seacorpus.export.ExportFolder;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.Manifest;
import org.seacorpus.export.SplitSpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The export step: each target is written to a hidden sibling folder ({@code .NAME.partial}) and swapped into
 * place only when complete, so a killed run never leaves a half export where a training job could read it.
 * The folder replaced must hold an earlier export and nothing else ({@link ExportFolder}): a target whose
 * {@code out} holds other files, or a corpus home, fails with the list and nothing is deleted.
 * A target whose corpus version, options and manifest are what the last run left is up to date and not
 * rewritten. The state per target lives in the ledger's commit data.
 */
final class ExportStep {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sorted keys, so that equal options always give equal text. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final Corpus corpus;
    private final SourceLedger ledger;
    private final PipelineFile pipeline;
    private final boolean dryRun;
    private final PipelineProgress progress;
    /** What a written export warned about (empty splits), for the run's warnings. */
    private final List<String> warnings = new ArrayList<>();

    /** @param corpus the corpus, or null in a dry run of a corpus that does not exist yet */
    ExportStep(Corpus corpus, SourceLedger ledger, PipelineFile pipeline, boolean dryRun, PipelineProgress progress) {
        this.corpus = corpus;
        this.ledger = ledger;
        this.pipeline = pipeline;
        this.dryRun = dryRun;
        this.progress = progress;
    }

    List<String> warnings() {
        return warnings;
    }

    PipelineReport.ExportStepReport run(List<PipelineReport.Failure> failures) {
        long started = System.nanoTime();
        List<ExportTarget> targets = pipeline.config().export();
        List<PipelineReport.ExportTargetReport> reports = new ArrayList<>();
        progress.start("export", targets.size());
        for (ExportTarget target : targets) {
            PipelineReport.ExportTargetReport report = export(target);
            if (report.error() != null) {
                failures.add(new PipelineReport.Failure("export", report.out(), "", report.error(), false));
            }
            reports.add(report);
            progress.advance(reports.size(), report.status().replace('_', ' '));
        }
        String status = targets.isEmpty() ? "skipped"
                : reports.stream().anyMatch(r -> r.error() != null) ? "failed" : dryRun ? "dry_run" : "done";
        long rows = reports.stream().mapToLong(PipelineReport.ExportTargetReport::rows).sum();
        progress.end(targets.isEmpty() ? "no export targets" : org.seacorpus.util.Plural.of(rows, "row"));
        return new PipelineReport.ExportStepReport(status, (System.nanoTime() - started) / 1_000_000, reports);
    }

    private PipelineReport.ExportTargetReport export(ExportTarget target) {
        long started = System.nanoTime();
        Path out = pipeline.resolve(target.out());
        Path staging = out.resolveSibling("." + out.getFileName() + ".partial");
        Path previous = out.resolveSibling("." + out.getFileName() + ".previous");
        String key = "export:" + out;
        try {
            if (!dryRun && !Files.exists(out) && Files.isDirectory(previous)) {
                Files.move(previous, out, StandardCopyOption.ATOMIC_MOVE); // a run killed mid-swap
            }
            Path manifest = out.resolve("manifest.json");
            if (corpus == null) {
                return report(out, "would_write", 0, 0, null, null, started);
            }
            String state = corpus.indexVersion() + ":" + optionsKey(target);
            String saved = ledger.state(key);
            if (saved != null && Files.isRegularFile(manifest) && saved.equals(state + ":" + sha256(manifest))) {
                JsonNode written = JSON.readTree(manifest.toFile());
                return report(out, "up_to_date", written.path("rows").asLong(), written.path("files").size(),
                        manifest.toString(), null, started);
            }
            if (dryRun) {
                return report(out, "would_write", 0, 0, null, null, started);
            }
            ExportFolder.Inspection existing = ExportFolder.inspect(out);
            if (!existing.clean()) {
                return report(out, "failed", 0, 0, null, existing.refusal() + " ('out' of this target)", started);
            }
            removeExport(staging);
            Manifest written = corpus.export(options(target, staging));
            removeExport(previous);
            if (Files.exists(out)) {
                Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.createDirectories(out.getParent());
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            removeExport(previous);
            ledger.saveState(key, state + ":" + sha256(manifest));
            written.warnings().forEach(w -> warnings.add("export " + out.getFileName() + ": " + w));
            return report(out, "written", written.rows(), written.files().size(), manifest.toString(), null,
                    started);
        } catch (IOException | CorpusException | org.seacorpus.export.ExportException | IllegalArgumentException e) {
            return report(out, "failed", 0, 0, null, "cannot export to " + out + ": " + e.getMessage(), started);
        }
    }

    /** The target as {@code corpus export} options: the same keys, the same defaults, paths resolved. */
    private ExportOptions options(ExportTarget target, Path out) {
        EnumSet<Status> statuses = EnumSet.of(Status.OK);
        if (target.includeDuplicates()) {
            statuses.add(Status.DUPLICATE);
        }
        if (target.includeRejected()) {
            statuses.add(Status.REJECTED);
        }
        return ExportOptions.builder(out).format(target.format()).compress(target.compress())
                .langs(target.langs()).tags(target.tags()).query(target.query()).statuses(statuses)
                .qualityFilter(target.quality())
                .qualityOverrides(QualityOverrideMap.merge(pipeline.config().quality(), target.qualitySet()))
                .redactPii(target.redactPii()).dropBoilerplate(target.dropBoilerplate())
                .split(SplitSpec.parse(target.split().spec(), target.seed()))
                .shardRows(target.shardRows()).shardBytes(ExportOptions.parseSize(target.shardSize()))
                .decontaminate(target.decontaminate().stream().map(pipeline::resolve).toList())
                .contamination(target.contaminated())
                .build();
    }

    /**
     * What an export depends on besides the corpus index: the target's options, the pipeline's and corpus.yaml's
     * quality overrides, and the bytes of each benchmark file. A change in any of them rewrites the target.
     */
    private String optionsKey(ExportTarget target) throws IOException {
        List<String> parts = new ArrayList<>();
        parts.add(CANONICAL.writeValueAsString(target));
        parts.add(CANONICAL.writeValueAsString(pipeline.config().quality()));
        parts.add(CANONICAL.writeValueAsString(corpus.qualitySettings()));
        for (String written : target.decontaminate()) {
            Path file = pipeline.resolve(written);
            parts.add(Files.isRegularFile(file) ? sha256(file) : "missing:" + file);
        }
        return FileFingerprint.key(parts.toArray(String[]::new));
    }

    private static PipelineReport.ExportTargetReport report(Path out, String status, long rows, int files,
                                                            String manifest, String error, long started) {
        return new PipelineReport.ExportTargetReport(out.toString(), status, rows, files, manifest, error,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String sha256(Path file) throws IOException {
        return FileFingerprint.stat(file).hashed(file).sha256();
    }

    /**
     * Removes a folder holding an export of ours (a staging folder, the previous export after the swap) through
     * {@link ExportFolder}: only the export's own files go, and anything else refuses with the list.
     */
    private static void removeExport(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        ExportFolder.clear(dir);
        Files.delete(dir);
    }
}
