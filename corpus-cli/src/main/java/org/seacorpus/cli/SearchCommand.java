package org.seacorpus.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.JsonShapes;
import org.seacorpus.search.DisplayWidth;
import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.SearchHit;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.SearchResult;
import org.seacorpus.sheet.ResultSheets;
import org.seacorpus.util.SafeText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus search QUERY}: full-text search and concordances with the language's own word breaking. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Search the corpus. QUERY is Lucene syntax: words, \"phrases\", AND/OR/NOT, wild*cards, fuzzy~,",
            "/regular expressions/ on words, \"near words\"~5. Each language's text is searched with its own",
            "analyzer, so a Thai or Khmer word is found inside unspaced text. Without --lang every language is",
            "searched. --kwic shows every hit in its context (a concordance); --facet counts the documents found",
            "by language, source, tag or metadata."},
        footer = {"", "Filters (--filter, repeatable; clauses separated by spaces must all hold):",
            "  lang:th  source:*news*  status:ok  tags:web|blog  meta.author:\"Somchai K\"  -status:rejected",
            "  imported_at:2025-01-01..2025-06-30  words:100..  lang_score:0.9..",
            "", "Examples:",
            "  corpus search ข้าว",
            "  corpus search --lang km កសិករ",
            "  corpus search --filter status:ok --filter tags:web 'rice AND farmers'",
            "  corpus search --kwic --context 4 --sort 1R,2R --lang th ข้าว",
            "  corpus search --kwic --chars 30 --format tsv '\"ข้าว เหนียว\"' > rice.tsv",
            "  corpus search --facet lang --facet source padi",
            "  corpus search --format json --limit 100 'padi'",
            "  corpus search --kwic --lang km --limit 5000 --format xlsx --out rice-km.xlsx ស្រូវ"})
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

    @Option(names = "--limit", paramLabel = "N",
            description = "Most hits shown (default: 10 documents, 50 concordance lines; 0 for all); totals are "
                    + "always exact, and stderr says how many were left out.")
    Integer limit;

    @Option(names = "--all", description = "Show every hit (the same as --limit 0).")
    boolean all;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, tsv, json, or xlsx to write a spreadsheet to --out (default: ${DEFAULT-VALUE}; "
                    + "--json means json).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "The spreadsheet written with --format xlsx.")
    java.nio.file.Path out;

    @Option(names = "--kwic", description = "Show every hit in its context: a keyword-in-context concordance.")
    boolean kwic;

    @Option(names = "--context", paramLabel = "N",
            description = "Context on each side: N words (default 5), or N columns with --chars (default 40).")
    Integer context;

    @Option(names = "--chars", paramLabel = "N", arity = "0..1", fallbackValue = "0",
            description = "Measure the context in display columns (--chars 30, or --chars with --context 30); "
                    + "it is still cut at word boundaries.")
    Integer chars;

    @Option(names = "--sort", paramLabel = "KEYS",
            description = "Sort the concordance: left (=1L), right (=1R), hit, doc, or positions such as 2L, 1R; "
                    + "several separated by commas break ties (1R,2R). Default: document id, then position (the same "
                    + "after any re-import).")
    String sort;

    @Option(names = "--max-lines", paramLabel = "N", defaultValue = "100000",
            description = "Most hits collected for sorting (default: ${DEFAULT-VALUE}).")
    int maxLines;

    @Option(names = "--facet", paramLabel = "FIELD", split = ",",
            description = "Count the documents found by this field's values (repeatable): lang, script, source, "
                    + "status, tags, mime, meta.NAME.")
    List<String> facets = new ArrayList<>();

    @Option(names = "--facet-top", paramLabel = "N", defaultValue = "10",
            description = "Values listed per facet (default: ${DEFAULT-VALUE}).")
    int facetTop;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        String fmt = output.json && !format.equalsIgnoreCase("xlsx") ? "json" : format.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("table", "tsv", "json", "xlsx").contains(fmt)) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; use table, tsv, json or xlsx");
        }
        boolean xlsx = SheetOptions.check(fmt, out, "table, tsv, json, xlsx");
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (all) or more, not " + limit);
        }
        if (all && limit != null && limit > 0) {
            throw new IllegalArgumentException("--all and --limit " + limit + " disagree; give one of them");
        }
        int shown = all || (limit != null && limit == 0) ? Integer.MAX_VALUE : limit == null ? (kwic ? 50 : 10)
                : limit;
        if (!facets.isEmpty() && (fmt.equals("tsv") || xlsx)) {
            throw new IllegalArgumentException("facets are shown in table and json output, not in " + fmt);
        }
        if (!kwic && (sort != null || context != null || chars != null)) {
            throw new IllegalArgumentException("--sort, --context and --chars shape a concordance; add --kwic");
        }
        Corpus corpus = Corpus.open(root.corpusHome());
        SearchRequest request = new SearchRequest(String.join(" ", query), lang, filters, shown);
        Map<String, FacetCounter.Facet> counted = facets.isEmpty() ? Map.of()
                : corpus.analysis().facets(request, facets, facetTop);
        if (kwic) {
            boolean columns = chars != null;
            int size = columns && chars > 0 ? chars : context != null ? context
                    : columns ? KwicRequest.DEFAULT_COLUMNS : KwicRequest.DEFAULT_WORDS;
            KwicResult result = corpus.analysis().concordance(
                    new KwicRequest(request, size, columns, sort, shown, maxLines));
            if (xlsx) {
                SheetOptions.write(output, ResultSheets.concordance(result), out);
                leftOut(output, result.hits(), result.lines().size(), "concordance lines");
                return 0;
            }
            KwicOutput.print(output, fmt, result, counted, columns ? size : 60, sort);
            leftOut(output, result.hits(), result.lines().size(), "concordance lines");
            return 0;
        }
        SearchResult result = corpus.search(request);
        if (xlsx) {
            SheetOptions.write(output, ResultSheets.hits(result), out);
            leftOut(output, result.total(), result.hits().size(), "hits");
            return 0;
        }
        switch (fmt) {
            case "json" -> output.json(JsonShapes.withFacets(JsonShapes.search(result, result.hits()), counted));
            case "tsv" -> printTsv(output, result);
            default -> {
                printTable(output, result);
                KwicOutput.printFacets(output, counted);
            }
        }
        leftOut(output, result.total(), result.hits().size(), "hits");
        return 0;
    }

    /** Says on stderr how many were not printed and how to get them all (silent with -q, or when none was cut). */
    static void leftOut(Output output, long total, long shown, String what) {
        if (total > shown) {
            output.info("showing " + shown + " of " + total + " " + what + "; " + (total - shown)
                    + " left out: --limit N for more, --all (or --limit 0) for every one");
        }
    }

    private static void printTsv(Output output, SearchResult result) {
        output.println("id\tlang\tstatus\tsource\tpart\tsnippet");
        for (SearchHit hit : result.hits()) {
            output.println(String.join("\t", hit.id(), hit.lang(), hit.status(), SafeText.oneLine(hit.source()),
                    SafeText.oneLine(hit.part()), SafeText.oneLine(hit.snippet().replace('\t', ' '))));
        }
    }

    private static void printTable(Output output, SearchResult result) {
        output.println(result.total() + (result.total() == 1 ? " hit" : " hits")
                + (result.total() > result.hits().size() ? ", showing " + result.hits().size() : ""));
        for (SearchHit hit : result.hits()) {
            String where = shortSource(hit.source()) + (hit.part().isEmpty() ? ""
                    : " [" + SafeText.oneLine(hit.part()) + "]");
            output.println(DisplayWidth.fit(hit.id().substring(0, 12), 13) + DisplayWidth.fit(hit.lang(), 5)
                    + DisplayWidth.fit(hit.status(), 10) + where);
            output.println("    " + hit.snippet());
        }
    }

    /**
     * A source as tables show it, escaped for a terminal: the portable source name whole (files of the same name
     * in different folders stay apart); for a local file URI (a corpus not yet migrated), the path.
     */
    static String shortSource(String source) {
        if (!source.startsWith("file:")) {
            return SafeText.oneLine(source);
        }
        try {
            String path = URI.create(source).getPath();
            return SafeText.oneLine(path == null ? source : path);
        } catch (IllegalArgumentException e) {
            return SafeText.oneLine(source);
        }
    }
}
