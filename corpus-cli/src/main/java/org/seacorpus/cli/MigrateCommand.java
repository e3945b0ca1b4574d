package org.seacorpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.MigrationOptions;
import org.seacorpus.corpus.MigrationReport;
import org.seacorpus.corpus.pipeline.LedgerMigration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus migrate}: bring a corpus of an older schema to this version's, once, keeping everything. */
@Command(name = "migrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Migrate a corpus written by an earlier version: its documents were keyed by absolute file paths;",
            "now each source has a portable name (the path relative to the folder it was imported from, or to",
            "the pipeline file's folder) and ids hash that name, so the same files imported on another machine",
            "are found unchanged. Every document, tag, rejection, metadata edit and dedupe mark is kept, and the",
            "audit trail in runs/ is pointed at the new ids (old → new ids are kept in migrations/).",
            "Run it once; running it again changes nothing. Other commands refuse an older corpus and print the",
            "command to run."},
        footer = {"", "Examples:",
            "  corpus -C my-corpus migrate --dry-run              # see the new names first",
            "  corpus -C my-corpus migrate --root ~/data/sample-data",
            "  corpus -C target/demo/corpus migrate --pipeline sample-data/pipeline.yaml"})
final class MigrateCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "PATH",
            description = "A folder (or file) the documents were imported from, as given to 'corpus import' "
                    + "(repeatable; default: the folder that holds every source).")
    List<Path> roots = new ArrayList<>();

    @Option(names = "--pipeline", paramLabel = "FILE",
            description = "The pipeline file that imported them ('corpus run'): names as the run names them.")
    Path pipeline;

    @Option(names = "--source-name", paramLabel = "NAME",
            description = "Prefix of every new source name, as 'corpus import --source-name' would give.")
    String sourceName;

    @Option(names = {"-n", "--dry-run"}, description = "Show the new names; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        MigrationReport report = Corpus.migrate(root.corpusHome(),
                new MigrationOptions(roots, pipeline, sourceName, dryRun), LedgerMigration::rename);
        if (output.json) {
            output.json(report);
            return 0;
        }
        if (output.quiet && !report.dryRun()) {
            return 0;
        }
        if (report.renamed() == 0 && !report.dryRun()) {
            output.println("corpus is up to date (schema " + report.toSchema() + "): nothing to migrate");
            return 0;
        }
        output.println((report.dryRun() ? "would rename " : "renamed ") + TextTable.count(report.renamed(), "document")
                + " of " + report.documents() + ", sources named under " + String.join(", ", report.roots()));
        report.examples().forEach(e -> output.println("  " + e.from() + " → " + e.to()));
        if (report.renamed() > report.examples().size()) {
            output.println("  … and " + TextTable.count(report.renamed() - report.examples().size(), "more document",
                    "more documents"));
        }
        if (report.dryRun()) {
            output.println("nothing changed (dry run)");
            return 0;
        }
        output.println("schema " + report.fromSchema() + " → " + report.toSchema() + "; "
                + TextTable.count(report.marksRemapped(), "duplicate mark") + " pointed at new ids; "
                + TextTable.count(report.runFiles(), "report") + " in runs/ and "
                + TextTable.count(report.ledgerEntries(), "ledger entry", "ledger entries")
                + " rewritten; old → new ids in " + report.idMap());
        if (report.fingerprintsKept() > 0) {
            long n = report.fingerprintsKept();
            output.println(TextTable.count(n, "document") + (n == 1 ? " has" : " have") + " metadata edited since "
                    + "import: re-importing " + (n == 1 ? "its file reports it" : "their files reports them")
                    + " updated");
        }
        return 0;
    }
}
