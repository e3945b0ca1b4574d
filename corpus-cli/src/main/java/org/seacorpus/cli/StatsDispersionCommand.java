package org.seacorpus.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.Selection;
import org.seacorpus.stats.Dispersion;
import org.seacorpus.stats.DispersionResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus stats dispersion WORD…}: how evenly words spread over documents or sources. */
@Command(name = "dispersion", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show how evenly each WORD spreads over the parts of a subcorpus (documents, or the values",
            "of a field with --by): its range (parts it occurs in) and Gries' DP, the deviation of proportions:",
            "0 when it is spread exactly as the text is, near 1 when it is packed into one small part.",
            "DP norm divides DP by its largest possible value (Lijffijt and Gries 2012)."},
        footer = {"", "Examples:",
            "  corpus stats dispersion ข้าว ชาวนา --lang th",
            "  corpus stats dispersion padi --by source --lang id"})
final class StatsDispersionCommand implements Callable<Integer> {
    @ParentCommand
    StatsCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    SubcorpusOptions subcorpus;

    @Parameters(paramLabel = "WORD", arity = "1..*", description = "Words to measure.")
    List<String> words;

    @Option(names = "--by", paramLabel = "FIELD", defaultValue = "document",
            description = "What a part is: document, source, lang, script, mime, status or meta.NAME "
                    + "(default: ${DEFAULT-VALUE}).")
    String by;

    @Override
    public Integer call() {
        Output output = parent.root.output(spec);
        Corpus corpus = Corpus.open(parent.root.corpusHome());
        Selection selection = subcorpus.selection(corpus, parent.subcorpus);
        DispersionResult result = corpus.analysis().dispersion(selection, words, by);
        if (output.json) {
            output.json(result);
            return 0;
        }
        output.println(result.tokens() + " words in " + result.parts() + " parts (by " + result.partsBy() + "); "
                + SubcorpusOptions.describe(selection));
        TextTable table = new TextTable("word", ">freq", ">per million", ">range", ">range %", ">DP", ">DP norm");
        for (Dispersion d : result.words()) {
            table.row(d.word(), d.frequency(), TextTable.decimal(d.perMillion(), 1), d.range() + "/" + d.parts(),
                    TextTable.decimal(100 * d.rangeShare(), 1), d.dp() == null ? "–" : TextTable.decimal(d.dp(), 3),
                    d.dpNorm() == null ? "–" : TextTable.decimal(d.dpNorm(), 3));
        }
        table.print(output);
        return 0;
    }
}
