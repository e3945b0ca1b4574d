package org.seacorpus.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.MarkedDocument;
import org.seacorpus.corpus.RewriteReport;
import org.seacorpus.dedupe.BoilerplateLines;
import org.seacorpus.dedupe.ClusterView;
import org.seacorpus.dedupe.DedupeOptions;
import org.seacorpus.dedupe.DedupeReport;
import org.seacorpus.dedupe.KeepPolicy;
import org.seacorpus.dedupe.LineThreshold;
import org.seacorpus.dedupe.Verification;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Marks;
import org.seacorpus.search.DisplayWidth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus dedupe}: mark exact and near-duplicates, report boilerplate lines, show or undo clusters. */
@Command(name = "dedupe", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Find duplicates and mark them: in each cluster one document stays ok and the others get status",
            "duplicate, with cluster and duplicate_of. Nothing is deleted; --undo takes every mark back.",
            "Exact: equal after folding case, spacing and punctuation. Near: MinHash LSH over 5-word shingles from",
            "each language's segmenter (so Thai, Lao, Khmer and Burmese are compared word by word), verified at",
            "--threshold. Lines: lines found in many documents (boilerplate) are reported.",
            "Without --exact, --near or --lines all three run. After the first run only documents imported since",
            "are compared (use --full to compare everything again)."},
        footer = {"", "Examples:",
            "  corpus dedupe",
            "  corpus dedupe --near --threshold 0.8 --keep longest --dry-run",
            "  corpus dedupe --show near-3f2a9c0d11e4b7a2",
            "  corpus search --filter status:duplicate 'ข้าว'",
            "  corpus dedupe --undo"})
final class DedupeCommand implements Callable<Integer> {
    private static final int LISTED_CHANGES = 20;
    private static final int COLUMN = 38;

    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--exact", description = "Exact duplicates (equal after folding case, spacing, punctuation).")
    boolean exact;

    @Option(names = "--near", description = "Near-duplicates by MinHash LSH.")
    boolean near;

    @Option(names = "--lines", description = "Boilerplate lines (reported; export can drop them).")
    boolean lines;

    @Option(names = "--threshold", paramLabel = "J", defaultValue = "0.65",
            description = "Estimated Jaccard similarity for near-duplicates (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--keep", paramLabel = "POLICY", defaultValue = "first",
            description = "Member kept per cluster: first, longest or best-quality (default: ${DEFAULT-VALUE}).")
    String keep;

    @Option(names = "--verify", paramLabel = "HOW", defaultValue = "jaccard",
            description = "Deciding near pairs: jaccard (the exact Jaccard of the two shingle sets, kept in the "
                    + "index, decides every pair not clearly below the threshold), borderline (only pairs whose "
                    + "estimate is near the threshold) or signature (the MinHash estimate alone). "
                    + "Default: ${DEFAULT-VALUE}.")
    String verify;

    @Option(names = "--line-min-docs", paramLabel = "N", defaultValue = "3",
            description = "A boilerplate line occurs in at least N documents (default: ${DEFAULT-VALUE}).")
    int lineMinDocs;

    @Option(names = "--line-share", paramLabel = "F", defaultValue = "0",
            description = "…and in at least this share of the documents, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double lineShare;

    @Option(names = "--full", description = "Compare every document again, not only the new ones.")
    boolean full;

    @Option(names = "--dry-run", description = "Show what would change; change nothing.")
    boolean dryRun;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "5",
            description = "Largest clusters listed in the report (default: ${DEFAULT-VALUE}).")
    int examples;

    @Option(names = "--show", paramLabel = "CLUSTER",
            description = "Print the members of a cluster side by side with their similarity, and stop.")
    String show;

    @Option(names = "--undo",
            description = "Remove every dedupe mark: duplicates become ok again (same as restore --duplicates).")
    boolean undo;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        Corpus corpus = Corpus.open(root.corpusHome());
        if (show != null) {
            return show(corpus, output);
        }
        if (undo) {
            printUndo(output, undo(corpus, dryRun, output));
            return 0;
        }
        boolean all = !exact && !near && !lines;
        DedupeOptions options = new DedupeOptions(all || exact, all || near, all || lines, threshold,
                KeepPolicy.parse(keep), Verification.parse(verify), new LineThreshold(lineMinDocs, lineShare), full, dryRun,
                examples);
        List<String> changes = new ArrayList<>();
        DedupeReport report = corpus.dedupe(options, (doc, before, after) -> {
            if (changes.size() < LISTED_CHANGES) {
                changes.add(describe(doc, before, after));
            }
        });
        if (output.json) {
            output.json(report);
        } else {
            print(output, report, changes);
        }
        if (options.near()) {
            report.mixedSchemes().ifPresent(m -> output.warn("warning: " + m));
        }
        return 0;
    }

    /** Undo, shared with {@code restore --duplicates}. */
    static RewriteReport undo(Corpus corpus, boolean dryRun, Output output) {
        RewriteReport report = corpus.undoDuplicates(dryRun, null);
        if (output.json) {
            output.json(report);
        }
        return report;
    }

    static void printUndo(Output output, RewriteReport report) {
        if (!output.json && (!output.quiet || report.dryRun())) {
            output.println((report.dryRun() ? "would restore " : "restored ")
                    + TextTable.count(report.changed(), "document") + ": dedupe marks removed, duplicates are ok again");
        }
    }

    private int show(Corpus corpus, Output output) {
        ClusterView view = corpus.cluster(show).orElseThrow(() -> new IllegalArgumentException("no cluster '"
                + show + "'; cluster names are in the dedupe report and in search results (cluster)"));
        if (output.json) {
            output.json(view);
            return 0;
        }
        output.println("cluster " + view.cluster() + ": " + TextTable.count(view.members().size(), "document"));
        output.println(DisplayWidth.fit("", 2) + DisplayWidth.fit("id", 14) + DisplayWidth.fit("status", 11)
                + DisplayWidth.fit("lang", 6) + DisplayWidth.fit("chars", 8) + DisplayWidth.fit("minhash", 9)
                + DisplayWidth.fit("jaccard", 9) + "source");
        for (ClusterView.Member m : view.members()) {
            output.println(DisplayWidth.fit(m == view.kept() ? "*" : "", 2) + DisplayWidth.fit(m.id().substring(0, 12), 14)
                    + DisplayWidth.fit(m.status(), 11) + DisplayWidth.fit(m.lang(), 6)
                    + DisplayWidth.fit(Long.toString(m.chars()), 8) + DisplayWidth.fit(format(m.similarity()), 9)
                    + DisplayWidth.fit(format(m.jaccard()), 9) + SearchCommand.shortSource(m.source())
                    + (m.part() == null || m.part().isEmpty() ? "" : " [" + m.part() + "]"));
        }
        ClusterView.Member kept = view.kept();
        for (ClusterView.Member m : view.members().subList(1, view.members().size())) {
            output.println("");
            output.println(DisplayWidth.fit("kept " + kept.id().substring(0, 12), COLUMN) + " │ "
                    + m.id().substring(0, 12) + " (minhash " + format(m.similarity()) + ", jaccard "
                    + format(m.jaccard()) + ")");
            SideBySide.render(kept.text(), m.text(), COLUMN, 12).forEach(output::println);
        }
        return 0;
    }

    private static String describe(MarkedDocument doc, Marks before, Marks after) {
        DuplicateMark m = after.duplicate();
        String mark = m == null ? "no cluster" : m.cluster() + " of " + m.clusterSize()
                + (m.duplicateOf() == null ? " (kept)" : ", duplicate of " + m.duplicateOf().substring(0, 12));
        String status = before.status() == after.status() ? after.status().value()
                : before.status().value() + " → " + after.status().value();
        return doc.id().substring(0, 12) + "  " + status + "  " + mark + "  " + SearchCommand.shortSource(doc.source());
    }

    private static void print(Output output, DedupeReport r, List<String> changes) {
        if (output.quiet && !r.dryRun()) {
            return; // -q: no report (a dry run's report is its result)
        }
        output.println("dedupe" + (r.dryRun() ? " (dry run)" : "") + ", " + r.mode() + " run (" + r.modeReason()
                + "): " + r.compared() + " of " + TextTable.count(r.documents(), "document") + " compared");
        if (r.parameters().kinds().contains("exact")) {
            output.println("  exact: " + r.exact().groups() + " groups, " + r.exact().linkedPairs() + " joined");
        }
        if (r.parameters().kinds().contains("near")) {
            output.println("  near:  " + r.near().groups() + " LSH buckets, " + r.near().candidatePairs()
                    + " candidate pairs (" + r.near().exactChecks() + " checked by exact Jaccard), "
                    + r.near().linkedPairs() + " verified at J ≥ " + r.parameters().threshold()
                    + " (a pair at the threshold is a candidate with probability "
                    + r.parameters().candidateProbabilityAtThreshold() + ")");
        }
        output.println("  clusters: " + r.clusters() + "  duplicates: " + r.duplicates() + "  "
                + (r.dryRun() ? "would change: " : "changed: ") + r.changed());
        output.println("  time: " + phases(r.phaseMillis()));
        Map<String, Long> sizes = new LinkedHashMap<>(r.clusterSizes());
        sizes.values().removeIf(n -> n == 0);
        if (!sizes.isEmpty()) {
            output.println("  cluster sizes: " + sizes);
        }
        r.byLanguage().forEach((lang, c) -> output.println("    " + DisplayWidth.fit(lang, 5) + "exact "
                + c.exact() + ", near " + c.near() + ", with boilerplate " + c.boilerplateDocuments()));
        BoilerplateLines.Summary lines = r.boilerplate();
        if (lines != null) {
            output.println("  boilerplate: " + TextTable.count(lines.lines(), "line") + " in ≥ "
                    + TextTable.count(lines.requiredDocuments(), "document"));
            List<BoilerplateLines.Line> top = lines.top().stream().limit(10).toList();
            top.forEach(l -> output.println("    " + DisplayWidth.fit(Long.toString(l.documents()), 7)
                    + DisplayWidth.fit(l.text(), 70)));
            if (lines.lines() > top.size()) {
                output.println("    … and " + (lines.lines() - top.size()) + " more lines (--json lists the "
                        + lines.top().size() + " most common)");
            }
        }
        for (DedupeReport.ClusterExample e : r.examples()) {
            output.println("  " + e.cluster() + " (" + TextTable.count(e.size(), "document") + ", kept " + e.kept().substring(0, 12)
                    + ")");
        }
        if (r.clusters() > r.examples().size() && !r.examples().isEmpty()) {
            output.println("  … and " + (r.clusters() - r.examples().size()) + " more clusters (search --filter "
                    + "status:duplicate, or dedupe --show CLUSTER)");
        }
        if (!changes.isEmpty()) {
            output.println(r.dryRun() ? "would change:" : "changed:");
            changes.forEach(c -> output.println("  " + c));
            if (r.changed() > changes.size()) {
                output.println("  … and " + (r.changed() - changes.size()) + " more");
            }
        }
    }

    /** "exact 0.01 s (cpu 0.01), near …": each phase's wall seconds and this thread's CPU seconds in it. */
    static String phases(Map<String, Long> millis) {
        List<String> out = new ArrayList<>();
        millis.forEach((phase, ms) -> {
            if (!phase.endsWith("_cpu")) {
                Long cpu = millis.get(phase + "_cpu");
                out.add(phase + " " + format(ms / 1000.0) + " s"
                        + (cpu == null ? "" : " (cpu " + format(cpu / 1000.0) + ")"));
            }
        });
        return out.isEmpty() ? "-" : String.join(", ", out);
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
