package org.seacorpus.document;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a document came from and what its container said about it.
 *
 * @param source   URI of the file (or dataset) it was read from
 * @param part     entry inside an archive or row key inside a dataset; empty for a whole file
 * @param mime     detected media type
 * @param encoding detected or declared charset, empty when the format carries no charset (PDF, DOCX)
 * @param title    title from the format's metadata, or empty
 * @param url      original URL (web pages, WARC records, dataset fields), or empty
 * @param meta     other metadata (author, dates, dataset fields), sorted by key
 */
public record Origin(String source, String part, String mime, String encoding, String title, String url,
                     Map<String, String> meta) {
    public Origin {
        Objects.requireNonNull(source, "source");
        part = part == null ? "" : part;
        mime = mime == null ? "" : mime;
        encoding = encoding == null ? "" : encoding;
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(meta));
    }

    public static Origin of(String source, String part) {
        return new Origin(source, part, "", "", "", "", Map.of());
    }

    public Origin withMime(String newMime) {
        return new Origin(source, part, newMime, encoding, title, url, meta);
    }

    public Origin withEncoding(String newEncoding) {
        return new Origin(source, part, mime, newEncoding, title, url, meta);
    }

    public Origin withTitle(String newTitle) {
        return new Origin(source, part, mime, encoding, newTitle, url, meta);
    }

    public Origin withUrl(String newUrl) {
        return new Origin(source, part, mime, encoding, title, newUrl, meta);
    }

    public Origin withMeta(Map<String, String> newMeta) {
        return new Origin(source, part, mime, encoding, title, url, newMeta);
    }
}
