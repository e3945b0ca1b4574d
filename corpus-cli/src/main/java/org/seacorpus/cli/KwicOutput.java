package org.seacorpus.cli;

import java.util.Map;

import org.seacorpus.corpus.JsonShapes;
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
            case "json" -> output.json(JsonShapes.withFacets(JsonShapes.kwic(result, result.lines()), facets));
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
