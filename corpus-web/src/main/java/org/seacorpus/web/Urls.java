package org.seacorpus.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the address of a view from its parameters, so that every view's URL reproduces it. Values are
 * percent-encoded here; the templates escape the result again for the HTML attribute.
 */
public final class Urls {
    private final String path;
    private final List<String[]> pairs = new ArrayList<>();

    private Urls(String path) {
        this.path = path;
    }

    /** An address on {@code path}, which may already carry a query string (parameters are then appended). */
    public static Urls to(String path) {
        return new Urls(path);
    }

    /** Adds {@code name=value} unless the value is null or blank. */
    public Urls with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            pairs.add(new String[] {name, value.toString()});
        }
        return this;
    }

    public Urls withAll(String name, List<String> values) {
        values.forEach(v -> with(name, v));
        return this;
    }

    /** Adds the value only when it differs from the default (keeps addresses short). */
    public Urls withIf(String name, Object value, Object defaultValue) {
        return value == null || value.equals(defaultValue) ? this : with(name, value);
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A path segment (a document id, a cluster id), encoded. */
    public static String segment(String s) {
        return encode(s);
    }

    @Override
    public String toString() {
        if (pairs.isEmpty()) {
            return path;
        }
        StringBuilder out = new StringBuilder(path).append(path.indexOf('?') >= 0 ? '&' : '?');
        for (int i = 0; i < pairs.size(); i++) {
            if (i > 0) {
                out.append('&');
            }
            out.append(encode(pairs.get(i)[0])).append('=').append(encode(pairs.get(i)[1]));
        }
        return out.toString();
    }
}
