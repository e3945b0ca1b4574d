package org.seacorpus.lang.identify;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes {@link NgramModel}s as plain UTF-8 text, tab-separated, one feature per line, so that a model
 * can be read, diffed and versioned like any data file ({@code .gz} names are compressed transparently):
 *
 * <pre>
 * seacorpus-langid-ngram	1
 * # free comment lines start with '#'
 * max_order	5
 * alpha	0.5
 * temperature	8.0
 * labels	ceb	en	fil	id	…
 * scripts	Latn	Latn	Latn	Latn	…
 * totals	0	&lt;words of ceb&gt;	&lt;words of en&gt;	…        (one line per order, 0 = words)
 * 3	_ng	12	0	40	…                            (order, feature, count per label)
 * </pre>
 * Features are written sorted by order then feature, so the same training text always gives the same file.
 */
public final class NgramModelFormat {
    public static final String MAGIC = "seacorpus-langid-ngram";
    public static final int VERSION = 1;

    private NgramModelFormat() {
    }

    public static NgramModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, file.toString());
        }
    }

    /** Reads a model; {@code name} says in error messages which file was wrong. */
    public static NgramModel read(InputStream in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = reader.readLine();
        if (first == null || !first.startsWith(MAGIC + "\t")) {
            throw new IOException(name + " is not a seacorpus language-ID model (first line should be '" + MAGIC
                    + "<TAB>" + VERSION + "'); train one with 'corpus langid train'");
        }
        int version = Integer.parseInt(first.substring(MAGIC.length() + 1).strip());
        if (version > VERSION) {
            throw new IOException(name + " is a model of format " + version + ", newer than this build reads ("
                    + VERSION + "); upgrade seacorpus or retrain the model");
        }
        Map<String, String[]> header = new HashMap<>();
        List<Map<String, int[]>> counts = null;
        long[][] totals = null;
        int labels = 0;
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                if (counts == null && !Character.isDigit(f[0].charAt(0)) && !f[0].equals("totals")) {
                    header.put(f[0], Arrays.copyOfRange(f, 1, f.length));
                    continue;
                }
                if (counts == null) {
                    int maxOrder = Integer.parseInt(one(header, "max_order", name));
                    labels = need(header, "labels", name).length;
                    counts = new ArrayList<>();
                    for (int o = 0; o <= maxOrder; o++) {
                        counts.add(new HashMap<>());
                    }
                    totals = new long[maxOrder + 1][];
                }
                if (f[0].equals("totals")) {
                    totals[Integer.parseInt(f[1])] = Arrays.stream(f, 2, f.length).mapToLong(Long::parseLong)
                            .toArray();
                    continue;
                }
                if (f.length != labels + 2) {
                    throw new IllegalArgumentException("expected order, feature and " + labels + " counts");
                }
                int[] c = new int[labels];
                for (int l = 0; l < labels; l++) {
                    c[l] = Integer.parseInt(f[l + 2]);
                }
                counts.get(Integer.parseInt(f[0])).put(f[1], c);
            } catch (RuntimeException e) {
                throw new IOException(name + " line " + lineNo + " is malformed (" + e.getMessage() + "): "
                        + abbreviate(line), e);
            }
        }
        if (counts == null || Arrays.stream(totals).anyMatch(t -> t == null)) {
            throw new IOException(name + " has no counts or misses a 'totals' line: the file is truncated");
        }
        return new NgramModel(List.of(need(header, "labels", name)), List.of(need(header, "scripts", name)),
                counts.size() - 1, Double.parseDouble(one(header, "alpha", name)),
                Double.parseDouble(one(header, "temperature", name)), counts, totals);
    }

    public static void write(NgramModel model, Path file, String comment) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            OutputStream target = file.toString().endsWith(".gz") ? new GZIPOutputStream(out) : out;
            write(model, new OutputStreamWriter(target, StandardCharsets.UTF_8), comment);
            target.flush();
            if (target != out) {
                ((GZIPOutputStream) target).finish();
            }
        }
    }

    public static void write(NgramModel model, Writer writer, String comment) throws IOException {
        BufferedWriter out = new BufferedWriter(writer);
        out.write(MAGIC + "\t" + VERSION + "\n");
        if (comment != null) {
            for (String c : comment.split("\\R")) {
                out.write("# " + c + "\n");
            }
        }
        out.write("max_order\t" + model.maxOrder() + "\n");
        out.write("alpha\t" + model.alpha() + "\n");
        out.write("temperature\t" + model.temperature() + "\n");
        out.write("labels\t" + String.join("\t", model.labels()) + "\n");
        out.write("scripts\t" + String.join("\t", model.scripts()) + "\n");
        int labels = model.labels().size();
        for (int order = 0; order <= model.maxOrder(); order++) {
            out.write("totals\t" + order);
            for (int l = 0; l < labels; l++) {
                out.write("\t" + model.total(order, l));
            }
            out.write("\n");
        }
        for (int order = 0; order <= model.maxOrder(); order++) {
            Map<String, int[]> table = model.counts(order);
            List<String> grams = new ArrayList<>(table.keySet());
            grams.sort(null);
            for (String gram : grams) {
                StringBuilder row = new StringBuilder().append(order).append('\t').append(gram);
                for (int c : table.get(gram)) {
                    row.append('\t').append(c);
                }
                out.write(row.append('\n').toString());
            }
        }
        out.flush();
    }

    private static String[] need(Map<String, String[]> header, String key, String name) throws IOException {
        String[] v = header.get(key);
        if (v == null || v.length == 0) {
            throw new IOException(name + " has no '" + key + "' line in its header");
        }
        return v;
    }

    private static String one(Map<String, String[]> header, String key, String name) throws IOException {
        return need(header, key, name)[0];
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 80) + "…";
    }
}
