package org.seacorpus.cli;

import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.Selection;
import org.seacorpus.sheet.ResultSheets;
import org.seacorpus.stats.AssociationMeasure;
import org.seacorpus.stats.Collocate;
import org.seacorpus.stats.CollocationResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus stats collocations WORD}: the words that keep company with a word. */
@Command(name = "collocations", aliases = "colloc", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the collocates of WORD: the words found within --window words of it more often",
            "than chance predicts, ranked by an association measure. WORD is cut into words as the text",
            "was (a Thai compound may be a sequence of words). Measures (docs/linguist.md has the formulas):",
            "  logdice  14 + log2(2·O/(f(node)+f(coll))), at most 14, stable across corpus sizes (default)",
            "  mi       log2(O/E), favours rare pairs;  mi3  log2(O³/E), tempers that",
            "  tscore   (O−E)/√O, favours frequent pairs;  ll  signed log-likelihood G²",
            "O: occurrences in the window; E: expected there by chance = words in the windows × f(coll) / N."},
        footer = {"", "Examples:",
            "  corpus stats collocations ข้าว --lang th",
            "  corpus stats collocations padi --window 3 --measure mi3 --min 3 --lang id"})
final class StatsCollocationsCommand implements Callable<Integer> {
    @ParentCommand
    StatsCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    SubcorpusOptions subcorpus;

    @Mixin
    SheetOptions sheet;

    @Parameters(paramLabel = "WORD", description = "The node word.")
    String word;

    @Option(names = "--window", paramLabel = "N", defaultValue = "5",
            description = "Words on each side (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--left", paramLabel = "N", description = "Words on the left (default: --window).")
    Integer left;

    @Option(names = "--right", paramLabel = "N", description = "Words on the right (default: --window).")
    Integer right;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "logdice",
            description = "logdice, mi, mi3, tscore or ll (default: ${DEFAULT-VALUE}).")
    String measure;

    @Option(names = "--min", paramLabel = "N", defaultValue = "2",
            description = "Leave out collocates seen fewer times near the word (default: ${DEFAULT-VALUE}).")
    long min;

    @Option(names = "--top", paramLabel = "N", defaultValue = "30",
            description = "Most collocates listed (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        Output output = parent.root.output(spec);
        boolean xlsx = sheet.xlsx();
        AssociationMeasure m = AssociationMeasure.parse(measure);
        if (top <= 0) {
            throw new IllegalArgumentException("--top must be at least 1");
        }
        Corpus corpus = Corpus.open(parent.root.corpusHome());
        Selection selection = subcorpus.selection(corpus, parent.subcorpus);
        CollocationResult result = corpus.analysis().collocations(selection, word, left != null ? left : window,
                right != null ? right : window, m, min, top);
        if (xlsx) {
            SheetOptions.write(output, ResultSheets.collocations(result), sheet.out);
            return 0;
        }
        if (output.json) {
            output.json(result);
            return 0;
        }
        output.println("collocates of " + word + ": " + result.nodeFrequency() + " occurrences in "
                + result.tokens() + " words; window " + result.left() + " left, " + result.right() + " right ("
                + result.windowTokens() + " words); by " + m.label() + "; " + SubcorpusOptions.describe(selection));
        if (result.nodeFrequency() == 0) {
            output.warn("'" + word + "' does not occur in this subcorpus");
            return 0;
        }
        TextTable table = new TextTable(">rank", "collocate", ">together", ">freq", ">expected", ">logdice",
                ">mi", ">mi3", ">tscore", ">ll");
        int rank = 0;
        for (Collocate c : result.collocates()) {
            table.row(++rank, c.word(), c.cooccurrences(), c.frequency(), TextTable.decimal(c.expected(), 2),
                    TextTable.decimal(c.logDice(), 2), TextTable.decimal(c.mi(), 2), TextTable.decimal(c.mi3(), 2),
                    TextTable.decimal(c.tScore(), 2), TextTable.decimal(c.logLikelihood(), 2));
        }
        table.print(output);
        return 0;
    }
}
