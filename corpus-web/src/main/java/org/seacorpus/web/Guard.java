package org.seacorpus.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;

/**
 * The checks every request passes before a handler sees it, and the headers every response carries.
 *
 * <ul>
 *   <li><b>Host</b>: bound to loopback, only requests addressed to a loopback name are served. This stops DNS
 *       rebinding, where a web page on another site points its own host name at 127.0.0.1 to read the corpus.</li>
 *   <li><b>Token</b>: when the server has one, a request carries it as {@code Authorization: Bearer …}, or as
 *       the cookie set when a browser first opens {@code /?token=…}. Compared in constant time.</li>
 *   <li><b>CSRF</b>: a state-changing request is a POST with the server's CSRF token, in the form field
 *       {@code csrf} or the header {@code X-CSRF-Token}; a POST whose {@code Origin} is another site is
 *       refused. Another site's page can make a browser send a POST, but cannot read the token.</li>
 *   <li><b>Headers</b>: a content security policy that allows scripts, styles and fonts from this server only,
 *       no framing, no sniffing, no referrer, no caching of corpus data.</li>
 * </ul>
 */
final class Guard {
    static final String TOKEN_COOKIE = "seacorpus_token";
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "[::1]");
    private static final java.util.regex.Pattern LOOPBACK_V4 =
            java.util.regex.Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private final ServeOptions options;
    private final String csrf;

    Guard(ServeOptions options, String csrf) {
        this.options = options;
        this.csrf = csrf;
    }

    /** Runs before every handler; a refused request gets its status and message and goes no further. */
    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        if (!ctx.path().startsWith("/assets/")) {
            ctx.header("Cache-Control", "no-store");
        }
        if (options.loopback() && !loopbackHost(ctx.header("Host"))) {
            throw new WebException(403, "this server answers only requests addressed to localhost or 127.0.0.1 "
                    + "(the request named host '" + ctx.header("Host") + "')", true);
        }
        if (options.needsToken() && !tokenAccepted(ctx)) {
            throw new WebException(401, "this server needs its access token: open the address printed by "
                    + "'corpus serve' (it ends in ?token=…), or send 'Authorization: Bearer TOKEN'", true);
        }
        if (ctx.method() == HandlerType.POST) {
            checkOrigin(ctx);
            String given = ctx.header(CSRF_HEADER);
            if (given == null && ctx.isFormUrlencoded()) {
                given = ctx.formParam(CSRF_FIELD);
            }
            if (given == null || !same(given, csrf)) {
                throw new WebException(403, "missing or wrong CSRF token: reload the page and try again (API "
                        + "clients: send the 'csrf' value of GET /api/v1/session as the X-CSRF-Token header)");
            }
        }
    }

    private boolean tokenAccepted(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && same(auth.substring(7).strip(),
                options.token())) {
            return true;
        }
        String cookie = ctx.cookie(TOKEN_COOKIE);
        if (cookie != null && same(cookie, options.token())) {
            return true;
        }
        String query = ctx.queryParam("token");
        if (query != null && same(query, options.token()) && ctx.method() == HandlerType.GET) {
            // a browser opening the printed address: keep the token in a cookie, then drop it from the address
            Cookie kept = new Cookie(TOKEN_COOKIE, options.token());
            kept.setHttpOnly(true);
            kept.setSameSite(SameSite.STRICT);
            kept.setPath("/");
            ctx.cookie(kept);
            if (!ctx.path().startsWith("/api/")) {
                ctx.redirect(ctx.path());
                ctx.skipRemainingHandlers();
            }
            return true;
        }
        return false;
    }

    private void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null")) {
            return; // not a browser, or a browser that sends none: the CSRF token still has to match
        }
        String host = ctx.header("Host");
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            if (host != null && authority != null && authority.equalsIgnoreCase(host)) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // an unreadable Origin is refused below
        }
        throw new WebException(403, "a page from another site (" + origin + ") tried to change this corpus: refused");
    }

    /** True for a Host header naming this machine's loopback interface (any port). */
    static boolean loopbackHost(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            name = close < 0 ? name : name.substring(0, close + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        // a literal 127.x.y.z only: a name such as 127.0.0.1.example.com is exactly what rebinding uses
        return LOOPBACK_NAMES.contains(name) || LOOPBACK_V4.matcher(name).matches();
    }

    static boolean same(String given, String expected) {
        return expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
