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
        NgramModel.Loader[] loader = new NgramModel.Loader[1];
        Header h = parse(in, name, header -> loader[0] = new NgramModel.Loader(header.maxOrder(),
                header.labels().size()), (order, feature, c) -> loader[0].add(order, feature, c, 0));
        return new NgramModel(h.labels(), h.scripts(), h.maxOrder(), h.alpha(), h.temperature(), h.totals(), null,
                loader[0]);
    }

    /**
     * Reads a model file's counts as they are written (feature → count per label, per order): what training needs
     * to add new text to a model. A model read with {@link #read} keeps only its log-probabilities.
     */
    public static NgramModel readCounts(InputStream in, String name, NgramModelTrainer into) throws IOException {
        List<Map<String, int[]>> counts = new ArrayList<>();
        Header h = parse(in, name, header -> {
            for (int o = 0; o <= header.maxOrder(); o++) {
                counts.add(new HashMap<>());
            }
        }, (order, feature, c) -> counts.get(order).put(feature, c.clone()));
        NgramModel model = new NgramModel(h.labels(), h.scripts(), h.maxOrder(), h.alpha(), h.temperature(), counts,
                h.totals());
        if (into != null) {
            into.addCounts(model);
        }
        return model;
    }

    /** What a model file's header says. */
    private record Header(List<String> labels, List<String> scripts, int maxOrder, double alpha, double temperature,
                          long[][] totals) {
    }

    /** Receives each feature line: order, feature, counts (the array is reused between calls). */
    @FunctionalInterface
    private interface FeatureLine {
        void accept(int order, String feature, int[] counts);
    }

    private static Header parse(InputStream in, String name, java.util.function.Consumer<Header> start,
                                FeatureLine sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
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
        Header h = null;
        int[] c = null;
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (h == null && !Character.isDigit(line.charAt(0)) && !line.startsWith("totals\t")) {
                    String[] f = line.split("\t", -1);
                    header.put(f[0], Arrays.copyOfRange(f, 1, f.length));
                    continue;
                }
                if (h == null) {
                    int maxOrder = Integer.parseInt(one(header, "max_order", name));
                    h = new Header(List.of(need(header, "labels", name)), List.of(need(header, "scripts", name)),
                            maxOrder, Double.parseDouble(one(header, "alpha", name)),
                            Double.parseDouble(one(header, "temperature", name)), new long[maxOrder + 1][]);
                    c = new int[h.labels().size()];
                    start.accept(h);
                }
                if (line.startsWith("totals\t")) {
                    String[] f = line.split("\t", -1);
                    h.totals()[Integer.parseInt(f[1])] = Arrays.stream(f, 2, f.length).mapToLong(Long::parseLong)
                            .toArray();
                    continue;
                }
                int tab = line.indexOf('\t');
                int order = Integer.parseInt(line, 0, tab, 10);
                if (order < 0 || order > h.maxOrder()) {
                    throw new IllegalArgumentException("order " + order + " is outside 0.." + h.maxOrder());
                }
                int end = line.indexOf('\t', tab + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("expected order, feature and " + c.length + " counts");
                }
                String feature = line.substring(tab + 1, end);
                int l = 0;
                for (int from = end + 1; ; ) {
                    int next = line.indexOf('\t', from);
                    if (l == c.length) {
                        throw new IllegalArgumentException("expected order, feature and " + c.length + " counts");
                    }
                    c[l++] = Integer.parseInt(line, from, next < 0 ? line.length() : next, 10);
                    if (next < 0) {
                        break;
                    }
                    from = next + 1;
                }
                if (l != c.length) {
                    throw new IllegalArgumentException("expected order, feature and " + c.length + " counts");
                }
                sink.accept(order, feature, c);
            } catch (RuntimeException e) {
                throw new IOException(name + " line " + lineNo + " is malformed (" + e.getMessage() + "): "
                        + abbreviate(line), e);
            }
        }
        if (h == null || Arrays.stream(h.totals()).anyMatch(t -> t == null)) {
            throw new IOException(name + " has no counts or misses a 'totals' line: the file is truncated");
        }
        return h;
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
