package org.seacorpus.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.JsonShapes;
import org.seacorpus.search.Selection;
import org.seacorpus.sheet.ResultSheets;
import org.seacorpus.stats.FrequencyList;
import org.seacorpus.stats.NgramCounter;
import org.seacorpus.stats.WordFrequency;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus stats ngrams}: the most frequent word sequences of a subcorpus. */
@Command(name = "ngrams", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the most frequent sequences of N words (n-grams) of a subcorpus. Words are the",
            "segmenter's; an n-gram never crosses a sentence end, a number or a URL."},
        footer = {"", "Examples:",
            "  corpus stats ngrams --n 2 --lang th",
            "  corpus stats ngrams --n 2..4 --min 3 --top 20 --lang id"})
final class StatsNgramsCommand implements Callable<Integer> {
    @ParentCommand
    StatsCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    SubcorpusOptions subcorpus;

    @Mixin
    SheetOptions sheet;

    @Option(names = "--n", paramLabel = "N|FROM..TO", defaultValue = "2",
            description = "Words per n-gram, 1 to " + NgramCounter.MAX_N + ", or a range such as 2..4 "
                    + "(default: ${DEFAULT-VALUE}).")
    String n;

    @Option(names = "--min", paramLabel = "N", defaultValue = "2",
            description = "Leave out n-grams seen fewer times (default: ${DEFAULT-VALUE}).")
    long min;

    @Option(names = "--top", paramLabel = "N", defaultValue = "30",
            description = "Most n-grams listed for each N (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        Output output = parent.root.output(spec);
        boolean xlsx = sheet.xlsx();
        int[] range = range(n);
        if (top <= 0) {
            throw new IllegalArgumentException("--top must be at least 1");
        }
        Corpus corpus = Corpus.open(parent.root.corpusHome());
        Selection selection = subcorpus.selection(corpus, parent.subcorpus);
        List<FrequencyList> lists = corpus.analysis().ngrams(selection, range[0], range[1], min, top);
        if (xlsx) {
            SheetOptions.write(output, ResultSheets.ngrams(lists), sheet.out);
            return 0;
        }
        if (output.json) {
            output.json(JsonShapes.ngrams(lists));
            return 0;
        }
        output.println(lists.get(0).tokens() + " words in " + TextTable.count(lists.get(0).documents(), "document")
                + "; " + SubcorpusOptions.describe(selection));
        for (FrequencyList list : lists) {
            output.println("");
            output.println(list.n() + "-grams (" + list.types() + " distinct, seen at least " + min + " times: "
                    + list.words().size() + " shown)");
            TextTable table = new TextTable(">rank", "n-gram", ">freq", ">per million", ">docs");
            int rank = 0;
            for (WordFrequency w : list.words()) {
                table.row(++rank, w.word(), w.frequency(), TextTable.decimal(w.perMillion(), 1), w.documents());
            }
            table.print(output);
            TextTable.more(output, list.types(), list.words().size(), "--top N");
        }
        return 0;
    }

    static int[] range(String spec) {
        try {
            int dots = spec.indexOf("..");
            if (dots < 0) {
                int one = Integer.parseInt(spec.strip());
                return new int[] {one, one};
            }
            return new int[] {Integer.parseInt(spec.substring(0, dots).strip()),
                Integer.parseInt(spec.substring(dots + 2).strip())};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--n takes a number or a range such as 2..4, not '" + spec + "'");
        }
    }
}
