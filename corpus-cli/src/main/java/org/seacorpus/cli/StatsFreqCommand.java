package org.seacorpus.cli;

import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.JsonShapes;
import org.seacorpus.search.Selection;
import org.seacorpus.sheet.ResultSheets;
import org.seacorpus.stats.FrequencyList;
import org.seacorpus.stats.WordFrequency;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus stats freq}: the frequency list of a subcorpus. */
@Command(name = "freq", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the words of a subcorpus by frequency: occurrences, per million words, and the",
            "number of documents they occur in. Words are cut by each language's segmenter and folded",
            "(case, width), so Thai, Lao, Khmer and Burmese words are counted as words."},
        footer = {"", "Examples:",
            "  corpus stats freq --lang th --top 20",
            "  corpus stats freq --filter tags:news --min 5 --json",
            "  corpus stats freq --lang km --top 1000 --format xlsx --out khmer-words.xlsx"})
final class StatsFreqCommand implements Callable<Integer> {
    @ParentCommand
    StatsCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    SubcorpusOptions subcorpus;

    @Mixin
    SheetOptions sheet;

    @Option(names = "--min", paramLabel = "N", defaultValue = "1",
            description = "Leave out words seen fewer times (default: ${DEFAULT-VALUE}).")
    long min;

    @Option(names = "--top", paramLabel = "N", defaultValue = "50",
            description = "Most words listed (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        Output output = parent.root.output(spec);
        boolean xlsx = sheet.xlsx();
        if (top <= 0) {
            throw new IllegalArgumentException("--top must be at least 1");
        }
        Corpus corpus = Corpus.open(parent.root.corpusHome());
        Selection selection = subcorpus.selection(corpus, parent.subcorpus);
        FrequencyList list = corpus.analysis().frequencies(selection, min, top);
        if (xlsx) {
            SheetOptions.write(output, ResultSheets.frequencies(list), sheet.out);
            return 0;
        }
        if (output.json) {
            output.json(JsonShapes.frequencies(list));
            return 0;
        }
        output.println(list.tokens() + " words (" + list.types() + " distinct) in "
                + TextTable.count(list.documents(), "document") + "; " + SubcorpusOptions.describe(selection));
        TextTable table = new TextTable(">rank", "word", ">freq", ">per million", ">docs");
        int rank = 0;
        for (WordFrequency w : list.words()) {
            table.row(++rank, w.word(), w.frequency(), TextTable.decimal(w.perMillion(), 1), w.documents());
        }
        table.print(output);
        TextTable.more(output, list.types(), list.words().size(), "--top N; --min N leaves out the rare ones");
        return 0;
    }
}
