package org.seacorpus.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.curate.AuditEntry;
import org.seacorpus.curate.CurationOutcome;
import org.seacorpus.curate.CurationRecord;
import org.seacorpus.document.Document;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.search.CorpusStats;
import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.KwicLine;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.SearchHit;
import org.seacorpus.search.SearchResult;
import org.seacorpus.stats.FrequencyList;
import org.seacorpus.stats.WordFrequency;
import org.seacorpus.web.curation.CurationService;

/**
 * The API's JSON, in the shapes the CLI prints with {@code --json} (DESIGN §5: names are never renamed, fields
 * may be added). A test in the CLI module runs both on one corpus and compares them.
 */
public final class JsonShapes {
    private JsonShapes() {
    }

    /** {@code corpus search --format json}: {@code {"total", "hits": [...]}} plus the page's offset. */
    public static Map<String, Object> search(SearchResult result, int offset, Map<String, FacetCounter.Facet> facets) {
        List<Map<String, Object>> hits = new ArrayList<>();
        List<SearchHit> page = result.hits().subList(Math.min(offset, result.hits().size()), result.hits().size());
        for (SearchHit hit : page) {
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
        out.put("offset", offset);
        if (!facets.isEmpty()) {
            out.put("facets", facets(facets));
        }
        return out;
    }

    /** {@code corpus search --kwic --format json}, for the lines from {@code offset} on. */
    public static Map<String, Object> kwic(KwicResult result, List<KwicLine> page, int offset,
                                           Map<String, FacetCounter.Facet> facets) {
        List<Map<String, Object>> hits = new ArrayList<>();
        for (KwicLine line : page) {
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
        out.put("offset", offset);
        if (!facets.isEmpty()) {
            out.put("facets", facets(facets));
        }
        return out;
    }

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

    /** {@code corpus stats --json}. */
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

    /** {@code corpus stats ngrams --json}. */
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

    /** {@code corpus history --json}: {@code {"entries": [{"at", "kind", "file", "summary", "report"}]}}. */
    public static Map<String, Object> history(List<AuditEntry> entries) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (AuditEntry e : entries) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("at", e.at());
            one.put("kind", e.kind());
            one.put("file", e.file());
            one.put("summary", e.summary());
            one.put("report", e.report());
            json.add(one);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entries", json);
        return out;
    }

    /**
     * The curation commands' {@code --json} ({@code action, dry_run, matched, changed, documents, record}),
     * with {@code record} the run file's name (never a path on this machine) and {@code undo}, the id that
     * undoes the action on this server.
     */
    public static Map<String, Object> curation(CurationService.Applied applied) {
        Map<String, Object> json = curation(applied.outcome());
        json.put("undo", applied.undo());
        return json;
    }

    static Map<String, Object> curation(CurationOutcome outcome) {
        CurationRecord record = outcome.record();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", record.action());
        json.put("dry_run", record.dryRun());
        json.put("matched", record.matched());
        json.put("changed", record.changed());
        json.put("documents", outcome.changed());
        json.put("record", outcome.file() == null ? null : outcome.file().getFileName().toString());
        json.put("reason", record.reason());
        return json;
    }

    public static Map<String, Object> undone(CurationService.Undone undone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("undid", undone.undid());
        json.put("changed", undone.changed());
        json.put("steps", undone.outcomes().stream().map(JsonShapes::curation).toList());
        json.put("undo", undone.undo());
        return json;
    }

    /** One document whole: what {@code corpus show --json} shows. */
    public static Map<String, Object> document(DocumentMapper.Stored stored, List<AuditEntry> history) {
        Document doc = stored.document();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", doc.id());
        json.put("source", doc.origin().source());
        json.put("part", doc.origin().part());
        json.put("title", doc.origin().title());
        json.put("url", doc.origin().url());
        json.put("mime", doc.origin().mime());
        json.put("encoding", doc.origin().encoding());
        json.put("imported_at", stored.importedAt().toString());
        json.put("lang", doc.language().lang());
        json.put("script", doc.language().script());
        json.put("lang_score", doc.language().score());
        json.put("lang_forced", doc.language().forced());
        json.put("lang_spans", doc.spans());
        json.put("status", doc.status().value());
        json.put("tags", doc.tags());
        doc.annotation(org.seacorpus.document.DuplicateMark.class).ifPresentOrElse(mark -> {
            json.put("cluster", mark.cluster());
            json.put("duplicate_of", mark.duplicateOf());
        }, () -> {
            json.put("cluster", null);
            json.put("duplicate_of", null);
        });
        json.put("rejection", doc.annotation(org.seacorpus.document.Rejection.class).orElse(null));
        json.put("meta", doc.origin().meta());
        json.put("chars", doc.counts().chars());
        json.put("words", doc.counts().words());
        json.put("sentences", doc.counts().sentences());
        json.put("content_hash", stored.contentHash());
        json.put("text", doc.text());
        json.put("original", doc.normalization().original());
        json.put("normalization", doc.normalization().rules());
        json.put("history", history(history).get("entries"));
        return json;
    }
}
