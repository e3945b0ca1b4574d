package org.seacorpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.corpus.ImportReport;
import org.seacorpus.ingest.DatasetOptions;
import org.seacorpus.ingest.ImportFailure;
import org.seacorpus.ingest.ImportLimits;
import org.seacorpus.util.SafeText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus import PATH…}: files, folders, archives and datasets into the corpus. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Import documents: files, folders (recursive), zip/tar/tar.gz archives, every format Tika reads",
            "(PDF, DOCX, ODT, EPUB, HTML, RTF, …), plain text in any charset, WARC web archives, and JSONL",
            "(.gz, .zst), CSV or Parquet datasets (one document per row).",
            "Each file is named by the folder given and its path inside it (data/th/a.txt for 'import data'),",
            "or by its file name when given itself; --source-name puts a name in front. Ids hash that name and the",
            "part, never where the files lie: the same files imported from another folder or machine are found",
            "unchanged. Re-importing a source updates its documents in place; unchanged ones are skipped.",
            "Inputs that fail are reported with their reason and skipped; nothing stored is lost."},
        footer = {"", "Examples:",
            "  corpus import sample-data/",
            "  corpus import --include '*.html' --tag web crawl/",
            "  corpus import --source-name wiki-th/2025-01 dumps/thwiki/",
            "  corpus import --text-field question,answer qa.csv",
            "  corpus import --tag hub data/train-00000-of-00004.parquet",
            "  corpus --json import --lang km khmer-news.zip"})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or archives to import.")
    List<Path> paths;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only files matching (repeatable; a glob without '/' matches the file name).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files and folders matching (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "CODE", description = "Force this language instead of identifying it.")
    String lang;

    @Option(names = "--tag", paramLabel = "TAG", description = "Tag every imported document (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--text-field", paramLabel = "FIELD", split = ",",
            description = "Dataset field(s) holding the text, joined by a blank line (default: text).")
    List<String> textFields = new ArrayList<>();

    @Option(names = "--id-field", paramLabel = "FIELD", defaultValue = "id",
            description = "Dataset field naming each row (default: ${DEFAULT-VALUE}; else the line number).")
    String idField;

    @Option(names = "--source-name", paramLabel = "NAME",
            description = "Put NAME in front of every source name (e.g. wiki-th/2025-01): names the data whatever "
                    + "its folder is called; ids hash it.")
    String sourceName;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads (default: one per core).")
    int threads;

    @Option(names = "--strict", description = "Exit 1 when any input failed.")
    boolean strict;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "5000000",
            description = {"Refuse documents longer than N characters (default: ${DEFAULT-VALUE}). Analysing takes",
                "about 50 bytes of heap per character: raise the heap (CORPUS_JAVA_OPTS=-Xmx…) with the limit."})
    int maxChars;

    @Option(names = "--follow-symlinks", description = {"Follow symbolic links that lead out of the PATHs given",
            "(by default they are skipped and listed: a link such as etc -> /etc never imports system files)."})
    boolean followSymlinks;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        List<String> missing = paths.stream()
                .filter(p -> !java.nio.file.Files.exists(p) && !java.nio.file.Files.isSymbolicLink(p))
                .map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no such file or folder: " + String.join(", ", missing)
                    + "; nothing was imported");
        }
        Corpus corpus = Corpus.open(root.corpusHome());
        ImportOptions options = ImportOptions.of(paths)
                .withGlobs(includes, excludes)
                .withForcedLang(lang)
                .withTags(new LinkedHashSet<>(tags))
                .withDataset(new DatasetOptions(textFields, idField))
                .withSourceName(sourceName)
                .withThreads(threads)
                .withFollowSymlinks(followSymlinks)
                .withLimits(ImportLimits.DEFAULTS.withMaxTextChars(maxChars));
        ImportReport report;
        try (ProgressDisplay progress = ProgressDisplay.of(output)) {
            progress.start("import", -1);
            report = corpus.importFrom(options, p -> progress.advance(p.inputs(), p.describe()));
            progress.end(""); // the summary follows on stdout
        }
        if (report.inputs() == 0 && report.failed().isEmpty()) {
            output.warn("corpus import: nothing to import: no files found under " + SafeText.oneLine(paths.toString())
                    + (includes.isEmpty() && excludes.isEmpty() ? "" : " with these --include/--exclude globs"));
        }
        if (output.json) {
            output.json(report);
        } else if (!output.quiet) {
            printSummary(output, report, output.verbose);
        } else {
            // -q: no report, but what failed and what was not followed is said (stderr)
            report.failed().forEach(f -> output.warn(failure(f)));
            report.skipped().forEach(s -> output.warn(skipped(s)));
        }
        return strict && !report.failed().isEmpty() ? ErrorHandler.FAILED : 0;
    }

    private static void printSummary(Output output, ImportReport report, boolean verbose) {
        output.println(String.format(java.util.Locale.ROOT, "imported %s from %s in %.1f s: %d added, %d updated, "
                        + "%d unchanged, %d failed", TextTable.count(report.documents(), "document"),
                TextTable.count(report.inputs(), "input"), report.durationMs() / 1000.0, report.added(),
                report.updated(), report.unchanged(), report.failed().size()));
        ImportReport.Marks marks = report.marks();
        if (marks != null && (marks.tagged() + marks.kept() + marks.dedupeRechecked() > 0)) {
            output.println(String.format(java.util.Locale.ROOT, "marks: %d tagged in place, %d updated with marks "
                    + "kept, %d changed texts lost their duplicate marks (the next dedupe decides them again)",
                    marks.tagged(), marks.kept(), marks.dedupeRechecked()));
        }
        if (!report.byLanguage().isEmpty()) {
            StringBuilder langs = new StringBuilder("by language:");
            for (Map.Entry<String, Long> e : report.byLanguage().entrySet()) {
                langs.append(' ').append(e.getKey()).append('=').append(e.getValue());
            }
            output.println(langs.toString());
        }
        for (ImportFailure failure : report.failed()) {
            output.println(failure(failure));
            if (verbose && !failure.detail().isEmpty()) {
                output.println("    detail (" + failure.kind().value() + "): " + SafeText.oneLine(failure.detail()));
            }
        }
        for (ImportReport.Skipped skip : report.skipped()) {
            output.println(skipped(skip));
        }
    }

    private static String skipped(ImportReport.Skipped skip) {
        return "skipped: " + SafeText.oneLine(skip.path()) + ": " + SafeText.oneLine(skip.reason());
    }

    private static String failure(ImportFailure failure) {
        return "failed: " + SafeText.oneLine(failure.path())
                + (failure.part().isEmpty() ? "" : " [" + SafeText.oneLine(failure.part()) + "]")
                + ": " + SafeText.oneLine(failure.error());
    }
}
