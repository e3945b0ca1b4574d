package org.seacorpus.cli;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.Selection;

import picocli.CommandLine.Option;

/** The subcorpus a statistics command works on: a query, a language, filters, and which statuses count. */
final class SubcorpusOptions {
    @Option(names = "--query", paramLabel = "QUERY",
            description = "Only documents matching this query (Lucene syntax, as in search).")
    String query;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only this language's documents.")
    String lang;

    @Option(names = "--filter", paramLabel = "FILTER",
            description = "Only documents matching (repeatable): lang:th, tags:news, -source:*blog*, "
                    + "meta.genre:news, imported_at:2025-01-01.., words:100.. (see search --help).")
    List<String> filters = new ArrayList<>();

    @Option(names = "--include-rejected", description = "Count rejected documents too (left out by default).")
    boolean includeRejected;

    @Option(names = "--include-duplicates", description = "Count duplicates too (left out by default).")
    boolean includeDuplicates;

    /** These options, with those given before the subcommand ({@code stats --lang th freq}) filling the gaps. */
    Selection selection(Corpus corpus, SubcorpusOptions outer) {
        List<String> all = new ArrayList<>(outer == null ? List.of() : outer.filters);
        all.addAll(filters);
        String q = query != null ? query : outer == null ? null : outer.query;
        String l = lang != null ? lang : outer == null ? null : outer.lang;
        boolean rejected = includeRejected || (outer != null && outer.includeRejected);
        boolean duplicates = includeDuplicates || (outer != null && outer.includeDuplicates);
        return new Selection(q, l, all, rejected, duplicates);
    }

    /** A few words naming the subcorpus, for headings. */
    static String describe(Selection s) {
        List<String> parts = new ArrayList<>();
        if (s.lang() != null) {
            parts.add("lang " + s.lang());
        }
        if (s.query() != null) {
            parts.add("query '" + s.query() + "'");
        }
        if (!s.filters().isEmpty()) {
            parts.add("filter " + String.join(" ", s.filters()));
        }
        if (s.includeRejected()) {
            parts.add("with rejected");
        }
        if (s.includeDuplicates()) {
            parts.add("with duplicates");
        }
        return parts.isEmpty() ? "whole corpus" : String.join(", ", parts);
    }
}
