package org.seacorpus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.corpus.Corpus;

/**
 * Who may talk to the server and what it accepts: loopback by default, a token required beyond it (and on
 * loopback when given), requests addressed to another host refused (DNS rebinding), read-only unless curation
 * is allowed, and every piece of text escaped in the HTML itself.
 */
class SecurityTest {
    static final String TOKEN = "a-token-long-enough-1234";

    @Test
    void loopbackNeedsNoTokenAndOtherAddressesGetOne() {
        ServeOptions local = ServeOptions.resolve(null, 8080, null, false);
        assertThat(local.host()).isEqualTo("127.0.0.1");
        assertThat(local.needsToken()).isFalse();
        assertThat(ServeOptions.resolve("localhost", 8080, null, false).needsToken()).isFalse();
        assertThat(ServeOptions.resolve("127.0.0.2", 8080, null, false).needsToken()).isFalse();
        assertThat(ServeOptions.resolve("::1", 8080, null, false).needsToken()).isFalse();

        ServeOptions open = ServeOptions.resolve("0.0.0.0", 8080, null, true);
        assertThat(open.needsToken()).isTrue();
        assertThat(open.tokenGenerated()).isTrue();
        assertThat(open.token()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(ServeOptions.resolve("0.0.0.0", 8080, null, true).token()).isNotEqualTo(open.token());

        ServeOptions given = ServeOptions.resolve("192.0.2.10", 8080, TOKEN, false);
        assertThat(given.token()).isEqualTo(TOKEN);
        assertThat(given.tokenGenerated()).isFalse();
        assertThatThrownBy(() -> ServeOptions.resolve("0.0.0.0", 8080, "short", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> ServeOptions.resolve(null, 70_000, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port");
    }

    @Test
    void onlyLoopbackHostHeadersAreServedOnLoopback() {
        assertThat(Guard.loopbackHost("127.0.0.1:8080")).isTrue();
        assertThat(Guard.loopbackHost("localhost:8080")).isTrue();
        assertThat(Guard.loopbackHost("LOCALHOST")).isTrue();
        assertThat(Guard.loopbackHost("[::1]:8080")).isTrue();
        assertThat(Guard.loopbackHost("127.0.0.1.evil.example:8080")).isFalse();
        assertThat(Guard.loopbackHost("evil.example")).isFalse();
        assertThat(Guard.loopbackHost("")).isFalse();
        assertThat(Guard.loopbackHost(null)).isFalse();
    }

    @Test
    void withATokenEveryRequestNeedsIt() {
        try (WebServer server = WebServer.start(Corpus.open(TestCorpus.shared()),
                new ServeOptions("127.0.0.1", 0, TOKEN, false, false))) {
            Http http = new Http(server);
            for (String path : List.of("/", "/search?q=rice", "/api/v1/stats", "/api/v1/session",
                    "/api/v1/openapi.json", "/doc/abcdef", "/assets/app.css")) {
                HttpResponse<String> refused = http.get(path);
                assertThat(refused.statusCode()).as(path).isEqualTo(401);
                assertThat(refused.body()).as(path).doesNotContain("web-test").doesNotContain("csrf\"");
            }
            assertThat(http.get("/api/v1/stats", "Authorization", "Bearer wrong-token-1234567").statusCode())
                    .isEqualTo(401);
            assertThat(http.get("/api/v1/stats", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
            // a browser opening the printed address gets a cookie and an address without the token
            HttpResponse<String> opened = http.get("/?token=" + TOKEN);
            assertThat(opened.statusCode()).isEqualTo(302);
            assertThat(opened.headers().firstValue("Location")).hasValue("/");
            String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("seacorpus_token=" + TOKEN).containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict");
            assertThat(http.get("/", "Cookie", "seacorpus_token=" + TOKEN).statusCode()).isEqualTo(200);
            assertThat(server.url()).endsWith("/?token=" + TOKEN);
        }
    }

    @Test
    void readOnlyRefusesCurationAndShowsNoForms() {
        try (WebServer server = WebServer.start(Corpus.open(TestCorpus.shared()), ServeOptions.local(0))) {
            Http http = new Http(server);
            String id = http.json("/api/v1/search?lang=th&limit=1&q=" + Http.q("ข้าว")).get("hits").get(0)
                    .get("id").asText();
            HttpResponse<String> refused = http.postJson("/api/v1/curation/tag", Http.body("ids", List.of(id),
                    "add", List.of("x")), "X-CSRF-Token", http.csrf());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("read-only").contains("--allow-curation");
            String page = http.get("/doc/" + id).body();
            assertThat(page).doesNotContain("form method=\"post\"").contains("read-only");
            assertThat(http.get("/api/v1/documents/" + id).body()).doesNotContain("\"x\"");
        }
    }

    @Test
    void requestsForAnotherHostAreRefused() {
        try (WebServer server = WebServer.start(Corpus.open(TestCorpus.shared()), ServeOptions.local(0))) {
            // java.net.http will not set Host; a raw request does what a rebinding page's browser does
            String answer = RawHttp.get(server.port(), "/api/v1/stats", "evil.example:" + server.port());
            assertThat(answer).startsWith("HTTP/1.1 403").contains("localhost or 127.0.0.1");
            assertThat(RawHttp.get(server.port(), "/api/v1/stats", "localhost:" + server.port()))
                    .startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void theHtmlItselfEscapesDocumentTextMetadataTagsAndQueries() {
        try (WebServer server = WebServer.start(Corpus.open(TestCorpus.shared()), ServeOptions.local(0))) {
            Http http = new Http(server);
            String id = http.json("/api/v1/search?lang=en&q=markup").get("hits").get(0).get("id").asText();
            String doc = http.get("/doc/" + id + "?q=markup").body();
            assertThat(doc).doesNotContain(TestCorpus.SCRIPT).doesNotContain("<img").doesNotContain("<b>tag")
                    .contains("&lt;script&gt;alert('xss-text')&lt;/script&gt;")
                    .contains("\"&gt;&lt;img src=x onerror=alert('xss-attr')&gt;")
                    .contains("&lt;b&gt;tag&lt;/b&gt;");
            String search = http.get("/search?view=docs&q=" + Http.q(TestCorpus.IMG + " markup")).body();
            assertThat(search).doesNotContain("<img").doesNotContain("onerror=alert('xss-attr')>");
            assertThat(http.get("/").body()).doesNotContain("<img");
            assertThat(http.get("/history").body()).doesNotContain("<b>tag");
            String headers = http.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(headers).contains("script-src 'self'").contains("frame-ancestors 'none'");
        }
    }
}
