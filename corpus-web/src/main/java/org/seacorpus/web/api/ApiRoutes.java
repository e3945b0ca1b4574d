package org.seacorpus.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.JsonShapes;
import org.seacorpus.curate.AuditEntry;
import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.SearchResult;
import org.seacorpus.web.Params;
import org.seacorpus.web.SearchParams;
import org.seacorpus.web.StatsParams;
import org.seacorpus.web.WebException;
import org.seacorpus.web.Workbench;
import org.seacorpus.web.export.HitsExport;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The REST API under {@code /api/v1}: search, concordance (and its download), documents, clusters, statistics,
 * the audit trail and curation, answering in the shapes of the CLI's {@code --json}. Described in
 * {@code /api/v1/openapi.json} (a test checks every route here is described there).
 */
public final class ApiRoutes {
    public static final String BASE = "/api/v1";

    private final Workbench bench;
    private final CurationRequests curation;

    public ApiRoutes(Workbench bench) {
        this.bench = bench;
        this.curation = new CurationRequests(bench);
    }

    public void register(RoutesConfig routes) {
        routes.get(BASE + "/openapi.json", this::openApi);
        routes.get(BASE + "/session", this::session);
        routes.get(BASE + "/search", this::search);
        routes.get(BASE + "/kwic", this::kwic);
        routes.get(BASE + "/kwic/export", this::export);
        routes.get(BASE + "/documents/{id}", this::document);
        routes.get(BASE + "/documents/{id}/history", this::documentHistory);
        routes.get(BASE + "/clusters/{cluster}", this::cluster);
        routes.get(BASE + "/stats", this::stats);
        routes.get(BASE + "/stats/quality", this::quality);
        routes.get(BASE + "/stats/{view}", this::wordStats);
        routes.get(BASE + "/runs", this::runs);
        routes.post(BASE + "/curation/undo/{undo}", ctx -> ctx.json(ApiShapes.undone(
                bench.curation().undo(ctx.pathParam("undo"), reasonOf(ctx)))));
        routes.post(BASE + "/curation/{action}", ctx -> ctx.json(ApiShapes.curation(
                curation.apply(ctx.pathParam("action"), curation.fromJson(ctx)))));
    }

    private void openApi(Context ctx) throws IOException {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("/web/openapi.json")) {
            if (in == null) {
                throw new WebException(500, "the OpenAPI description is missing from this build");
            }
            ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void session(Context ctx) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("corpus", bench.corpusName());
        json.put("curation", bench.curation().allowed());
        json.put("csrf", bench.csrf());
        json.put("api", BASE);
        ctx.json(json);
    }

    private void search(Context ctx) {
        SearchParams params = SearchParams.from(ctx, 10);
        SearchResult result = bench.search(params);
        ctx.json(ApiShapes.search(result, params.offset(), facets(ctx, params)));
    }

    private void kwic(Context ctx) {
        SearchParams params = SearchParams.from(ctx, 50);
        Workbench.KwicPage page = bench.kwic(params);
        ctx.json(ApiShapes.kwic(page.result(), page.lines(), params.offset(), facets(ctx, params)));
    }

    private Map<String, FacetCounter.Facet> facets(Context ctx, SearchParams params) {
        List<String> fields = Params.list(ctx, "facet");
        return fields.isEmpty() ? Map.of()
                : bench.facets(params, fields, Params.integer(ctx, "facet_top", 10, 1, 10_000));
    }

    private void export(Context ctx) throws IOException {
        HitsExport.Format format = HitsExport.Format.parse(Params.text(ctx, "format"));
        SearchParams params = SearchParams.from(ctx, 1);
        HitsExport.send(ctx, bench.corpus(), params, format);
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        var stored = bench.corpus().document(id).orElseThrow(() -> new WebException(404, "no document with id '"
                + id + "'"));
        List<AuditEntry> history = bench.corpus().curation().history(stored.document().id());
        ctx.json(ApiShapes.document(stored, history));
    }

    private void documentHistory(Context ctx) {
        ctx.json(JsonShapes.history(bench.corpus().curation().history(ctx.pathParam("id"))));
    }

    private void cluster(Context ctx) {
        String id = ctx.pathParam("cluster");
        ctx.json(bench.corpus().cluster(id).orElseThrow(() -> new WebException(404, "no duplicate cluster '" + id
                + "'")));
    }

    private void stats(Context ctx) {
        StatsParams p = StatsParams.from(ctx, "freq", bench.corpus());
        ctx.json(JsonShapes.stats(bench.corpus().analysis().stats(p.selection())));
    }

    private void quality(Context ctx) {
        ctx.json(bench.corpus().qualityStats(Params.list(ctx, "lang"), null));
    }

    private void wordStats(Context ctx) {
        StatsParams p = StatsParams.from(ctx, ctx.pathParam("view"), bench.corpus());
        Corpus corpus = bench.corpus();
        Object result = switch (p.view()) {
            case "freq" -> JsonShapes.frequencies(corpus.analysis().frequencies(p.selection(), p.min(), p.top()));
            case "ngrams" -> JsonShapes.ngrams(corpus.analysis().ngrams(p.selection(), p.ngramRange()[0],
                    p.ngramRange()[1], p.min(), p.top()));
            case "collocations" -> corpus.analysis().collocations(p.selection(), required(p.words(), "word",
                    "the node word"), p.window(), p.window(), p.association(), p.min(), p.top());
            case "keyness" -> corpus.analysis().keyness(p.selection(), required(p.focus(), "focus",
                    "a filter expression for the focus subcorpus, e.g. tags:news"), p.reference(),
                    p.keynessMeasure(), p.smoothing(), p.min(), p.top());
            case "dispersion" -> corpus.analysis().dispersion(p.selection(), p.wordList().isEmpty()
                    ? List.of(required(null, "word", "the words to measure")) : p.wordList(), p.by());
            default -> throw new WebException(404, "no statistics view '" + p.view() + "'");
        };
        ctx.json(result);
    }

    private void runs(Context ctx) {
        List<AuditEntry> entries = bench.corpus().curation().history(null);
        String kind = Params.text(ctx, "kind");
        boolean curationOnly = Params.flag(ctx, "curation");
        List<AuditEntry> kept = entries.stream()
                .filter(e -> kind == null || e.kind().equals(kind))
                .filter(e -> !curationOnly || e.isCuration()).toList();
        int last = Params.integer(ctx, "last", kept.size(), 1, Integer.MAX_VALUE);
        ctx.json(JsonShapes.history(kept.subList(Math.max(0, kept.size() - last), kept.size())));
    }

    private static String reasonOf(Context ctx) {
        String body = ctx.body();
        String type = ctx.contentType();
        if (body.isBlank() || type == null || !type.startsWith("application/json")) {
            return Params.text(ctx, "reason");
        }
        Object reason = ctx.bodyAsClass(Map.class).get("reason");
        return reason == null ? null : reason.toString();
    }

    private static String required(String value, String name, String what) {
        if (value == null) {
            throw new WebException(400, "parameter '" + name + "' is missing: " + what);
        }
        return value;
    }
}
