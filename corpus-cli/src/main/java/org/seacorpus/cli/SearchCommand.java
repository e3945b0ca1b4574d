package org.seacorpus.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.DisplayWidth;
import org.seacorpus.search.SearchHit;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.SearchResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus search QUERY}: full-text search with the language's own word breaking. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Search the corpus. QUERY is Lucene syntax: words, \"phrases\", AND/OR/NOT, wild*cards, fuzzy~,",
            "\"near words\"~5. Each language's text is searched with its own analyzer, so a Thai or Khmer word",
            "is found inside unspaced text. Without --lang every language is searched."},
        footer = {"", "Examples:",
            "  corpus search ข้าว",
            "  corpus search --lang km កសិករ",
            "  corpus search --filter status:ok --filter tags:web 'rice AND farmers'",
            "  corpus search --format json --limit 100 'padi'"})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined).")
    List<String> query;

    @Option(names = "--lang", paramLabel = "CODE", description = "Search only this language's documents.")
    String lang;

    @Option(names = "--filter", paramLabel = "FIELD:VALUE",
            description = "Only documents with this value (repeatable): lang, script, status, source, mime, tags, "
                    + "meta.NAME.")
    List<String> filters = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Most hits shown (default: ${DEFAULT-VALUE}); the total is always exact.")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, tsv or json (default: ${DEFAULT-VALUE}; --json means json).")
    String format;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        String fmt = output.json ? "json" : format.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("table", "tsv", "json").contains(fmt)) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; use table, tsv or json");
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        Corpus corpus = Corpus.open(root.corpusHome());
        SearchResult result = corpus.search(new SearchRequest(String.join(" ", query), lang, filters, limit));
        switch (fmt) {
            case "json" -> output.json(toJson(result));
            case "tsv" -> printTsv(output, result);
            default -> printTable(output, result);
        }
        return 0;
    }

    private static Map<String, Object> toJson(SearchResult result) {
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("id", hit.id());
            h.put("source", hit.source());
            h.put("part", hit.part());
            h.put("title", hit.title());
            h.put("lang", hit.lang());
            h.put("status", hit.status());
            h.put("cluster", hit.cluster());
            h.put("duplicate_of", hit.duplicateOf());
            h.put("tags", hit.tags());
            h.put("score", hit.score());
            h.put("snippet", hit.snippet());
            hits.add(h);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", result.total());
        out.put("hits", hits);
        return out;
    }

    private static void printTsv(Output output, SearchResult result) {
        output.println("id\tlang\tstatus\tsource\tpart\tsnippet");
        for (SearchHit hit : result.hits()) {
            output.println(String.join("\t", hit.id(), hit.lang(), hit.status(), hit.source(), hit.part(),
                    hit.snippet().replace('\t', ' ')));
        }
    }

    private static void printTable(Output output, SearchResult result) {
        output.println(result.total() + (result.total() == 1 ? " hit" : " hits")
                + (result.total() > result.hits().size() ? ", showing " + result.hits().size() : ""));
        for (SearchHit hit : result.hits()) {
            String where = shortSource(hit.source()) + (hit.part().isEmpty() ? "" : " [" + hit.part() + "]");
            output.println(DisplayWidth.fit(hit.id().substring(0, 12), 13) + DisplayWidth.fit(hit.lang(), 5)
                    + DisplayWidth.fit(hit.status(), 10) + where);
            output.println("    " + hit.snippet());
        }
    }

    /** The file name of a source URI (the full URI is in tsv/json output). */
    static String shortSource(String source) {
        try {
            String path = URI.create(source).getPath();
            return path == null ? source : path.substring(path.lastIndexOf('/') + 1);
        } catch (IllegalArgumentException e) {
            return source;
        }
    }
}
