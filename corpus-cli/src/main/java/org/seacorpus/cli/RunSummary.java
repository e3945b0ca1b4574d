package org.seacorpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.seacorpus.corpus.pipeline.CheckResult;
import org.seacorpus.corpus.pipeline.PipelineReport;
import org.seacorpus.util.SafeText;

/** The short human summary of a {@code corpus run}: one line per step, the checks, and the verdict. */
final class RunSummary {
    private static final int FAILURES_SHOWN = 10;

    private final PipelineReport report;

    RunSummary(PipelineReport report) {
        this.report = report;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add((report.dryRun() ? "dry run of" : "ran") + " pipeline '" + report.name() + "' ("
                + shown(report.pipeline()) + ") on corpus " + shown(report.corpus()));
        PipelineReport.ImportStepReport imported = report.importStep();
        lines.add(String.format("import   %d files: %d new, %d changed, %d unchanged, %d missing; "
                        + "%d documents added, %d updated, %d unchanged, %d failed%s", imported.files(),
                imported.filesNew(), imported.filesChanged(), imported.filesUnchanged(), imported.filesMissing(),
                imported.added(), imported.updated(), imported.unchanged(), imported.failed(), took(imported.durationMs())));
        if (imported.staleDocuments() > 0 || imported.markedMissing() > 0 || imported.restored() > 0) {
            lines.add(String.format("         %d documents no longer in their changed source, %d marked missing, "
                    + "%d restored", imported.staleDocuments(), imported.markedMissing(), imported.restored()));
        }
        int shown = 0;
        for (PipelineReport.Failure failure : report.failures()) {
            if (shown++ == FAILURES_SHOWN) {
                lines.add("         … and " + (report.failures().size() - FAILURES_SHOWN) + " more failures (see "
                        + "the JSON report)");
                break;
            }
            lines.add("         failed" + (failure.repeated() ? " (unchanged since an earlier run)" : "") + ": "
                    + shown(failure.path()) + (failure.part().isEmpty() ? "" : " [" + SafeText.oneLine(failure.part())
                    + "]") + ": " + SafeText.oneLine(failure.reason()));
        }
        for (PipelineReport.MissingInput missing : imported.missing()) {
            lines.add("         missing: " + shown(missing.path()) + " (" + TextTable.count(missing.documents(), "document")
                    + (missing.marked() ? ", marked rejected with tag source-missing" : ", kept as they are") + ")");
        }
        lines.add("dedupe   " + (report.dedupe().status().equals("not_available") ? ""
                : report.dedupe().status().replace('_', ' ') + ": ") + report.dedupe().message());
        if (report.export().targets().isEmpty()) {
            lines.add("export   no export targets");
        }
        for (PipelineReport.ExportTargetReport target : report.export().targets()) {
            lines.add("export   " + shown(target.out()) + ": " + target.status().replace('_', ' ')
                    + (target.rows() > 0 ? ", " + TextTable.count(target.rows(), "row") + " in "
                    + TextTable.count(target.files(), "file") : "")
                    + (target.error() == null ? "" : ": " + SafeText.oneLine(target.error())) + took(target.durationMs()));
        }
        lines.addAll(checkLines(false));
        report.warnings().forEach(w -> lines.add("warning: " + SafeText.oneLine(w)));
        if (report.dryRun()) {
            lines.add("nothing was written (dry run); checks were evaluated on the corpus as it is now");
        } else {
            lines.add(report.passed() ? "passed (exit 0) in " + seconds(report.durationMs())
                    : "FAILED (exit " + report.exitCode() + "): " + String.join(", ", failedNames())
                    + "; the report is in " + shown(report.corpus()) + "/runs/");
        }
        return lines;
    }

    /** Only what made the run fail: for -q. */
    List<String> failureLines() {
        List<String> lines = new ArrayList<>(checkLines(true));
        for (PipelineReport.ExportTargetReport target : report.export().targets()) {
            if (target.error() != null) {
                lines.add("export failed: " + SafeText.oneLine(target.error()));
            }
        }
        lines.add("corpus run: FAILED (exit " + report.exitCode() + "): " + String.join(", ", failedNames()));
        return lines;
    }

    private List<String> checkLines(boolean failedOnly) {
        List<String> lines = new ArrayList<>();
        List<CheckResult> checks = report.checks();
        if (!failedOnly) {
            long passed = checks.stream().filter(c -> CheckResult.PASSED.equals(c.status())).count();
            long failed = checks.stream().filter(CheckResult::failed).count();
            lines.add(checks.isEmpty() ? "checks   none configured"
                    : String.format("checks   %d passed, %d failed, %d not available", passed, failed,
                    checks.size() - passed - failed));
        }
        for (CheckResult check : checks) {
            if (!failedOnly || check.failed()) {
                String status = check.failed() ? "FAILED" : check.status().replace('_', ' ');
                lines.add("  " + status + "  " + check.check() + ": " + check.message());
            }
        }
        return lines;
    }

    private List<String> failedNames() {
        List<String> names = new ArrayList<>();
        report.checks().stream().filter(CheckResult::failed).forEach(c -> names.add("check " + c.check()));
        report.checks().stream().filter(c -> CheckResult.NOT_AVAILABLE.equals(c.status()) && !report.passed()
                && names.isEmpty()).forEach(c -> names.add("check " + c.check() + " not available"));
        if ("failed".equals(report.export().status())) {
            names.add("export");
        }
        return names;
    }

    private static String took(long millis) {
        return " (" + seconds(millis) + ")";
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }

    /** A path relative to the working folder when it lies below it, else as it is; escaped for a terminal. */
    static String shown(String path) {
        try {
            Path p = Path.of(path);
            Path here = Path.of("").toAbsolutePath();
            return SafeText.oneLine(p.isAbsolute() && p.startsWith(here) ? here.relativize(p).toString() : path);
        } catch (RuntimeException e) {
            return SafeText.oneLine(path);
        }
    }
}
