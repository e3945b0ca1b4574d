package org.seacorpus.lang.identify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Trains a language-ID model from labelled text and writes it as a plain model file: what
 * {@code corpus langid train} runs. By default the shipped training text is included, so a model trained on text
 * of one new language (say Minangkabau, {@code min}) still knows all the shipped ones; the new label then competes
 * with them. Text given for a shipped label adds to that label's counts.
 *
 * @see NgramModelTrainer for the counting and pruning, {@link NgramModelFormat} for the file
 */
public final class ModelTraining {

    /**
     * What to train from.
     *
     * @param inputs         folders, {@code .jsonl}/{@code .jsonl.gz} or {@code .tsv} files ({@link LabelledTexts})
     * @param langField      JSONL field with the language code
     * @param textField      JSONL field with the text
     * @param includeBuiltIn add the shipped training text
     * @param maxOrder       longest character n-gram
     * @param minCount       features seen fewer times over all labels are dropped
     */
    public record Request(List<Path> inputs, String langField, String textField, boolean includeBuiltIn,
                          int maxOrder, int minCount) {
        public Request {
            inputs = List.copyOf(inputs);
            langField = langField == null ? "lang" : langField;
            textField = textField == null ? "text" : textField;
        }
    }

    /** The trained model, the samples read, and the word count per label. */
    public record Result(NgramModel model, long samples, Map<String, Long> wordsByLabel) {
    }

    private ModelTraining() {
    }

    /**
     * Trains from the request's inputs plus, when not null, an extra source (e.g. a corpus's curated documents),
     * which is called with the sink that takes the samples and returns how many it gave.
     */
    public static Result train(Request request, ToLongFunction<Consumer<LabelledText>> extra) throws IOException {
        NgramModelTrainer trainer = new NgramModelTrainer(request.maxOrder(), NgramModelTrainer.DEFAULT_ALPHA,
                NgramModelTrainer.DEFAULT_TEMPERATURE, request.minCount());
        Consumer<LabelledText> sink = sample -> trainer.add(sample.label(), sample.text());
        long samples = 0;
        if (request.includeBuiltIn()) {
            samples += LangidModels.addBuiltIn(trainer, request.maxOrder());
        }
        for (Path input : request.inputs()) {
            samples += LabelledTexts.read(input, request.langField(), request.textField(), sink);
        }
        if (extra != null) {
            samples += extra.applyAsLong(sink);
        }
        if (samples == 0 && !request.includeBuiltIn()) {
            throw new IOException("no training text: give folders or files of labelled text, or --from-corpus with "
                    + "a corpus that has curated documents");
        }
        return new Result(trainer.build(), samples, trainer.wordsByLabel());
    }

    /** Writes a trained model with a comment saying what it was trained from. */
    public static void write(Result result, Path out, String comment) throws IOException {
        NgramModelFormat.write(result.model(), out, comment);
    }
}
