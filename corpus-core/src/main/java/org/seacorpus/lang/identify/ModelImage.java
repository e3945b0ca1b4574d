package org.seacorpus.lang.identify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The binary image of a language-ID model: the tables a model holds once it is loaded (feature keys, their
 * log-probabilities or weights, the per-word rows), written as primitive arrays so that loading is one read and a
 * few bulk copies instead of parsing a text file of 30,000–80,000 lines, hashing every feature and computing every
 * logarithm again. {@code corpus langid} on one line spent most of its Java time doing that.
 *
 * <p>The text files ({@code builtin.ngram}, {@code builtin-id-ms.pair}) stay the source: they are what training
 * writes, what a reader diffs and what the tests check against the training text. The images are made from them by
 * the build ({@link #main}, run at {@code process-classes}), beside them in the class path, so the two cannot
 * drift; {@link LangidModels} reads an image when there is one and the text otherwise. A model read from an image
 * scores exactly as the one read from its text (the same floats, bit for bit: {@code ModelImageTest}); it keeps no
 * counts or feature texts, so it cannot be written back as text or trained on.
 *
 * <p>Layout, little-endian: the magic {@code SCLI}, the format version, the kind (1 n-gram model, 2 pair model),
 * then the fields of {@link NgramModel.Tables} or {@link PairModel.Image} in order, each array preceded by its
 * length and each string by its UTF-8 length. A pair model's image also holds what each word it names adds to the
 * log-odds before the marker words, so that joining it to the language module's marker words is one addition per
 * word rather than an n-gram scan of each. An n-gram model's image ends with the lowest set bit of its two tables of
 * log-probabilities and a word-table image with that of its table ({@link NgramModel.Tables}): the bound of exact
 * sums follows from them without a pass over every value at load (format 2; format 1 had no such field).
 */
final class ModelImage {
    /** Suffix of an image beside its text model: {@code builtin.ngram.bin}. */
    static final String SUFFIX = ".bin";
    /**
     * Suffix of the word tables of the shipped n-gram model extended with the shipped pair models' words
     * ({@link LatinIdentifier#knowingPairWords}): {@code builtin.ngram.pair-words.bin}.
     */
    static final String WITH_PAIR_WORDS = ".pair-words.bin";
    private static final int MAGIC = 0x494c4353; // "SCLI" read little-endian
    private static final int VERSION = 2;
    private static final int NGRAM = 1;
    private static final int PAIR = 2;
    private static final int WORDS = 3;

    private ModelImage() {
    }

    /** The image of an n-gram model. */
    static byte[] of(NgramModel model) {
        NgramModel.Tables t = model.tables();
        int width = model.labels().size();
        Writer out = new Writer();
        out.header(NGRAM);
        out.i(model.maxOrder());
        out.d(model.alpha());
        out.d(model.temperature());
        out.strings(model.labels().toArray(String[]::new));
        out.strings(model.scripts().toArray(String[]::new));
        for (int order = 0; order <= model.maxOrder(); order++) {
            for (int l = 0; l < width; l++) {
                out.l(model.total(order, l));
            }
        }
        out.i(model.size());
        out.longs(t.gramKeys());
        out.floats(t.gramLogp());
        out.longs(t.wordKeys());
        out.floats(t.wordLogp());
        out.ints(t.wordFeatures());
        byte[] frequent = new byte[t.frequentWord().length];
        for (int i = 0; i < frequent.length; i++) {
            frequent[i] = (byte) (t.frequentWord()[i] ? 1 : 0);
        }
        out.bytes(frequent);
        out.bytes(t.markerLabel());
        out.i(t.gramLowest());
        out.i(t.wordLowest());
        return out.toByteArray();
    }

    /**
     * The image of a model's word tables alone: the shipped model after {@link NgramModel#withWords} with the shipped
     * pair models' words, read back onto the shipped model by {@link #readWords}.
     */
    static byte[] wordsOf(NgramModel model) {
        NgramModel.Tables t = model.tables();
        Writer out = new Writer();
        out.header(WORDS);
        out.i(model.labels().size());
        out.longs(t.wordKeys());
        out.floats(t.wordLogp());
        out.ints(t.wordFeatures());
        byte[] frequent = new byte[t.frequentWord().length];
        for (int i = 0; i < frequent.length; i++) {
            frequent[i] = (byte) (t.frequentWord()[i] ? 1 : 0);
        }
        out.bytes(frequent);
        out.bytes(t.markerLabel());
        out.i(t.wordLowest());
        return out.toByteArray();
    }

    /** {@code base} with the word tables of an image made by {@link #wordsOf} from a copy of it. */
    static NgramModel readWords(InputStream in, String name, NgramModel base) throws IOException {
        Reader r = new Reader(in.readAllBytes(), name, WORDS);
        try {
            int width = r.i();
            long[] wordKeys = r.longs();
            float[] wordLogp = r.floats();
            int[] wordFeatures = r.ints();
            byte[] frequent = r.bytes();
            byte[] markerLabel = r.bytes();
            int wordLowest = r.i();
            r.end();
            if (width != base.labels().size() || wordLogp.length != wordKeys.length * width
                    || wordFeatures.length != wordKeys.length || frequent.length != wordKeys.length
                    || markerLabel.length != wordKeys.length) {
                throw new IOException(name + " does not fit the model it extends (table sizes disagree); rebuild "
                        + "seacorpus");
            }
            boolean[] frequentWord = new boolean[frequent.length];
            for (int i = 0; i < frequent.length; i++) {
                frequentWord[i] = frequent[i] != 0;
            }
            return new NgramModel(base, new NgramModel.Tables(null, null, wordKeys, wordLogp, wordFeatures,
                    frequentWord, markerLabel, 0, wordLowest));
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw r.truncated(e);
        }
    }

    /** The image of a pair model (without its marker words, which come from the language module). */
    static byte[] of(PairModel model) {
        PairModel.Image image = model.image();
        Writer out = new Writer();
        out.header(PAIR);
        out.string(image.first());
        out.string(image.second());
        out.d(image.bias());
        out.d(image.markerCoefficient());
        out.i(image.size());
        out.longs(image.keys());
        out.floats(image.weights());
        out.strings(image.words());
        out.longs(image.wordKeys());
        out.doubles(image.wordOwnTotals());
        return out.toByteArray();
    }

    /**
     * The scripts of an n-gram model's labels, from the start of its image alone (what the identifier needs before
     * its first Latin-script text); null when the image's header is longer than what is read here.
     */
    static List<String> readNgramScripts(InputStream in, String name) throws IOException {
        Reader r = new Reader(in.readNBytes(HEADER_READ), name, NGRAM);
        try {
            r.i();
            r.d();
            r.d();
            r.strings();
            return List.of(r.strings());
        } catch (BufferUnderflowException e) {
            return null;
        }
    }

    /** How much of an n-gram image {@link #readNgramScripts} reads: its labels and scripts take a few hundred bytes. */
    private static final int HEADER_READ = 1 << 14;

    /** Reads an n-gram model's image; {@code name} says in errors which one was wrong. */
    static NgramModel readNgram(InputStream in, String name) throws IOException {
        Reader r = new Reader(in.readAllBytes(), name, NGRAM);
        try {
            int maxOrder = r.i();
            double alpha = r.d();
            double temperature = r.d();
            List<String> labels = List.of(r.strings());
            List<String> scripts = List.of(r.strings());
            int width = labels.size();
            long[][] totals = new long[maxOrder + 1][width];
            for (long[] row : totals) {
                for (int l = 0; l < width; l++) {
                    row[l] = r.l();
                }
            }
            int size = r.i();
            long[] gramKeys = r.longs();
            float[] gramLogp = r.floats();
            long[] wordKeys = r.longs();
            float[] wordLogp = r.floats();
            int[] wordFeatures = r.ints();
            byte[] frequent = r.bytes();
            byte[] markerLabel = r.bytes();
            int gramLowest = r.i();
            int wordLowest = r.i();
            boolean[] frequentWord = new boolean[frequent.length];
            for (int i = 0; i < frequent.length; i++) {
                frequentWord[i] = frequent[i] != 0;
            }
            r.end();
            if (gramLogp.length != gramKeys.length * width || wordLogp.length != wordKeys.length * width
                    || wordFeatures.length != wordKeys.length || frequent.length != wordKeys.length
                    || markerLabel.length != wordKeys.length) {
                throw new IOException(name + " is not a consistent model image (table sizes disagree); rebuild "
                        + "seacorpus");
            }
            return new NgramModel(labels, scripts, maxOrder, alpha, temperature, totals, size,
                    new NgramModel.Tables(gramKeys, gramLogp, wordKeys, wordLogp, wordFeatures, frequentWord,
                            markerLabel, gramLowest, wordLowest));
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw r.truncated(e);
        }
    }

    /** Reads a pair model's image; its marker words are read through {@code markers} (null: none). */
    static PairModel readPair(InputStream in, String name,
                              java.util.function.ToDoubleFunction<CharSequence> markers) throws IOException {
        Reader r = new Reader(in.readAllBytes(), name, PAIR);
        try {
            PairModel.Image image = new PairModel.Image(r.string(), r.string(), r.d(), r.d(), r.i(), r.longs(),
                    r.floats(), r.strings(), r.longs(), r.doubles());
            r.end();
            if (image.weights().length != image.keys().length || image.wordKeys().length != image.words().length
                    || image.wordOwnTotals().length != image.words().length) {
                throw new IOException(name + " is not a consistent model image (table sizes disagree); rebuild "
                        + "seacorpus");
            }
            return PairModel.of(image, markers);
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw r.truncated(e);
        }
    }

    /**
     * Writes the image of each shipped text model found under a class-path folder beside it
     * ({@code builtin.ngram} → {@code builtin.ngram.bin}): the build's step at {@code process-classes}.
     *
     * @param args the class output folder ({@code target/classes})
     */
    /**
     * {@code ModelImage CLASSES_DIR}: writes the images beside the text models in a class folder (the build, at
     * {@code process-classes}). {@code ModelImage --from-classpath DIR}: reads the text models from the class path
     * (a jar) and writes their images into {@code DIR} ({@code bin/corpus}'s start-up cache; the jar carries no
     * images, see {@link LangidModels#IMAGES_PROPERTY}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--from-classpath")) {
            Path dir = Files.createDirectories(Path.of(args[1]));
            writeImages(LangidModels::textResource, dir);
            return;
        }
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelImage CLASSES_DIR | ModelImage --from-classpath DIR");
        }
        Path root = Path.of(args[0]);
        writeImages(resource -> {
            Path file = root.resolve(resource.substring(1));
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }, root.resolve(LangidModels.BUILT_IN.substring(1)).getParent());
    }

    /** Opens a text model by its class-path name; null when there is none. */
    @FunctionalInterface
    interface TextSource {
        InputStream open(String resource) throws IOException;
    }

    /** The images of the shipped models, read from {@code source}, written into {@code dir} by their file names. */
    static void writeImages(TextSource source, Path dir) throws IOException {
        NgramModel model;
        try (InputStream in = source.open(LangidModels.BUILT_IN)) {
            if (in == null) {
                throw new IOException("no " + LangidModels.BUILT_IN + " to make an image of");
            }
            model = NgramModelFormat.read(in, LangidModels.BUILT_IN);
        }
        String ngram = fileName(LangidModels.BUILT_IN);
        write(dir, ngram + SUFFIX, of(model));
        try (InputStream in = source.open(LangidModels.BUILT_IN_PAIRS)) {
            if (in != null) {
                PairModel pair = PairModel.read(in, LangidModels.BUILT_IN_PAIRS, null);
                write(dir, fileName(LangidModels.BUILT_IN_PAIRS) + SUFFIX, of(pair));
                write(dir, ngram + WITH_PAIR_WORDS, wordsOf(LatinIdentifier.knowingPairWords(model, List.of(pair))));
            }
        }
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private static void write(Path dir, String name, byte[] image) throws IOException {
        Path target = dir.resolve(name);
        Path tmp = dir.resolve(name + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(image);
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Appends fields to a growing little-endian buffer. */
    private static final class Writer {
        private ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);

        private void room(int bytes) {
            if (buf.remaining() < bytes) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + bytes))
                        .order(ByteOrder.LITTLE_ENDIAN);
                bigger.put(buf.flip());
                buf = bigger;
            }
        }

        void header(int kind) {
            i(MAGIC);
            i(VERSION);
            i(kind);
        }

        void i(int v) {
            room(4);
            buf.putInt(v);
        }

        void l(long v) {
            room(8);
            buf.putLong(v);
        }

        void d(double v) {
            room(8);
            buf.putDouble(v);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            i(b.length);
            room(b.length);
            buf.put(b);
        }

        void strings(String[] s) {
            i(s.length);
            for (String x : s) {
                string(x);
            }
        }

        void longs(long[] a) {
            i(a.length);
            room(a.length * 8);
            buf.asLongBuffer().put(a);
            buf.position(buf.position() + a.length * 8);
        }

        void floats(float[] a) {
            i(a.length);
            room(a.length * 4);
            buf.asFloatBuffer().put(a);
            buf.position(buf.position() + a.length * 4);
        }

        void doubles(double[] a) {
            i(a.length);
            room(a.length * 8);
            buf.asDoubleBuffer().put(a);
            buf.position(buf.position() + a.length * 8);
        }

        void ints(int[] a) {
            i(a.length);
            room(a.length * 4);
            buf.asIntBuffer().put(a);
            buf.position(buf.position() + a.length * 4);
        }

        void bytes(byte[] a) {
            i(a.length);
            room(a.length);
            buf.put(a);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf.array(), buf.position());
        }
    }

    /** Reads fields back, in bulk for arrays. */
    private static final class Reader {
        private final ByteBuffer buf;
        private final String name;

        Reader(byte[] image, String name, int kind) throws IOException {
            this.buf = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
            this.name = name;
            if (image.length < 12 || buf.getInt() != MAGIC) {
                throw new IOException(name + " is not a seacorpus model image; rebuild seacorpus");
            }
            int version = buf.getInt();
            if (version != VERSION) {
                throw new IOException(name + " is a model image of format " + version + ", this build reads "
                        + VERSION + "; rebuild seacorpus");
            }
            int found = buf.getInt();
            if (found != kind) {
                throw new IOException(name + " is a model image of another kind (" + found + ", expected " + kind
                        + ")");
            }
        }

        int i() {
            return buf.getInt();
        }

        long l() {
            return buf.getLong();
        }

        double d() {
            return buf.getDouble();
        }

        String string() {
            int n = length(1);
            String s = new String(buf.array(), buf.position(), n, StandardCharsets.UTF_8);
            buf.position(buf.position() + n);
            return s;
        }

        String[] strings() {
            String[] s = new String[length(4)];
            for (int i = 0; i < s.length; i++) {
                s[i] = string();
            }
            return s;
        }

        long[] longs() {
            long[] a = new long[length(8)];
            buf.asLongBuffer().get(a);
            buf.position(buf.position() + a.length * 8);
            return a;
        }

        float[] floats() {
            float[] a = new float[length(4)];
            buf.asFloatBuffer().get(a);
            buf.position(buf.position() + a.length * 4);
            return a;
        }

        double[] doubles() {
            double[] a = new double[length(8)];
            buf.asDoubleBuffer().get(a);
            buf.position(buf.position() + a.length * 8);
            return a;
        }

        int[] ints() {
            int[] a = new int[length(4)];
            buf.asIntBuffer().get(a);
            buf.position(buf.position() + a.length * 4);
            return a;
        }

        byte[] bytes() {
            byte[] a = new byte[length(1)];
            buf.get(a);
            return a;
        }

        /** A length read from the image, checked against what is left (each element at least {@code unit} bytes). */
        private int length(int unit) {
            int n = buf.getInt();
            if (n < 0 || (long) n * unit > buf.remaining()) {
                throw new BufferUnderflowException();
            }
            return n;
        }

        void end() throws IOException {
            if (buf.hasRemaining()) {
                throw new IOException(name + " has " + buf.remaining() + " bytes after its end: not a model image "
                        + "of this build; rebuild seacorpus");
            }
        }

        IOException truncated(RuntimeException e) {
            return new IOException(name + " is truncated or damaged (" + e + "); rebuild seacorpus", e);
        }
    }
}
