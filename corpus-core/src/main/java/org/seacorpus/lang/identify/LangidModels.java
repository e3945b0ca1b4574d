package org.seacorpus.lang.identify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where language-ID models come from: the shipped model (trained from the text in
 * {@code org/seacorpus/lang/identify/train/}, regenerated as described in {@code docs/langid.md}) and model files
 * named by the user or by a corpus's settings ({@code langid_model}). Each is read once per JVM and shared; a file
 * is read again when it changes.
 */
public final class LangidModels {
    /** Classpath location of the shipped model. */
    public static final String BUILT_IN = "/org/seacorpus/lang/identify/builtin.ngram";
    /** Classpath folder of the shipped training text, one {@code <lang>.txt} per language. */
    public static final String TRAINING_DIR = "/org/seacorpus/lang/identify/train/";

    /** Classpath location of the shipped models of close pairs (Indonesian/Malay). */
    public static final String BUILT_IN_PAIRS = "/org/seacorpus/lang/identify/builtin-id-ms.pair";

    /**
     * How many times the shipped model counts the project's own training text beside the shared folder's text it
     * also learnt from (docs/langid.md, "The n-gram model"); a training from the shipped text alone (a model of
     * another n-gram order) counts it as often, so that the languages keep the same balance.
     */
    public static final int OWN_TEXT_TIMES = 3;

    private static final Map<Path, Loaded> FILES = new ConcurrentHashMap<>();

    private record Loaded(FileTime modified, NgramModel model) {
    }

    private LangidModels() {
    }

    private static final class Holder {
        static final NgramModel MODEL = readBuiltIn();
    }

    private static final class PairsHolder {
        static final List<PairModel> PAIRS = readBuiltInPairs();
    }

    /** The shipped models of close pairs; empty when none is shipped. */
    static List<PairModel> builtInPairs() {
        return PairsHolder.PAIRS;
    }

    private static List<PairModel> readBuiltInPairs() {
        try (InputStream in = LangidModels.class.getResourceAsStream(BUILT_IN_PAIRS)) {
            if (in == null) {
                return List.of();
            }
            return List.of(PairModel.read(in, BUILT_IN_PAIRS, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped language-pair model: " + e.getMessage(), e);
        }
    }

    /** The shipped model. */
    public static NgramModel builtIn() {
        return Holder.MODEL;
    }

    /**
     * Adds what the shipped model learnt to a training: its counts when the training is of the shipped model's
     * n-gram order (they hold the shared training text too, which is not shipped), else the shipped training text,
     * {@value #OWN_TEXT_TIMES} times. Returns the number of text samples read (0 for counts).
     */
    public static long addBuiltIn(NgramModelTrainer trainer, int maxOrder) throws IOException {
        try (InputStream in = LangidModels.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IOException("the shipped language-ID model " + BUILT_IN + " is missing from the classpath");
            }
            NgramModel counts = NgramModelFormat.readCounts(in, BUILT_IN, null);
            if (counts.maxOrder() == maxOrder) {
                trainer.addCounts(counts);
                return 0;
            }
        }
        long samples = 0;
        for (int i = 0; i < OWN_TEXT_TIMES; i++) {
            samples = LabelledTexts.builtIn(sample -> trainer.add(sample.label(), sample.text()));
        }
        return samples;
    }

    /** A model file, read once and cached until the file changes. */
    public static NgramModel fromFile(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(key)) {
            throw new IOException("language-ID model " + file + " does not exist; train one with "
                    + "'corpus langid train --out " + file + " …'");
        }
        FileTime modified = Files.getLastModifiedTime(key);
        Loaded loaded = FILES.get(key);
        if (loaded == null || !loaded.modified().equals(modified)) {
            loaded = new Loaded(modified, NgramModelFormat.read(key));
            FILES.put(key, loaded);
        }
        return loaded.model();
    }

    private static NgramModel readBuiltIn() {
        try (InputStream in = LangidModels.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the shipped language-ID model " + BUILT_IN + " is missing from the "
                        + "classpath; rebuild seacorpus (see docs/langid.md, 'Regenerating the shipped model')");
            }
            return NgramModelFormat.read(in, BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped language-ID model: " + e.getMessage(), e);
        }
    }
}
