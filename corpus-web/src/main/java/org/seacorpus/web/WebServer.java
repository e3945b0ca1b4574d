package org.seacorpus.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.CorpusException;
import org.seacorpus.corpus.CorpusLockedException;
import org.seacorpus.search.QuerySyntaxException;
import org.seacorpus.web.api.ApiRoutes;
import org.seacorpus.web.ui.PageRoutes;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

/**
 * {@code corpus serve}: one process with an embedded HTTP server (Javalin on Jetty) serving the workbench pages,
 * the REST API under {@code /api/v1}, and the styles, scripts and fonts from this jar (nothing from elsewhere).
 * It reads the corpus through the façade only; see {@link Guard} for what every request must pass.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(Corpus.open(home), ServeOptions.local(8080))) {
 *     System.out.println("open " + server.url());
 *     server.join();
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;
    private final ServeOptions options;
    private final Corpus corpus;
    private final Workbench bench;

    private WebServer(Javalin app, ServeOptions options, Corpus corpus, Workbench bench) {
        this.app = app;
        this.options = options;
        this.corpus = corpus;
        this.bench = bench;
    }

    /**
     * Starts serving {@code corpus}, which keeps one index reader open from now on (refreshed after each commit)
     * and lets it go when the server stops.
     */
    public static WebServer start(Corpus corpus, ServeOptions options) {
        corpus.keepReaderOpen();
        Workbench bench = new Workbench(corpus, options);
        Guard guard = new Guard(options, bench.csrf());
        ApiRoutes api = new ApiRoutes(bench);
        PageRoutes pages = new PageRoutes(bench);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.jsonMapper(new Json());
            config.http.maxRequestSize = 1_000_000;
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/web/assets";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=3600");
            });
            config.routes.before(guard::check);
            api.register(config.routes);
            pages.register(config.routes);
            config.routes.exception(Exception.class, (e, ctx) -> failure(ctx, e, pages));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    failure(ctx, new WebException(404, "nothing here: " + ctx.path()), pages);
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            corpus.close();
            throw new WebException(500, "cannot listen on " + options.host() + ":" + options.port() + ": "
                    + rootMessage(e) + (options.port() != 0 ? " (is another server using that port? try --port)" : ""));
        }
        return new WebServer(app, options, corpus, bench);
    }

    /** The address to open, with the token when a browser needs one. */
    public String url() {
        String host = options.host().contains(":") && !options.host().startsWith("[") ? "[" + options.host() + "]"
                : options.host();
        return "http://" + host + ":" + port() + "/" + (options.needsToken() ? "?token=" + options.token() : "");
    }

    /** What the result cache did since start: hits, misses, answers shared with a running request, size. */
    public Map<String, Long> cacheCounts() {
        return bench.cacheCounts();
    }

    public int port() {
        return app.port();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
        corpus.close();
    }

    /** Answers a failed request: JSON for the API, a page for people; the message says what to do. */
    static void failure(Context ctx, Exception e, PageRoutes pages) {
        int status = switch (e) {
            case WebException w -> w.status();
            case QuerySyntaxException q -> 400;
            case IllegalArgumentException i -> 400;
            case CorpusLockedException l -> 409;
            case CorpusException c -> 503;
            default -> 500;
        };
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (status == 500) {
            System.err.println("corpus serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            e.printStackTrace(System.err);
            message = "internal error (" + message + "); the server log has the details";
        }
        ctx.status(status);
        if (ctx.path().startsWith(ApiRoutes.BASE) || ctx.path().startsWith("/assets/")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("error", message);
            json.put("status", status);
            ctx.json(json);
        } else {
            ctx.html(pages.errorPage(ctx, status, message, e instanceof WebException w && w.anonymous()));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
