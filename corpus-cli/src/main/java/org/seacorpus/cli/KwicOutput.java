package org.seacorpus.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.search.DisplayWidth;
import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.KwicLine;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.KwicTable;
import org.seacorpus.util.SafeText;

/** Prints a concordance (table, TSV or JSON) and facet counts for {@code search}. */
final class KwicOutput {
    private KwicOutput() {
    }

    static void print(Output output, String format, KwicResult result, Map<String, FacetCounter.Facet> facets,
                      int sideColumns, String sort) {
        switch (format) {
            case "json" -> output.json(json(result, facets));
            case "tsv" -> tsv(output, result);
            default -> {
                table(output, result, sideColumns, sort);
                printFacets(output, facets);
            }
        }
    }

    private static void table(Output output, KwicResult result, int sideColumns, String sort) {
        output.println(result.hits() + (result.hits() == 1 ? " hit" : " hits") + " in " + result.documents()
                + (result.documents() == 1 ? " document" : " documents")
                + (result.hits() > result.lines().size() ? ", showing " + result.lines().size() : "")
                + (sort != null ? ", sorted by " + sort : ""));
        if (result.truncated()) {
            output.warn("note: only the first hits (--max-lines) were sorted; narrow the query or raise --max-lines");
        }
        for (KwicTable.Row row : KwicTable.render(result.lines(), sideColumns, true)) {
            output.println(row.text());
        }
    }

    private static void tsv(Output output, KwicResult result) {
        output.println("id\tlang\tsource\tpart\tstart\tend\tleft\thit\tright");
        for (KwicLine line : result.lines()) {
            output.println(String.join("\t", line.id(), line.lang(), clean(line.source()), clean(line.part()),
                    String.valueOf(line.start()), String.valueOf(line.end()), clean(line.left()), clean(line.hit()),
                    clean(line.right())));
        }
    }

    /** A field of a TSV line: tabs become spaces, other control characters are escaped. */
    private static String clean(String s) {
        return SafeText.oneLine(s.replace('\t', ' '));
    }

    private static Map<String, Object> json(KwicResult result, Map<String, FacetCounter.Facet> facets) {
        List<Map<String, Object>> hits = new ArrayList<>();
        for (KwicLine line : result.lines()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("id", line.id());
            h.put("source", line.source());
            h.put("part", line.part());
            h.put("title", line.title());
            h.put("lang", line.lang());
            h.put("status", line.status());
            h.put("cluster", line.cluster());
            h.put("duplicate_of", line.duplicateOf());
            h.put("tags", line.tags());
            h.put("snippet", line.snippet());
            h.put("start", line.start());
            h.put("end", line.end());
            h.put("left", line.left());
            h.put("hit", line.hit());
            h.put("right", line.right());
            h.put("left_words", line.leftWords());
            h.put("right_words", line.rightWords());
            hits.add(h);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", result.documents());
        out.put("hits_total", result.hits());
        out.put("truncated", result.truncated());
        out.put("hits", hits);
        if (!facets.isEmpty()) {
            out.put("facets", facetsJson(facets));
        }
        return out;
    }

    static Map<String, Object> facetsJson(Map<String, FacetCounter.Facet> facets) {
        Map<String, Object> out = new LinkedHashMap<>();
        facets.forEach((field, facet) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("values", facet.values());
            f.put("missing", facet.missing());
            f.put("more_values", facet.others());
            out.put(field, f);
        });
        return out;
    }

    static void printFacets(Output output, Map<String, FacetCounter.Facet> facets) {
        for (FacetCounter.Facet facet : facets.values()) {
            output.println("");
            output.println(DisplayWidth.fit("documents by " + facet.field(), 50) + "documents");
            for (FacetCounter.FacetValue value : facet.values()) {
                String shown = facet.field().equals("source") ? SearchCommand.shortSource(value.value())
                        : SafeText.oneLine(value.value());
                output.println("  " + DisplayWidth.fit(shown, 48) + String.format("%9d", value.count()));
            }
            if (facet.missing() > 0) {
                output.println("  " + DisplayWidth.fit("(none)", 48) + String.format("%9d", facet.missing()));
            }
            if (facet.others() > 0) {
                output.println("  … and " + facet.others() + " more values (--facet-top)");
            }
        }
    }
}
