package org.seacorpus.cli;

import java.util.Map;
import java.util.stream.Collectors;

import org.seacorpus.export.Manifest;

/** The lines after the file list of {@code corpus export}: what selection, filters and transforms did. */
final class ExportSummary {
    private ExportSummary() {
    }

    static void print(Output output, Manifest manifest) {
        Manifest.Filters f = manifest.filters();
        output.println("selected " + TextTable.count(sum(f.selected()), "document") + per(f.selected()));
        if (f.quality().applied()) {
            output.println("quality filter removed " + sum(f.quality().removed()) + per(f.quality().removed()));
        }
        if (f.decontamination().applied()) {
            output.println("decontamination (" + f.decontamination().mode() + ") matched "
                    + sum(f.decontamination().matched()) + per(f.decontamination().matched()));
        }
        if (f.boilerplate().requested() && f.boilerplate().available()) {
            output.println("boilerplate (" + f.boilerplate().note() + "): removed " + f.boilerplate().linesRemoved()
                    + (f.boilerplate().linesRemoved() == 1 ? " line" : " lines") + " from "
                    + TextTable.count(f.boilerplate().documentsChanged(), "document"));
        }
        if (f.pii().applied()) {
            output.println("PII redacted in " + TextTable.count(f.pii().documentsChanged(), "document")
                    + per(f.pii().replaced()));
        }
        if (!f.emptied().isEmpty()) {
            output.println("left without text after transforms: " + sum(f.emptied()));
        }
        if (manifest.tokens() != null) {
            output.println("tokens by " + manifest.tokens().tokenizer() + ": " + manifest.tokens().total()
                    + "; tokens per word:" + manifest.tokens().counts().entrySet().stream().map(e -> {
                        long words = e.getValue().values().stream().mapToLong(Manifest.TokenCounts::words).sum();
                        long tokens = e.getValue().values().stream().mapToLong(Manifest.TokenCounts::tokens).sum();
                        return " " + e.getKey() + " " + TextTable.decimal(words == 0 ? 0 : (double) tokens / words, 2);
                    }).collect(Collectors.joining(",")));
        }
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String per(Map<String, Long> counts) {
        return counts.isEmpty() ? "" : " (" + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }
}
