package org.seacorpus.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.corpus.JsonShapes;
import org.seacorpus.curate.AuditEntry;
import org.seacorpus.curate.CurationOutcome;
import org.seacorpus.document.Document;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.KwicLine;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.SearchHit;
import org.seacorpus.search.SearchResult;
import org.seacorpus.web.curation.CurationService;

/**
 * The API's own JSON: pages of search and concordance results (the CLI's shapes from {@link JsonShapes} plus the
 * page's {@code offset}), curation outcomes with their undo ids, and a document whole. The shapes the CLI prints
 * with {@code --json} are built by {@link JsonShapes} alone (DESIGN §5: names are never renamed, fields may be
 * added); a test in the CLI module runs both on one corpus and compares them.
 */
public final class ApiShapes {
    private ApiShapes() {
    }

    /** {@code corpus search --format json}, for the hits from {@code offset} on, with the page's offset. */
    public static Map<String, Object> search(SearchResult result, int offset, Map<String, FacetCounter.Facet> facets) {
        List<SearchHit> page = result.hits().subList(Math.min(offset, result.hits().size()), result.hits().size());
        Map<String, Object> out = JsonShapes.search(result, page);
        out.put("offset", offset);
        return JsonShapes.withFacets(out, facets);
    }

    /** {@code corpus search --kwic --format json}, for the lines from {@code offset} on, with the page's offset. */
    public static Map<String, Object> kwic(KwicResult result, List<KwicLine> page, int offset,
                                           Map<String, FacetCounter.Facet> facets) {
        Map<String, Object> out = JsonShapes.kwic(result, page);
        out.put("offset", offset);
        return JsonShapes.withFacets(out, facets);
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
        Map<String, Object> json = JsonShapes.curation(outcome,
                outcome.file() == null ? null : outcome.file().getFileName().toString());
        json.put("reason", outcome.record().reason());
        return json;
    }

    public static Map<String, Object> undone(CurationService.Undone undone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("undid", undone.undid());
        json.put("changed", undone.changed());
        json.put("steps", undone.outcomes().stream().map(ApiShapes::curation).toList());
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
        json.put("history", JsonShapes.auditEntries(history));
        return json;
    }
}
