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

    /** Set once the shipped model is loaded (so that asking whether a model is it never loads it). */
    private static volatile boolean builtInLoaded;

    /**
     * The shipped model knowing the shipped pair models' words whole, as {@link LatinIdentifier#knowingPairWords}
     * makes it, read from the image the build made of it; empty when {@code model} or {@code pairs} are not the
     * shipped ones, or there is no image.
     */
    static java.util.Optional<NgramModel> knowingShippedPairWords(NgramModel model, List<PairModel> pairs) {
        if (!builtInLoaded || model != Holder.MODEL || pairs != PairsHolder.PAIRS) {
            return java.util.Optional.empty();
        }
        String name = BUILT_IN + ModelImage.WITH_PAIR_WORDS;
        try (InputStream image = image(name)) {
            return image == null ? java.util.Optional.empty()
                    : java.util.Optional.of(ModelImage.readWords(image, name, model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped language-ID model: " + e.getMessage(), e);
        }
    }

    /**
     * System property naming a folder of model images ({@link ModelImage#main} {@code --from-classpath DIR}):
     * the CLI jar does not carry the images (they are 3.6 MB of floats that compress little), so {@code bin/corpus}
     * makes them once per jar into its start-up cache, beside the AOT cache, and names the folder here.
     */
    static final String IMAGES_PROPERTY = "seacorpus.langid.images";

    /**
     * A model image: from the folder {@value #IMAGES_PROPERTY} names when it holds one, else from the class path
     * (where the build puts them beside the text files); null when neither has it (the text is read instead).
     */
    static InputStream image(String resource) throws IOException {
        String dir = System.getProperty(IMAGES_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            Path file = Path.of(dir).resolve(resource.substring(resource.lastIndexOf('/') + 1));
            if (Files.isRegularFile(file)) {
                return new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
            }
        }
        return textResource(resource);
    }

    /** A model resource on the class path (text or image); null when absent. */
    static InputStream textResource(String resource) {
        return LangidModels.class.getResourceAsStream(resource);
    }

    private static final class PairsHolder {
        static final List<PairModel> PAIRS = readBuiltInPairs();
    }

    /** The shipped models of close pairs read from their text file (what the image is made from; for tests). */
    static List<PairModel> readBuiltInPairsText() {
        try (InputStream in = textResource(BUILT_IN_PAIRS)) {
            return in == null ? List.of() : List.of(PairModel.read(in, BUILT_IN_PAIRS, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped language-pair model: " + e.getMessage(), e);
        }
    }

    /** The shipped models of close pairs; empty when none is shipped. */
    static List<PairModel> builtInPairs() {
        return PairsHolder.PAIRS;
    }

    private static List<PairModel> readBuiltInPairs() {
        try (InputStream image = image(BUILT_IN_PAIRS + ModelImage.SUFFIX)) {
            if (image != null) {
                return List.of(ModelImage.readPair(image, BUILT_IN_PAIRS + ModelImage.SUFFIX, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped language-pair model: " + e.getMessage(), e);
        }
        return readBuiltInPairsText();
    }

    /** The shipped model. */
    public static NgramModel builtIn() {
        return Holder.MODEL;
    }

    /**
     * The scripts of the shipped model's labels ({@link NgramModel#scripts()}) without loading the model when its
     * image is there: a line in a script that no label of the model has (Thai, Khmer, Burmese with the shipped
     * model) is decided without the model, and a command that sees only such lines never reads its 5 MB.
     */
    static List<String> builtInScripts() {
        if (!builtInLoaded) {
            String name = BUILT_IN + ModelImage.SUFFIX;
            try (InputStream image = image(name)) {
                List<String> scripts = image == null ? null : ModelImage.readNgramScripts(image, name);
                if (scripts != null) {
                    return scripts;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped language-ID model: " + e.getMessage(), e);
            }
        }
        return builtIn().scripts();
    }

    /**
     * Adds what the shipped model learnt to a training: its counts when the training is of the shipped model's
     * n-gram order (they hold the shared training text too, which is not shipped), else the shipped training text,
     * {@value #OWN_TEXT_TIMES} times. Returns the number of text samples read (0 for counts).
     */
    public static long addBuiltIn(NgramModelTrainer trainer, int maxOrder) throws IOException {
        try (InputStream in = textResource(BUILT_IN)) {
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

    /**
     * The binary image the build made of the shipped model ({@link ModelImage}), or, where there is none (a class
     * path assembled without the build's {@code process-classes} step), the text file it was made from.
     */
    private static NgramModel readBuiltIn() {
        try (InputStream image = image(BUILT_IN + ModelImage.SUFFIX)) {
            if (image != null) {
                NgramModel model = ModelImage.readNgram(image, BUILT_IN + ModelImage.SUFFIX);
                builtInLoaded = true;
                return model;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped language-ID model: " + e.getMessage(), e);
        }
        return readBuiltInText();
    }

    /** The shipped model read from its text file (what the image is made from; for tests and the fallback). */
    static NgramModel readBuiltInText() {
        try (InputStream in = textResource(BUILT_IN)) {
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
