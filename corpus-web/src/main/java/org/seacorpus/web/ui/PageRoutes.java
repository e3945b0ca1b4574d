package org.seacorpus.web.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.seacorpus.web.Params;
import org.seacorpus.web.Urls;
import org.seacorpus.web.WebException;
import org.seacorpus.web.Workbench;
import org.seacorpus.web.api.CurationRequests;
import org.seacorpus.web.chart.Numbers;
import org.seacorpus.web.curation.CurationService;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The workbench's pages (GET, each address reproducing its view) and the curation forms (POST, then back to
 * the page they came from with a notice that offers to undo).
 */
public final class PageRoutes {
    private final Workbench bench;
    private final SearchPage search;
    private final DocumentPage document;
    private final StatsPage stats;
    private final CurationRequests curation;

    public PageRoutes(Workbench bench) {
        this.bench = bench;
        this.search = new SearchPage(bench);
        this.document = new DocumentPage(bench);
        this.stats = new StatsPage(bench);
        this.curation = new CurationRequests(bench);
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> render(ctx, "dashboard.jte", "Dashboard", "dashboard",
                mapOf("view", Dashboard.of(bench.corpus()), "open", Params.text(ctx, "quality"))));
        routes.get("/search", ctx -> render(ctx, "search.jte", "Search", "search", Map.of("view", search.view(ctx))));
        routes.get("/doc/{id}", ctx -> {
            DocumentPage.View view = document.view(ctx);
            render(ctx, "document.jte", view.title(), "search", Map.of("view", view));
        });
        routes.get("/stats", ctx -> ctx.redirect("/stats/freq"));
        routes.get("/stats/{view}", ctx -> render(ctx, "stats.jte", "Word statistics", "stats",
                Map.of("view", stats.view(ctx, ctx.pathParam("view")))));
        routes.get("/history", ctx -> render(ctx, "history.jte", "History", "history",
                Map.of("view", HistoryView.of(bench.corpus(), Params.flag(ctx, "curation"),
                        Params.text(ctx, "kind")))));
        routes.get("/api", ctx -> render(ctx, "api.jte", "REST API", "api", Map.of("csrf", bench.csrf())));
        routes.post("/curation/undo/{undo}", this::undo);
        routes.post("/curation/{action}", this::curate);
    }

    private void curate(Context ctx) {
        CurationService.Applied applied = curation.apply(ctx.pathParam("action"), CurationRequests.fromForm(ctx));
        var record = applied.outcome().record();
        Urls back = Urls.to(back(ctx));
        ctx.redirect(applied.undo() != null ? back.with("notice", applied.undo()).toString()
                : back.with("matched", record.matched()).with("changed", record.changed()).toString());
    }

    private void undo(Context ctx) {
        CurationService.Undone undone = bench.curation().undo(ctx.pathParam("undo"), Params.text(ctx, "reason"));
        Urls back = Urls.to(back(ctx));
        ctx.redirect(undone.undo() != null ? back.with("notice", undone.undo()).toString()
                : back.with("matched", 0).with("changed", 0).toString());
    }

    /** Where a form returns to: a path on this server (never another site), without an earlier notice. */
    private static String back(Context ctx) {
        String back = Params.text(ctx, "back");
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        String clean = back.replaceAll("[?&](notice|matched|changed)=[^&]*", "").replaceFirst("^([^?]*)&", "$1?");
        return asciiOnly(clean);
    }

    /** An address with every character outside printable ASCII percent-encoded (UTF-8), as a header needs. */
    static String asciiOnly(String address) {
        StringBuilder out = new StringBuilder();
        for (byte b : address.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    private void render(Context ctx, String template, String title, String active, Map<String, Object> model) {
        Map<String, Object> params = new LinkedHashMap<>(model);
        params.put("page", page(ctx, title, active));
        ctx.html(Views.render(template, params));
    }

    Page page(Context ctx, String title, String active) {
        return new Page(title, active, bench.corpusName(), bench.curation().allowed(), bench.csrf(), notice(ctx),
                self(ctx), null);
    }

    private Page.Notice notice(Context ctx) {
        String id = ctx.queryParam("notice");
        if (id != null) {
            return bench.curation().entry(id).map(e -> Page.Notice.done("Done: " + e.description() + ".", e.id()))
                    .orElse(null);
        }
        String matched = ctx.queryParam("matched");
        if (matched != null && matched.matches("\\d{1,12}")) {
            long n = Long.parseLong(matched);
            return Page.Notice.done(n == 0 ? "Nothing changed." : "Nothing changed: the " + Numbers.count(n)
                    + (n == 1 ? " matching document was" : " matching documents were") + " already as asked.", null);
        }
        return null;
    }

    private static String self(Context ctx) {
        String query = ctx.queryString();
        return query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
    }

    /** The page for a failed request. */
    public String errorPage(Context ctx, int status, String message, boolean anonymous) {
        // a request that was not let in learns nothing: not the corpus's name, not the CSRF token
        Page page = anonymous ? new Page("Error " + status, "", "", false, "", null, "/", null)
                : new Page("Error " + status, "", bench.corpusName(), bench.curation().allowed(), bench.csrf(), null,
                self(ctx), null);
        return Views.render("error.jte", Map.of("page", page, "status", status, "message", message));
    }

    /** A model map that, unlike {@code Map.of}, takes null values (an absent parameter). */
    private static Map<String, Object> mapOf(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    static WebException notFound(String what) {
        return new WebException(404, what);
    }
}
