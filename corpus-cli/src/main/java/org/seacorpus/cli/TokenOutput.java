package org.seacorpus.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.seacorpus.tokens.TokenReport;

/** The token counts of {@code stats --tokenizer}: a table per language, or their JSON. */
final class TokenOutput {
    private TokenOutput() {
    }

    static void table(Output output, TokenReport report) {
        output.println("");
        output.println("tokens by " + report.tokenizer());
        TextTable table = new TextTable("language", ">documents", ">words", ">tokens", ">tokens/word", ">chars/token");
        report.byLanguage().entrySet().stream()
                .sorted(Map.Entry.<String, TokenReport.Counts>comparingByValue(
                        java.util.Comparator.comparingDouble(TokenReport.Counts::tokensPerWord)).reversed())
                .forEach(e -> row(table, e.getKey(), e.getValue()));
        row(table, "all", report.total());
        table.print(output);
    }

    private static void row(TextTable table, String name, TokenReport.Counts c) {
        table.row(name, c.documents(), c.words(), c.tokens(), TextTable.decimal(c.tokensPerWord(), 2),
                TextTable.decimal(c.charsPerToken(), 2));
    }

    static Map<String, Object> json(TokenReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tokenizer", report.tokenizer());
        Map<String, Object> byLang = new LinkedHashMap<>();
        report.byLanguage().forEach((lang, c) -> byLang.put(lang, counts(c)));
        json.put("by_lang", byLang);
        json.put("total", counts(report.total()));
        return json;
    }

    private static Map<String, Object> counts(TokenReport.Counts c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documents", c.documents());
        json.put("chars", c.chars());
        json.put("words", c.words());
        json.put("tokens", c.tokens());
        json.put("tokens_per_word", Math.round(c.tokensPerWord() * 1000) / 1000.0);
        json.put("chars_per_token", Math.round(c.charsPerToken() * 1000) / 1000.0);
        return json;
    }
}
