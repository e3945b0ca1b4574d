package org.seacorpus.web;

import java.util.ArrayList;
import java.util.List;

import io.javalin.http.Context;

/** Reads request parameters (query string or form) with clear errors naming the parameter. */
public final class Params {
    private Params() {
    }

    /** A parameter from the query string or, for a form POST, the form; blank counts as absent. */
    public static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null && ctx.isFormUrlencoded()) {
            value = ctx.formParam(name);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Every non-blank value of a repeatable parameter. */
    public static List<String> all(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        List<String> values = new ArrayList<>(ctx.queryParams(name));
        if (ctx.isFormUrlencoded()) {
            values.addAll(ctx.formParams(name));
        }
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    /** Values of a repeatable parameter, each also split at commas ({@code facet=lang,source}). */
    public static List<String> list(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : all(ctx, name)) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new WebException(400, "parameter '" + name + "' must be a whole number, not '" + value + "'");
        }
        if (n < min || n > max) {
            throw new WebException(400, "parameter '" + name + "' must be between " + min + " and " + max
                    + ", not " + n);
        }
        return n;
    }

    public static double decimal(Context ctx, String name, double fallback) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new WebException(400, "parameter '" + name + "' must be a number, not '" + value + "'");
        }
    }

    public static boolean flag(Context ctx, String name) {
        String value = text(ctx, name);
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true") || value.equals("on")
                || value.equalsIgnoreCase("yes"));
    }

    public static String required(Context ctx, String name, String what) {
        String value = text(ctx, name);
        if (value == null) {
            throw new WebException(400, "parameter '" + name + "' is missing: " + what);
        }
        return value;
    }
}
