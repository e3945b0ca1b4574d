package org.seacorpus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.seacorpus.config.PipelineConfigReader;
import org.seacorpus.config.PipelineFile;
import org.seacorpus.corpus.pipeline.PipelineJob;
import org.seacorpus.corpus.pipeline.PipelineReport;
import org.seacorpus.lang.LanguageProfiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus run PIPELINE.yaml}: the whole batch from one file, for CI. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Run a pipeline file: import its sources, dedupe, export, then check",
            "the result. Idempotent: unchanged files are skipped unread, so a second",
            "run does no work. Resumable: kill it at any moment (kill -9 too) and the",
            "next run finishes the work, with nothing lost or stored twice.",
            "The report is one JSON object (stdout with --json, and in runs/); a short",
            "summary goes to stderr. Progress: a bar on a terminal, a line every 10 s",
            "otherwise, nothing with -q. The file's keys: docs/pipeline.md."},
        footer = {"",
            "Exit codes: 0 every check passed",
            "            1 a check or an export failed (the summary says which, with numbers)",
            "            2 the pipeline file is wrong (FILE:LINE:COLUMN and what is expected)",
            "            3 the corpus cannot be opened (locked; missing, create: false)",
            "Corpus home: -C DIR, else corpus.home in the file, else $CORPUS_HOME,",
            "else ./corpus.",
            "", "Examples:",
            "  corpus run sample-data/pipeline.yaml",
            "  corpus run --dry-run sample-data/pipeline.yaml",
            "  corpus --json -q run pipeline.yaml > report.json"})
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PIPELINE.yaml", description = "The pipeline file.")
    Path file;

    @Option(names = "--dry-run", description = "Say what would be imported, exported and checked; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        PipelineFile pipeline = new PipelineConfigReader(LanguageProfiles.builtIn()).read(file);
        PipelineReport report;
        try (ProgressDisplay progress = ProgressDisplay.of(output)) {
            report = new PipelineJob(pipeline, new PipelineJob.Options(root.corpus, root.corpusHome(), dryRun),
                    progress).run();
        }
        if (output.json) {
            output.json(report);
        }
        RunSummary summary = new RunSummary(report);
        if (dryRun && !output.json) {
            summary.lines().forEach(output::println); // the plan is the result of a dry run
        } else if (!output.quiet) {
            summary.lines().forEach(output::info);
        } else if (report.exitCode() != 0) {
            summary.failureLines().forEach(output::warn); // -q still says why the run failed
        }
        return report.exitCode();
    }
}
