package org.seacorpus.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.curate.AuditEntry;
import org.seacorpus.curate.CurationOutcome;
import org.seacorpus.curate.CurationRecord;
import org.seacorpus.search.CorpusStats;
import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.KwicLine;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.SearchHit;
import org.seacorpus.search.SearchResult;
import org.seacorpus.stats.FrequencyList;
import org.seacorpus.stats.WordFrequency;

/**
 * The JSON shapes of results, built in one place for the CLI's {@code --json} and the web API alike (DESIGN §5:
 * the two answer in the same shapes; names are never renamed, fields may be added). Each method returns a fresh,
 * ordered, mutable map, so that a caller may add its own fields after the shared ones (the API's page
 * {@code offset}, {@code facets}, the CLI's {@code tokens}): Jackson writes the keys in insertion order.
 */
public final class JsonShapes {
    private JsonShapes() {
    }

    /** {@code corpus search --format json}: {@code {"total", "hits": [...]}} for the given hits of a result. */
    public static Map<String, Object> search(SearchResult result, List<SearchHit> hits) {
        List<Map<String, Object>> json = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            json.add(hit(hit));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", result.total());
        out.put("hits", json);
        return out;
    }

    /** One search hit: where it is from, its marks, its score and its snippet. */
    public static Map<String, Object> hit(SearchHit hit) {
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
        return h;
    }

    /**
     * {@code corpus search --kwic --format json}: {@code {"total" (documents), "hits_total", "truncated",
     * "hits": [...]}} for the given lines of a concordance.
     */
    public static Map<String, Object> kwic(KwicResult result, List<KwicLine> lines) {
        List<Map<String, Object>> json = new ArrayList<>(lines.size());
        for (KwicLine line : lines) {
            json.add(kwicLine(line));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", result.documents());
        out.put("hits_total", result.hits());
        out.put("truncated", result.truncated());
        out.put("hits", json);
        return out;
    }

    /** One concordance line: its document's fields, then the hit's offsets and its context. */
    public static Map<String, Object> kwicLine(KwicLine line) {
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
        return h;
    }

    /** Adds {@code "facets"} to a search or concordance answer when any were counted; returns {@code json}. */
    public static Map<String, Object> withFacets(Map<String, Object> json, Map<String, FacetCounter.Facet> facets) {
        if (!facets.isEmpty()) {
            json.put("facets", facets(facets));
        }
        return json;
    }

    /** Facet counts by field: {@code {field: {"values", "missing", "more_values"}}}. */
    public static Map<String, Object> facets(Map<String, FacetCounter.Facet> facets) {
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

    /** {@code corpus stats --json}: the totals, then the counts by language, script, status and source. */
    public static Map<String, Object> stats(CorpusStats stats) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documents", stats.total().documents());
        json.put("chars", stats.total().chars());
        json.put("words", stats.total().words());
        json.put("lang", stats.lang());
        json.put("script", stats.script());
        json.put("status", stats.status());
        json.put("source", stats.source());
        json.put("excluded", stats.excluded());
        return json;
    }

    /** {@code corpus stats freq --json}. */
    public static Map<String, Object> frequencies(FrequencyList list) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tokens", list.tokens());
        json.put("documents", list.documents());
        json.put("types", list.types());
        json.put("words", list.words());
        return json;
    }

    /** {@code corpus stats ngrams --json}: one list for each n, with the counts of the first (all share them). */
    public static Map<String, Object> ngrams(List<FrequencyList> lists) {
        List<Map<String, Object>> byN = new ArrayList<>();
        for (FrequencyList list : lists) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("n", list.n());
            one.put("types", list.types());
            List<Map<String, Object>> ngrams = new ArrayList<>();
            for (WordFrequency w : list.words()) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("ngram", w.word());
                g.put("frequency", w.frequency());
                g.put("per_million", w.perMillion());
                g.put("documents", w.documents());
                g.put("form", w.form());
                ngrams.add(g);
            }
            one.put("ngrams", ngrams);
            byN.add(one);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tokens", lists.isEmpty() ? 0 : lists.get(0).tokens());
        json.put("documents", lists.isEmpty() ? 0 : lists.get(0).documents());
        json.put("lists", byN);
        return json;
    }

    /** {@code corpus history --json}: {@code {"entries": [...]}}, each as {@link #auditEntries} writes it. */
    public static Map<String, Object> history(List<AuditEntry> entries) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entries", auditEntries(entries));
        return out;
    }

    /** Audit entries as {@code [{"at", "kind", "file", "summary", "report"}]}. */
    public static List<Map<String, Object>> auditEntries(List<AuditEntry> entries) {
        List<Map<String, Object>> json = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("at", e.at());
            one.put("kind", e.kind());
            one.put("file", e.file());
            one.put("summary", e.summary());
            one.put("report", e.report());
            json.add(one);
        }
        return json;
    }

    /**
     * A curation action's {@code --json}: {@code {"action", "dry_run", "matched", "changed", "documents",
     * "record"}}, with {@code record} the run file as the caller shows it (the CLI its path; the API only its
     * name, never a path on the server's machine), or {@code null} when nothing was written.
     */
    public static Map<String, Object> curation(CurationOutcome outcome, String record) {
        CurationRecord run = outcome.record();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", run.action());
        json.put("dry_run", run.dryRun());
        json.put("matched", run.matched());
        json.put("changed", run.changed());
        json.put("documents", outcome.changed());
        json.put("record", record);
        return json;
    }
}
