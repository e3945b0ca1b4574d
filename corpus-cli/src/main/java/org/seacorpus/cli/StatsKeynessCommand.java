package org.seacorpus.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.Selection;
import org.seacorpus.sheet.ResultSheets;
import org.seacorpus.stats.KeynessCalculator;
import org.seacorpus.stats.KeynessResult;
import org.seacorpus.stats.Keyword;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus stats keyness}: keywords of one subcorpus against another. */
@Command(name = "keyness", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the keywords of a focus subcorpus against a reference subcorpus: positive ones are",
            "more frequent in the focus, negative ones in the reference. Both scores are shown:",
            "  ll      log-likelihood G² (Rayson and Garside 2000), signed; |G²| > 3.84: p < 0.05, > 6.63: p < 0.01,",
            "          > 10.83: p < 0.001, > 15.13: p < 0.0001",
            "  simple  simple maths (Kilgarriff 2009): (per-million in focus + k) / (per-million in reference + k)",
            "--focus and --reference are filter expressions (as --filter); the common options (--lang,",
            "--filter, --query) narrow both. Without --reference the rest of the subcorpus is the reference."},
        footer = {"", "Examples:",
            "  corpus stats keyness --focus tags:news --lang th",
            "  corpus stats keyness --focus 'meta.genre:dialogue' --reference 'meta.genre:news' --measure ll"})
final class StatsKeynessCommand implements Callable<Integer> {
    @ParentCommand
    StatsCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    SubcorpusOptions subcorpus;

    @Mixin
    SheetOptions sheet;

    @Option(names = "--focus", paramLabel = "FILTER", required = true,
            description = "The documents studied, as a filter expression (e.g. tags:news, source:*th/*).")
    String focus;

    @Option(names = "--reference", paramLabel = "FILTER",
            description = "The documents compared with (default: the rest of the subcorpus).")
    String reference;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "simple",
            description = "Rank by simple (simple maths) or ll (log-likelihood) (default: ${DEFAULT-VALUE}).")
    String measure;

    @Option(names = {"--smoothing", "-k"}, paramLabel = "K", defaultValue = "1",
            description = "The constant k of simple maths (default: ${DEFAULT-VALUE}; larger favours common "
                    + "words).")
    double smoothing;

    @Option(names = "--min", paramLabel = "N", defaultValue = "2",
            description = "A keyword occurs at least this often where it is key (default: ${DEFAULT-VALUE}).")
    long min;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "Most keywords listed on each side (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        Output output = parent.root.output(spec);
        boolean xlsx = sheet.xlsx();
        KeynessCalculator.Measure m = KeynessCalculator.Measure.parse(measure);
        if (top <= 0) {
            throw new IllegalArgumentException("--top must be at least 1");
        }
        Corpus corpus = Corpus.open(parent.root.corpusHome());
        Selection base = subcorpus.selection(corpus, parent.subcorpus);
        KeynessResult result = corpus.analysis().keyness(base, focus, reference, m, smoothing, min, top);
        if (xlsx) {
            SheetOptions.write(output, ResultSheets.keyness(result), sheet.out);
            return 0;
        }
        if (output.json) {
            output.json(result);
            return 0;
        }
        output.println("focus " + focus + ": " + result.focusTokens() + " words in "
                + TextTable.count(result.focusDocuments(), "document") + "; reference "
                + (reference == null ? "the rest" : reference) + ": " + result.referenceTokens() + " words in "
                + TextTable.count(result.referenceDocuments(), "document") + "; " + SubcorpusOptions.describe(base));
        if (result.focusTokens() == 0 || result.referenceTokens() == 0) {
            output.warn("the " + (result.focusTokens() == 0 ? "focus" : "reference")
                    + " has no words; check the filter expressions");
        }
        print(output, "positive keywords (more frequent in the focus), by " + m.name().toLowerCase(), result.positive(),
                result.smoothing());
        print(output, "negative keywords (more frequent in the reference), by " + m.name().toLowerCase(),
                result.negative(), result.smoothing());
        return 0;
    }

    private static void print(Output output, String title, List<Keyword> keywords, double k) {
        output.println("");
        output.println(title);
        TextTable table = new TextTable(">rank", "word", ">focus", ">per million", ">reference", ">per million",
                ">ll", ">simple (k=" + TextTable.decimal(k, k == Math.rint(k) ? 0 : 2) + ")");
        int rank = 0;
        for (Keyword w : keywords) {
            table.row(++rank, w.word(), w.focusFrequency(), TextTable.decimal(w.focusPerMillion(), 1),
                    w.referenceFrequency(), TextTable.decimal(w.referencePerMillion(), 1),
                    TextTable.decimal(w.logLikelihood(), 2), TextTable.ratio(w.simpleMaths()));
        }
        table.print(output);
    }
}
