package org.seacorpus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The dedupe rows of the {@code bin/bench} report: seacorpus against datasketch's MinHash LSH on the same corpus,
 * in the same run. seacorpus's CPU time is the signatures phase (the dedupe keys import computes, timed alone) plus
 * the whole dedupe process; datasketch's is its MinHash and LSH work on shingles handed to it (its input reading is
 * shown apart). Precision, recall and F1 are pairwise, at the threshold (the exact-Jaccard definition of
 * docs/dedupe.md). Then the growth of the dedupe phases between two scales.
 */
final class DedupeTable {
    private DedupeTable() {
    }

    static void append(StringBuilder md, Path scale, long documents) {
        JsonNode sig = read(scale, "signatures");
        JsonNode near = read(scale, "dedupe-near");
        JsonNode all = read(scale, "dedupe");
        line(md, "#### Dedupe against datasketch, %,d documents", documents);
        line(md, "");
        line(md, "| tool, task, input | CPU s (signatures + dedupe) | docs / CPU s | × datasketch (128, same shingles) "
                + "| × datasketch (128, whitespace) | wall s | at threshold P / R / F1 | peak heap or RSS MB | load |");
        line(md, "|---|---|---|---|---|---|---|---|---|");
        double base = rate(read(scale, "datasketch-segmenter-128"), "docs_per_cpu_second");
        double whitespace = rate(read(scale, "datasketch-whitespace-128"), "docs_per_cpu_second");
        double fromShingles = ours(md, "seacorpus, near only, from shingle hashes (datasketch's task on the same "
                + "shingles)", sig, "from_shingles_cpu_seconds", near, read(scale, "evaluate-near"), base, whitespace);
        double fromWords = ours(md, "seacorpus, near only, from the segmenter's words (shingling included)", sig,
                "near_keys_cpu_seconds", near, read(scale, "evaluate-near"), base, whitespace);
        ours(md, "seacorpus, exact + near + lines, from words (every key import computes)", sig, "keys_cpu_seconds",
                all, read(scale, "evaluate"), base, whitespace);
        for (String setting : List.of("segmenter-128", "segmenter-256", "whitespace-128")) {
            JsonNode ds = read(scale, "datasketch-" + setting);
            if (ds.has("skipped")) {
                line(md, "| datasketch %s | skipped: %s | | | | | | | |", setting, ds.get("skipped").asText());
                continue;
            }
            JsonNode eval = read(scale, "datasketch-" + setting + "-evaluate").path("at_threshold").path("overall");
            double rate = rate(ds, "docs_per_cpu_second");
            line(md, "| datasketch, %s permutations, %s shingles (bands × rows %s × %s; reading %s CPU s apart) "
                            + "| %s | %s | %s | %s | %s | %s / %s / %s | %s (RSS) | %s |", num(ds, "num_perm"),
                    num(ds, "shingles"), num(ds, "bands"), num(ds, "rows"), num(ds, "read_cpu_seconds"),
                    num(ds, "work_cpu_seconds"), num(ds, "docs_per_cpu_second"), fmt(rate / base, 2),
                    fmt(rate / whitespace, 2), num(ds, "seconds"), num(eval, "precision"), num(eval, "recall"),
                    num(eval, "f1"), num(ds, "peak_rss_mb"), num(ds, "load_average"));
        }
        line(md, "");
        line(md, "Near duplicates in documents per CPU second: from the same shingles seacorpus is **%s×** datasketch "
                + "(128 permutations); from words against datasketch from whitespace-split text, **%s×**.",
                fmt(fromShingles / base, 1), fmt(fromWords / whitespace, 1));
        line(md, "");
    }

    /** One seacorpus row; returns its documents per CPU second. */
    private static double ours(StringBuilder md, String label, JsonNode sig, String keysField, JsonNode dedupe,
                               JsonNode eval, double base, double whitespace) {
        double keys = sig.path(keysField).asDouble(Double.NaN);
        double job = dedupe.path("cpu_seconds").asDouble(Double.NaN);
        double docs = dedupe.path("documents").asDouble(Double.NaN);
        double rate = docs / (keys + job);
        JsonNode at = eval.path("at_threshold").path("overall");
        line(md, "| %s | %s + %s = %s | %s | %s | %s | %s | %s / %s / %s | %s (live %s) | %s |", label, fmt(keys, 1),
                fmt(job, 1), fmt(keys + job, 1), fmt(rate, 0), fmt(rate / base, 2), fmt(rate / whitespace, 2),
                num(dedupe, "seconds"),
                num(at, "precision"), num(at, "recall"), num(at, "f1"), num(dedupe, "peak_heap_mb"),
                num(dedupe, "max_live_heap_mb"), num(dedupe, "load_average"));
        return rate;
    }

    /** Growth of the dedupe phases between two scales (CPU per document, and peak heap). */
    static void growth(StringBuilder md, Path small, Path large, double factor) {
        for (String phase : List.of("signatures", "dedupe-near", "dedupe")) {
            JsonNode a = read(small, phase);
            JsonNode b = read(large, phase);
            String cpu = phase.equals("signatures") ? "keys_cpu_seconds" : "cpu_seconds";
            double ca = a.path(cpu).asDouble(Double.NaN);
            double cb = b.path(cpu).asDouble(Double.NaN);
            line(md, "| %s | %s | %s | %s | %s |", phase, fmt(ca, 1), fmt(cb, 1), fmt(cb / ca, 1),
                    fmt(cb / ca / factor, 2));
        }
    }

    private static double rate(JsonNode n, String field) {
        return n.path(field).asDouble(Double.NaN);
    }

    private static JsonNode read(Path scale, String phase) {
        Path file = scale.resolve(phase + ".json");
        try {
            return Files.exists(file) && Files.size(file) > 0 ? BenchCommand.JSON.readTree(file.toFile())
                    : MissingNode.getInstance();
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static String num(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return "—";
        }
        if (v.isIntegralNumber()) {
            return String.format(Locale.ROOT, "%,d", v.asLong());
        }
        if (v.isNumber()) {
            double d = v.asDouble();
            return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%,.0f", d) : fmt(d, d < 1 ? 3 : 1);
        }
        return v.asText();
    }

    private static String fmt(double d, int digits) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "—" : String.format(Locale.ROOT, "%,." + digits + "f", d);
    }

    private static void line(StringBuilder md, String format, Object... args) {
        md.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
