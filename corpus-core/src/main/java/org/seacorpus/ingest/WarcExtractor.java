package org.seacorpus.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.seacorpus.document.Document;

/**
 * Web archives (WARC, plain or gzip per record, read with jwarc): each successful HTTP response whose payload is
 * a document (HTML, plain text, PDF, office formats…) becomes a document, parsed by Tika with the HTTP
 * Content-Type as a hint (web pages in the region often declare windows-874 or windows-1258 only there). The part
 * is the target URI, which is also the document's {@code url}; the capture date and record id are kept as
 * metadata. Redirects, errors and media (images, audio, video, fonts, scripts) carry no text and are skipped.
 */
public final class WarcExtractor implements Extractor {
    private final TikaExtractor tika;
    private final ImportLimits limits;

    public WarcExtractor(TikaExtractor tika, ImportLimits limits) {
        this.tika = tika;
        this.limits = limits;
    }

    @Override
    public boolean accepts(InputItem item) {
        String name = item.lowerName();
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    @Override
    public void extract(InputItem item, ExtractionSink sink) throws ExtractionException {
        int responses = 0;
        try (InputStream in = item.open(); WarcReader reader = new WarcReader(in)) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response) {
                    responses++;
                    extractResponse(item, response, sink);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("cannot read web archive: " + TikaExtractor.rootMessage(e), e);
        }
        if (responses == 0) {
            throw new ExtractionException(ImportFailure.Kind.NO_DOCUMENTS, "web archive holds no response records");
        }
    }

    private void extractResponse(InputItem warc, WarcResponse response, ExtractionSink sink) throws IOException {
        String uri = response.target();
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException e) {
            sink.failure(uri, "unreadable HTTP response: " + FailureReason.of(e));
            return;
        }
        MediaType type = http.contentType();
        if (http.status() != 200 || !isDocument(type)) {
            return;
        }
        byte[] body;
        try (InputStream in = http.body().stream()) {
            body = readBounded(in);
        }
        if (body == null) {
            sink.failure(uri, ImportFailure.Kind.TOO_LARGE, limits.fileTooLarge("payload", -1));
            return;
        }
        InputItem page = new InputItem(warc.source(), uri, nameFor(uri, type), body.length, null, body);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("warc_date", response.date().toString());
        meta.put("warc_record_id", response.id().toString());
        meta.put("http_content_type", type.toString());
        ExtractionSink withUrl = new ExtractionSink() {
            @Override
            public void document(Document doc) {
                Map<String, String> merged = new LinkedHashMap<>(doc.origin().meta());
                merged.putAll(meta);
                sink.document(new Document(doc.id(), doc.origin().withUrl(uri).withMeta(merged), doc.text(), null,
                        null, null, null, null));
            }

            @Override
            public void failure(String part, String error) {
                sink.failure(part, error);
            }

            @Override
            public void failure(String part, ImportFailure.Kind kind, String error) {
                sink.failure(part, kind, error);
            }
        };
        try {
            tika.extract(page, type.toString(), withUrl);
        } catch (ExtractionException e) {
            sink.failure(uri, e.kind(), e.getMessage());
        }
    }

    private static boolean isDocument(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return !(base.startsWith("image/") || base.startsWith("audio/") || base.startsWith("video/")
                || base.startsWith("font/") || base.contains("javascript") || base.equals("text/css")
                || base.equals("application/json") || base.equals("application/octet-stream"));
    }

    /** A file name for Tika's detection: the URL's last path segment, or one made from the media type. */
    private static String nameFor(String uri, MediaType type) {
        String path = "";
        try {
            path = URI.create(uri).getPath();
        } catch (IllegalArgumentException e) {
            // a malformed target URI: fall back to the media type
        }
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".")) {
            return last;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.contains("html") ? "page.html" : base.equals("text/plain") ? "page.txt" : "page";
    }

    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > limits.maxFileBytes()) {
                return null;
            }
        }
        return out.toByteArray();
    }
}
