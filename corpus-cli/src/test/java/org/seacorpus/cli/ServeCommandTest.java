package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code corpus serve} and {@code corpus report} from the command line: the server starts on the corpus, prints
 * the address to open and answers it; the REST API answers in exactly the JSON the CLI prints with
 * {@code --json} (every field the CLI prints, with the same value); the report is written.
 */
class ServeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static String corpus;
    static Thread serving;
    static StringWriter out = new StringWriter();
    static AtomicInteger exit = new AtomicInteger(-1);
    static String base;

    @BeforeAll
    static void serve() throws Exception {
        corpus = tmp.resolve("corpus").toString();
        assertThat(CliRunner.run("-q", "init", corpus, "--name", "cli-serve").exitCode()).isZero();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("th-rice.txt"), "ชาวนาในภาคอีสานปลูกข้าวหอมมะลิ ข้าวหอมมะลิมีกลิ่นหอมและราคาดี "
                + "ปีนี้ฝนตกน้อย ชาวนาจึงกังวลเรื่องน้ำ");
        Files.writeString(in.resolve("th-market.txt"), "แม่ค้าขายข้าวเหนียวมะม่วงที่ตลาดเช้า นักท่องเที่ยวชอบกินข้าวเหนียวมะม่วงมาก");
        Files.writeString(in.resolve("km-market.txt"), "តម្លៃអង្ករនៅផ្សារថ្ងៃនេះឡើងខ្ពស់ ប្រជាជនទិញអង្ករតិចជាងមុន។");
        assertThat(CliRunner.run("-C", corpus, "-q", "import", in.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("-C", corpus, "-q", "tag", "--lang", "th", "--query", "ข้าว", "--add", "rice")
                .exitCode()).isZero();
        serving = new Thread(() -> exit.set(CorpusCommand.execute(new String[] {"-C", corpus, "serve", "--port",
            "0", "--allow-curation"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))));
        serving.start();
        Pattern open = Pattern.compile("open (http://127\\.0\\.0\\.1:\\d+/)");
        for (int i = 0; i < 600 && base == null; i++) {
            Matcher m = open.matcher(out.toString());
            if (m.find()) {
                base = m.group(1);
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(base).as("serve printed the address: " + out).isNotNull();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        serving.interrupt();
        serving.join(30_000);
    }

    @Test
    void theServerAnswersItsAddress() throws Exception {
        HttpResponse<String> page = get("");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("cli-serve").contains("curation on");
    }

    @Test
    void searchKwicStatsAndHistoryHaveTheCliJsonShapes() throws Exception {
        same(CliRunner.run("-C", corpus, "search", "--format", "json", "--lang", "th", "--facet", "lang", "ข้าว"),
                "api/v1/search?lang=th&facet=lang&q=" + enc("ข้าว"));
        same(CliRunner.run("-C", corpus, "search", "--kwic", "--format", "json", "--sort", "1R", "--context", "3",
                "--lang", "th", "ข้าว"), "api/v1/kwic?lang=th&sort=1R&context=3&q=" + enc("ข้าว"));
        same(CliRunner.run("-C", corpus, "--json", "stats"), "api/v1/stats");
        same(CliRunner.run("-C", corpus, "--json", "stats", "freq", "--lang", "th", "--top", "5"),
                "api/v1/stats/freq?lang=th&top=5");
        same(CliRunner.run("-C", corpus, "--json", "stats", "ngrams", "--lang", "th", "--n", "2..3", "--top", "4"),
                "api/v1/stats/ngrams?lang=th&n=2..3&top=4");
        same(CliRunner.run("-C", corpus, "--json", "stats", "collocations", "ข้าว", "--lang", "th", "--min", "1"),
                "api/v1/stats/collocations?lang=th&min=1&word=" + enc("ข้าว"));
        same(CliRunner.run("-C", corpus, "--json", "history"), "api/v1/runs");
    }

    @Test
    void reportWritesTheDashboard() throws Exception {
        Path report = tmp.resolve("out/report.html");
        CliRunner.Result result = CliRunner.run("-C", corpus, "report", "--out", report.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("wrote").contains("KiB");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("cli-serve").contains("km Khmer");
        CliRunner.Result missing = CliRunner.run("-C", corpus, "report");
        assertThat(missing.exitCode()).isEqualTo(2);
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRunner.Result shortToken = CliRunner.run("-C", corpus, "serve", "--token", "abc");
        assertThat(shortToken.exitCode()).isEqualTo(2);
        assertThat(shortToken.err()).contains("--token is 3 characters long");
        CliRunner.Result noCorpus = CliRunner.run("-C", tmp.resolve("nothing").toString(), "serve", "--port", "0");
        assertThat(noCorpus.exitCode()).isEqualTo(3);
        assertThat(noCorpus.err()).contains("no corpus at");
    }

    /** Every field the CLI printed is in the API's answer with the same value. */
    private static void same(CliRunner.Result cli, String path) throws Exception {
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        HttpResponse<String> api = get(path);
        assertThat(api.statusCode()).as(path + ": " + api.body()).isEqualTo(200);
        contains(JSON.readTree(api.body()), cli.json(), path);
    }

    private static void contains(JsonNode api, JsonNode cli, String where) {
        if (cli.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = cli.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("record") || field.getKey().equals("file")) {
                    continue;
                }
                assertThat(api.has(field.getKey())).as(where + " has " + field.getKey()).isTrue();
                contains(api.get(field.getKey()), field.getValue(), where + "." + field.getKey());
            }
        } else if (cli.isArray()) {
            assertThat(api.size()).as(where + " size").isEqualTo(cli.size());
            for (int i = 0; i < cli.size(); i++) {
                contains(api.get(i), cli.get(i), where + "[" + i + "]");
            }
        } else if (cli.isNumber()) {
            assertThat(api.asDouble()).as(where).isCloseTo(cli.asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        } else {
            assertThat(api).as(where).isEqualTo(cli);
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
