package org.seacorpus.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.web.ui.Dashboard;
import org.seacorpus.web.ui.Page;
import org.seacorpus.web.ui.Views;

/**
 * {@code corpus report --out report.html}: the dashboard of {@code corpus serve} as one self-contained HTML
 * file, for CI artefacts and for people without the server. Styles, fonts (as data URIs) and charts (inline
 * SVG) are inside the file; it loads nothing and runs no script. Written to a temporary file beside the target
 * and moved into place, so a reader never sees half a report.
 */
public final class ReportWriter {
    private static final Pattern FONT_URL = Pattern.compile("url\\(fonts/([a-z0-9-]+\\.woff2)\\)");

    private ReportWriter() {
    }

    /** Writes the report and returns its size in bytes. */
    public static long write(Corpus corpus, Path out) throws IOException {
        String html = render(corpus);
        Path target = out.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, ".report-", ".html.tmp");
        try {
            Files.writeString(temp, html, StandardCharsets.UTF_8);
            readableByAll(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return Files.size(target);
    }

    /** A temporary file is private (0600); the report is an ordinary file, readable as any other (0644). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** The report as HTML. */
    public static String render(Corpus corpus) throws IOException {
        Dashboard dashboard = Dashboard.of(corpus);
        Page page = new Page("Report", "dashboard", dashboard.corpus(), false, "", null, "", inlineCss());
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("page", page);
        model.put("view", dashboard);
        model.put("open", null);
        return Views.render("dashboard.jte", model);
    }

    /** The fonts (each woff2 file as a data URI) and the style sheet, for a {@code <style>} element. */
    static String inlineCss() throws IOException {
        String fonts = resource("fonts.css");
        Matcher m = FONT_URL.matcher(fonts);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            byte[] font = bytes("fonts/" + m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement("url(data:font/woff2;base64,"
                    + Base64.getEncoder().encodeToString(font) + ")"));
        }
        m.appendTail(out);
        return out + "\n" + resource("app.css");
    }

    private static String resource(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = ReportWriter.class.getResourceAsStream("/web/assets/" + name)) {
            if (in == null) {
                throw new IOException("this build lacks /web/assets/" + name);
            }
            return in.readAllBytes();
        }
    }
}
