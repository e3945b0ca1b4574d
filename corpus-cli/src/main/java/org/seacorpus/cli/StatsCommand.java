package org.seacorpus.cli;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.JsonShapes;
import org.seacorpus.search.CorpusStats;
import org.seacorpus.search.DisplayWidth;
import org.seacorpus.tokens.TokenCounters;
import org.seacorpus.tokens.TokenReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code corpus stats}: documents, characters and words by language, script, status and source; its subcommands
 * give word statistics of any subcorpus.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Count documents, characters and words by language, script, status and source.",
            "Words are counted with each language's word breaking (Thai, Lao, Khmer, Burmese and Chinese",
            "words are found by dictionary), not by spaces. Rejected documents and duplicates are left out",
            "of the counts (the status table still lists them) unless included.",
            "The subcommands list words, n-grams, collocations, keywords and dispersion of any subcorpus."},
        footer = {"", "Examples:",
            "  corpus stats",
            "  corpus stats --lang th --filter tags:news",
            "  corpus stats freq --lang th --top 20",
            "  corpus stats collocations ข้าว --lang th --window 3 --measure logdice",
            "  corpus stats quality --lang th",
            "  corpus stats --tokenizer o200k_base",
            "  corpus stats keyness --focus tags:news --reference tags:forum --lang id"},
        subcommands = {StatsFreqCommand.class, StatsNgramsCommand.class, StatsCollocationsCommand.class,
            StatsKeynessCommand.class, StatsDispersionCommand.class, StatsQualityCommand.class})
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    SubcorpusOptions subcorpus;

    @Option(names = "--sources", paramLabel = "N", defaultValue = "20",
            description = "Sources listed in the table, largest first (default: ${DEFAULT-VALUE}; all in JSON).")
    int sources;

    @Option(names = "--tokenizer", paramLabel = "NAME", completionCandidates = Candidates.Tokenizers.class,
            description = {"Also count tokens by language with a model's tokenizer: o200k_base (GPT-4o),",
                "cl100k_base (GPT-4), p50k_base, r50k_base, or the path of a Hugging Face tokenizer.json",
                "(needs the optional module corpus-hf, which bin/corpus adds when it is built)."})
    String tokenizer;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        Corpus corpus = Corpus.open(root.corpusHome());
        CorpusStats stats = corpus.analysis().stats(subcorpus.selection(corpus, null));
        TokenReport tokens = tokenizer == null ? null
                : corpus.analysis().tokens(subcorpus.selection(corpus, null), TokenCounters.open(tokenizer));
        if (output.json) {
            Map<String, Object> json = JsonShapes.stats(stats);
            if (tokens != null) {
                json.put("tokens", TokenOutput.json(tokens));
            }
            output.json(json);
            return 0;
        }
        output.println(String.format("%d documents, %d characters, %d words", stats.total().documents(),
                stats.total().chars(), stats.total().words()));
        if (!stats.excluded().isEmpty()) {
            output.println("not counted: " + String.join(", ", stats.excluded().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).toList())
                    + " (--include-rejected, --include-duplicates to count them)");
        }
        table(output, "language", stats.lang(), Integer.MAX_VALUE);
        table(output, "script", stats.script(), Integer.MAX_VALUE);
        table(output, "status", stats.status(), Integer.MAX_VALUE);
        // the portable source name, whole (files of the same name in different folders stay apart), escaped
        Map<String, CorpusStats.Counts> bySource = new LinkedHashMap<>();
        stats.source().forEach((source, counts) -> bySource.merge(SearchCommand.shortSource(source), counts,
                (a, b) -> new CorpusStats.Counts(a.documents() + b.documents(), a.chars() + b.chars(),
                        a.words() + b.words())));
        table(output, "source", bySource, sources);
        if (tokens != null) {
            TokenOutput.table(output, tokens);
        }
        return 0;
    }

    /** The first column is as wide as its longest shown name (at least 40, at most 100 columns). */
    private static void table(Output output, String title, Map<String, CorpusStats.Counts> groups, int max) {
        List<Map.Entry<String, CorpusStats.Counts>> rows = groups.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, CorpusStats.Counts> e) -> e.getValue().documents())
                        .reversed().thenComparing(Map.Entry::getKey))
                .limit(max)
                .toList();
        int width = Math.min(100, Math.max(40, rows.stream().mapToInt(e -> DisplayWidth.of(e.getKey()) + 2).max()
                .orElse(0)));
        output.println("");
        output.println(DisplayWidth.fit(title, width) + String.format("%10s %12s %10s", "documents", "chars", "words"));
        rows.forEach(e -> output.println(DisplayWidth.fit(e.getKey().isEmpty() ? "(none)" : e.getKey(), width)
                + String.format("%10d %12d %10d", e.getValue().documents(), e.getValue().chars(),
                e.getValue().words())));
        TextTable.more(output, groups.size(), rows.size(), "--sources N, or --json for all");
    }
}
