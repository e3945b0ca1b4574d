package org.seacorpus.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.quality.QualityReport;
import org.seacorpus.quality.Signal;
import org.seacorpus.search.DisplayWidth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus stats quality}: distributions of the quality signals per language and what each rule removes. */
@Command(name = "quality", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show the quality signals and what the quality filter would remove.",
            "Per language: the distribution (min, 5th…95th percentile, max) of every quality signal of",
            "the documents with status ok, and how many documents each rule of the quality filter would remove",
            "with the thresholds in force (profile, corpus.yaml settings.quality, then --quality-set), so",
            "thresholds are chosen by looking. 'only' counts documents that this rule alone removes."},
        footer = {"", "Examples:",
            "  corpus stats quality --lang th",
            "  corpus stats quality --quality-set th.min_words=30 --quality-set max_dup_lines=0.4",
            "  corpus --json stats quality"})
final class StatsQualityCommand implements Callable<Integer> {
    @ParentCommand
    StatsCommand stats;

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only this language (repeatable).")
    List<String> langs = new ArrayList<>();

    @Option(names = "--quality-set", paramLabel = "[LANG.]KEY=VALUE",
            description = "Try a threshold (repeatable), e.g. th.min_words=30.")
    List<String> qualitySet = new ArrayList<>();

    @Override
    public Integer call() {
        Output output = stats.root.output(spec);
        QualityReport report = Corpus.open(stats.root.corpusHome())
                .qualityStats(langs, QualityOverrides.parse(qualitySet));
        if (output.json) {
            output.json(report);
            return 0;
        }
        if (report.languages().isEmpty()) {
            output.println("no documents with status ok" + (langs.isEmpty() ? "" : " in " + langs));
            return 0;
        }
        report.languages().forEach((lang, l) -> print(output, lang, l));
        return 0;
    }

    private static void print(Output output, String lang, QualityReport.Language l) {
        output.println("");
        output.println(lang + ": " + TextTable.count(l.documents(), "document") + ", the filter would remove " + l.removed()
                + " (thresholds: " + l.source() + ")" + (l.measuredNow() > 0
                ? "; " + l.measuredNow() + " had no stored signals and were measured now" : ""));
        output.println(String.format("  %-20s %9s %9s %9s %9s %9s %9s %9s", "signal", "min", "p5", "p25", "p50",
                "p75", "p95", "max"));
        for (Signal signal : Signal.values()) {
            QualityReport.Distribution d = l.signals().get(signal.key());
            output.println(String.format("  %-20s %9s %9s %9s %9s %9s %9s %9s", signal.key(), num(d.min()),
                    num(d.p05()), num(d.p25()), num(d.p50()), num(d.p75()), num(d.p95()), num(d.max())));
        }
        if (l.documents() > 0 && l.signals().get(Signal.WORDS.key()).sample() < l.documents()) {
            output.println("  (percentiles from a sample of " + l.signals().get(Signal.WORDS.key()).sample()
                    + " documents; min, max and counts are exact)");
        }
        output.println(String.format("  %-26s %10s %8s %6s", "rule", "threshold", "removes", "only"));
        for (Map.Entry<String, QualityReport.RuleCount> e : l.rules().entrySet()) {
            QualityReport.RuleCount r = e.getValue();
            output.println("  " + DisplayWidth.fit(e.getKey(), 26) + String.format(" %10s %8d %6d",
                    num(r.threshold()), r.removes(), r.onlyThis()));
        }
    }

    /** At most three decimals, trailing zeros dropped: 50, 363.8, 0.349. */
    static String num(double v) {
        return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }
}
