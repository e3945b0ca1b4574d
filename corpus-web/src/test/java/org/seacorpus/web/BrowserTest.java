package org.seacorpus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.CorpusLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The workbench as a linguist uses it, in a real headless Chromium: search a word inside unspaced Thai, Khmer
 * and Burmese text, see it marked in a concordance whose hits line up in one column, sort by the right context,
 * open the document, tag it, see the tag in its history, undo, and download the hits as CSV and read them back.
 * Also: markup in documents shows as text, and a second writer's lock shows as a message. Screenshots of every
 * page go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static Path home;
    static WebServer server;
    static Browser browser;
    static Http http;
    static String base;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        home = TestCorpus.copy();
        server = WebServer.start(Corpus.open(home), new ServeOptions("127.0.0.1", 0, null, false, true));
        http = new Http(server);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"th, ข้าว, checked-th", "km, កសិករ, checked-km", "my, စပါး, checked-my"})
    @Order(1)
    void searchSortOpenTagUndoAndDownload(String lang, String word, String tag) throws Exception {
        var driver = browser.driver;
        browser.open(base + "/search");
        driver.findElement(By.name("q")).sendKeys(word);
        new Select(driver.findElement(By.name("lang"))).selectByValue(lang);
        driver.findElement(By.cssSelector("form.query button[type=submit]")).click();
        browser.waitFor(By.cssSelector(".kwic .line[data-id]"));

        // every hit is the word, marked, and the hits stand in one column whatever the marks around them
        List<WebElement> hits = driver.findElements(By.cssSelector(".kwic .line[data-id] .hit mark"));
        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(h -> assertThat(h.getText()).isEqualTo(word));
        List<WebElement> cells = driver.findElements(By.cssSelector(".kwic .line[data-id] .hit"));
        int x = cells.get(0).getRect().getX();
        int width = cells.get(0).getRect().getWidth();
        assertThat(cells).allSatisfy(c -> {
            assertThat(c.getRect().getX()).isEqualTo(x);
            assertThat(c.getRect().getWidth()).isEqualTo(width);
        });
        // found inside unspaced text: some hit has letters right before and right after it
        boolean inside = false;
        for (WebElement line : driver.findElements(By.cssSelector(".kwic .line[data-id]"))) {
            String left = line.findElement(By.cssSelector(".left")).getText();
            String right = line.findElement(By.cssSelector(".right")).getText();
            inside |= !left.isEmpty() && !right.isEmpty() && Character.isLetter(left.codePointBefore(left.length()))
                    && Character.isLetter(right.codePointAt(0));
        }
        assertThat(inside).as("a hit inside a run of unspaced text").isTrue();
        String total = driver.findElement(By.id("total")).getText();
        JsonNode api = http.json("/api/v1/kwic?limit=1000&lang=" + lang + "&q=" + Http.q(word));
        assertThat(total).startsWith(api.get("hits_total").asText() + " hit");

        // sort by the right context: the page shows the lines in the order the core sorts them
        new Select(driver.findElement(By.name("sort"))).selectByValue("1R,2R");
        browser.waitFor(By.cssSelector("select[name=sort] option[value='1R,2R'][selected]"));
        List<String> shown = new ArrayList<>();
        for (WebElement line : driver.findElements(By.cssSelector(".kwic .line[data-id]"))) {
            shown.add(line.getAttribute("data-id") + " " + line.findElement(By.cssSelector(".right")).getText());
        }
        JsonNode sorted = http.json("/api/v1/kwic?limit=50&sort=1R,2R&lang=" + lang + "&q=" + Http.q(word));
        List<String> expected = new ArrayList<>();
        for (JsonNode h : sorted.get("hits")) {
            expected.add(h.get("id").asText() + " " + h.get("right").asText().strip());
        }
        assertThat(shown).containsExactlyElementsOf(expected);
        browser.screenshot("search-kwic-" + lang);

        // download the hits as CSV and read them back
        driver.findElement(By.id("download-csv")).click();
        Path csv = browser.download(".csv");
        List<Map<String, String>> rows = readCsv(csv);
        assertThat(rows).hasSize(api.get("hits_total").asInt());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("hit")).isEqualTo(word));
        assertThat(rows.get(0).keySet()).contains("id", "lang", "source", "left", "hit", "right");
        assertThat(rows).extracting(r -> r.get("id") + " " + r.get("right")).startsWith(expected.get(0));
        Files.delete(csv);

        // open the first document: the word is marked in its text
        WebElement first = driver.findElement(By.cssSelector(".kwic .line[data-id] .doc a"));
        String id = driver.findElement(By.cssSelector(".kwic .line[data-id]")).getAttribute("data-id");
        first.click();
        browser.waitFor(By.id("doc-text"));
        assertThat(driver.findElement(By.id("doc-id")).getText()).isEqualTo(id);
        List<WebElement> marks = driver.findElements(By.cssSelector("#doc-text mark"));
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualTo(word));

        // tag it, with a reason; the tag and the reason are in its history
        WebElement tagForm = driver.findElement(By.cssSelector("form.curate-tag"));
        tagForm.findElement(By.name("add")).sendKeys(tag);
        tagForm.findElement(By.name("reason")).sendKeys("read in the browser");
        tagForm.findElement(By.cssSelector("button")).click();
        browser.waitFor(By.id("undo"));
        assertThat(driver.findElement(By.id("doc-tags")).getText()).contains(tag);
        String history = driver.findElement(By.id("history")).getText();
        assertThat(history).contains("curate-tag").contains("+tags " + tag)
                .contains("reason: read in the browser");
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Done: tag +" + tag);
        browser.screenshot("document-" + lang);

        // undo puts it back, and the undo is in the history too
        WebElement tagged = driver.findElement(By.id("doc-text"));
        driver.findElement(By.id("undo")).click();
        browser.waitGone(tagged); // the page before has the same ids: wait for it to be replaced
        browser.waitFor(By.id("doc-text"));
        // the page is reloaded after the undo: wait for the new one rather than read the old one (a race under load)
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.not(
                        org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                                By.id("doc-tags"), tag)));
        assertThat(driver.findElement(By.id("doc-tags")).getText()).doesNotContain(tag);
        assertThat(driver.findElement(By.id("history")).getText()).contains("-tags " + tag)
                .contains("undo of tag +" + tag);
    }

    @Test
    @Order(2)
    void markupInDocumentsShowsAsText() {
        var driver = browser.driver;
        browser.open(base + "/search?lang=en&q=" + Http.q("markup"));
        browser.waitFor(By.cssSelector(".kwic .line[data-id]"));
        browser.open(base + "/search?view=docs&lang=en&q=" + Http.q("markup"));
        assertThat(driver.findElement(By.cssSelector("ol.hits")).getText()).contains(TestCorpus.TITLE);
        driver.findElement(By.cssSelector("ol.hits a")).click();
        browser.waitFor(By.id("doc-text"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(TestCorpus.TITLE);
        String text = driver.findElement(By.id("doc-text")).getText();
        assertThat(text).contains(TestCorpus.SCRIPT).contains(TestCorpus.IMG);
        assertThat(driver.findElement(By.id("metadata")).getText()).contains(TestCorpus.HOSTILE_META);
        assertThat(driver.findElement(By.id("doc-tags")).getText()).contains(TestCorpus.HOSTILE_TAG);
        // none of it became markup: no image, no script but the page's own, no bold tag, no dialog
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("main script, main b"))).isEmpty();
        assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
        assertThat(driver.findElement(By.tagName("script")).getAttribute("src")).endsWith("/assets/app.js");
        assertNoAlert();
        browser.screenshot("xss-document");
        // the query echo is text too
        browser.open(base + "/search?q=" + Http.q(TestCorpus.IMG));
        assertThat(driver.findElement(By.name("q")).getAttribute("value")).isEqualTo(TestCorpus.IMG);
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        assertNoAlert();
    }

    @Test
    @Order(3)
    void aSecondWriterIsShownTheLockMessage() {
        var driver = browser.driver;
        String id = http.json("/api/v1/search?lang=th&limit=1&q=" + Http.q("ข้าว")).get("hits").get(0).get("id")
                .asText();
        browser.open(base + "/doc/" + id);
        try (CorpusLock held = CorpusLock.acquire(home, "import (another process)")) {
            WebElement tagForm = driver.findElement(By.cssSelector("form.curate-tag"));
            tagForm.findElement(By.name("add")).sendKeys("blocked");
            tagForm.findElement(By.cssSelector("button")).click();
            WebElement message = browser.waitFor(By.id("error-message"));
            assertThat(message.getText()).contains("is locked by").contains("import (another process)")
                    .contains("try again");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("The corpus is busy");
            browser.screenshot("lock-error");
        }
    }

    @Test
    @Order(4)
    void everyViewRendersAndIsKeptAsAScreenshot() {
        var driver = browser.driver;
        browser.open(base + "/?quality=th");
        assertThat(driver.findElement(By.id("languages")).getText()).contains("th").contains("km").contains("my");
        assertThat(driver.findElements(By.cssSelector("#quality-th svg .threshold"))).isNotEmpty();
        browser.screenshot("dashboard");
        browser.open(base + "/stats/freq?lang=th&top=20");
        assertThat(driver.findElements(By.cssSelector("table.data tbody tr"))).hasSize(20);
        driver.findElement(By.cssSelector("th a[data-sort=docs]")).click();
        browser.waitFor(By.cssSelector("th.sorted a[data-sort=docs]"));
        assertThat(driver.getCurrentUrl()).contains("order=docs");
        browser.screenshot("stats-freq");
        browser.open(base + "/stats/collocations?lang=th&window=3&word=" + Http.q("ข้าว"));
        assertThat(driver.findElement(By.id("summary")).getText()).contains("collocates of ข้าว");
        assertThat(driver.findElements(By.cssSelector("svg.bars rect.bar"))).isNotEmpty();
        browser.screenshot("stats-collocations");
        browser.open(base + "/stats/keyness?focus=lang:th&reference=lang:km&top=10");
        assertThat(driver.findElements(By.cssSelector("table.data"))).hasSize(2);
        browser.open(base + "/history");
        assertThat(driver.findElement(By.cssSelector("table.history")).getText()).contains("import");
        browser.screenshot("history");
        browser.open(base + "/api");
        browser.screenshot("api");
        driver.get(base + "/api/v1/kwic?lang=th&limit=2&q=" + Http.q("ข้าว"));
        assertThat(browser.waitFor(By.tagName("body")).getText()).contains("\"hits_total\"");
    }

    private static void assertNoAlert() {
        try {
            browser.driver.switchTo().alert();
            throw new AssertionError("a dialog opened: markup from a document ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    static List<Map<String, String>> readCsv(Path csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            int bom = reader.read();
            assertThat(bom).as("CSV starts with a byte-order mark for spreadsheets").isEqualTo(0xFEFF);
            MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(reader);
            return it.readAll();
        }
    }
}
