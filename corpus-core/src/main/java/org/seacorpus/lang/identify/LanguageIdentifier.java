package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.seacorpus.document.LangSpan;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.ScriptDetector;

/**
 * Language and script identification for the languages in scope: script first, then per script the rule or model
 * that decides ({@link SegmentIdentifier}), paragraph by paragraph for documents ({@link DocumentIdentifier}).
 *
 * <pre>{@code
 * LanguageIdentifier langid = LanguageIdentifier.builtIn();
 * Identification line = langid.identify("Kerajaan akan membina hospital baharu di Johor.");   // ms, Latn, 0.9…
 * LanguageInfo doc = langid.identifyDocument(text);   // lang of most letters, score, per-paragraph spans
 * }</pre>
 *
 * A document's language is the language of most of its letters; its score is the letter-weighted confidence of
 * that language over all its letters (so a Thai article with a third of English paragraphs scores about 0.67);
 * its spans are the runs of paragraphs (or long script runs) in one language. Text that is mostly numbers,
 * symbols or web addresses is {@code und}. How each language is decided, and how well, is in
 * {@code docs/langid.md}. Thread-safe; build one and share it.
 */
public final class LanguageIdentifier {
    /**
     * How much the Latin-script decision listens to the marker words and pair models of close languages
     * (Indonesian/Malay; see {@link LatinIdentifier}); 0 leaves them out and the n-gram model decides alone.
     *
     * @param markers weight of the marker words; 0 leaves them and the pair models out
     */
    public record Weights(double markers) {
        /** Marker words and pair models on: the shipped identifier. */
        public static final Weights DEFAULT = new Weights(1.0);
        /** The n-gram model alone. */
        public static final Weights MODEL_ONLY = new Weights(0.0);
    }

    private final LanguageProfiles profiles;
    private final SegmentIdentifier segments;
    private final DocumentIdentifier documents;

    /**
     * With the shipped models of close pairs, read when the first Latin-script text comes (a command that sees
     * only text of other scripts never reads them).
     */
    public LanguageIdentifier(LanguageProfiles profiles, NgramModel model, Weights weights) {
        this(profiles, () -> model, model.scripts(), weights, LangidModels::builtInPairs);
    }

    /** With the given models of close pairs instead of the shipped ones (for training and evaluation). */
    LanguageIdentifier(LanguageProfiles profiles, NgramModel model, Weights weights, List<PairModel> pairs) {
        this(profiles, () -> model, model.scripts(), weights, () -> pairs);
    }

    /**
     * @param model        the n-gram model, asked for when a text first needs it (Latin script, or a script of
     *                     {@code modelScripts})
     * @param modelScripts the scripts of the model's labels ({@link NgramModel#scripts()})
     */
    LanguageIdentifier(LanguageProfiles profiles, Supplier<NgramModel> model, List<String> modelScripts,
                               Weights weights, Supplier<List<PairModel>> pairs) {
        this.profiles = profiles;
        this.segments = new SegmentIdentifier(profiles, model, modelScripts, weights, pairs);
        this.documents = new DocumentIdentifier(segments);
    }

    /** The identifier with the shipped model, built once per JVM. */
    public static LanguageIdentifier builtIn() {
        return Holder.BUILT_IN;
    }

    /** An identifier with another model (e.g. one trained with {@code corpus langid train}). */
    public static LanguageIdentifier withModel(NgramModel model) {
        return new LanguageIdentifier(LanguageProfiles.builtIn(), model, Weights.DEFAULT);
    }

    /**
     * The shipped model is read when a text first needs it: a command that sees only text in scripts the model
     * has no label of (Thai, Lao, Khmer, Burmese…) never reads it.
     */
    private static final class Holder {
        static final LanguageIdentifier BUILT_IN = new LanguageIdentifier(LanguageProfiles.builtIn(),
                LangidModels::builtIn, LangidModels.builtInScripts(), Weights.DEFAULT, LangidModels::builtInPairs);
    }

    /** True once Latin-script text has been identified (the pair models loaded). */
    boolean latinLoaded() {
        return segments.latinLoaded();
    }

    /** The identifier of single pieces of text this one is built on (for tests). */
    SegmentIdentifier segments() {
        return segments;
    }

    /** Builds the Latin-script part now rather than on the first Latin-script text (for tests). */
    LanguageIdentifier loadLatin() {
        segments.latin();
        return this;
    }

    /** The n-gram model (read now if it is the shipped one and no text has needed it yet). */
    public NgramModel model() {
        return segments.model();
    }

    /** True once the n-gram model is in hand (for tests of what a command loads). */
    boolean modelLoaded() {
        return segments.modelLoaded();
    }

    /**
     * Identifies a text as one unit (a line, a sentence): no paragraph split, short foreign runs absorbed. A text
     * that mixes scripts is in the language of most letters weighted by script, names and terms in Latin letters
     * weighing nothing in a line of another script (see {@link DocumentIdentifier}).
     */
    public Identification identify(CharSequence text) {
        List<DocumentIdentifier.Part> parts = documents.parts(text.toString(), false);
        if (parts.isEmpty()) {
            return Identification.undetermined(dominantScript(text));
        }
        if (parts.size() == 1) {
            return parts.get(0).id();
        }
        Map<String, Double> weights = DocumentIdentifier.weightByLanguage(parts);
        String lang = DocumentIdentifier.winner(weights);
        double total = DocumentIdentifier.total(weights);
        boolean byLetters = DocumentIdentifier.totalWeight(parts) <= 0;
        Map<String, Double> weighted = new HashMap<>();
        for (DocumentIdentifier.Part p : parts) {
            double w = byLetters ? p.letters() : p.weight();
            weighted.merge(p.id().lang(), w * p.id().score() / total, Double::sum);
        }
        List<Identification.Candidate> candidates = new ArrayList<>();
        weighted.forEach((code, score) -> candidates.add(new Identification.Candidate(code, score)));
        candidates.sort(Comparator.comparingDouble(Identification.Candidate::score).reversed());
        return new Identification(lang, scriptOf(parts, lang), weighted.getOrDefault(lang, 0.0), candidates);
    }

    /**
     * Identifies a document paragraph by paragraph: the language of most letters (weighted by script), its score
     * and the spans of each language.
     */
    public LanguageInfo identifyDocument(String text) {
        String blanked = TextShape.blankAddresses(text);
        TextBuffer buffer = TextBuffer.take(text, blanked);
        try {
            List<DocumentIdentifier.Part> parts = documents.parts(text, blanked, buffer, true);
            if (parts.isEmpty()) {
                return new LanguageInfo(LanguageInfo.UNDETERMINED, dominantScript(text), 0.0, List.of(), false);
            }
            List<LangSpan> spans = spans(parts);
            Map<String, Double> weights = DocumentIdentifier.weightByLanguage(parts);
            String lang = DocumentIdentifier.winner(weights);
            double total = DocumentIdentifier.total(weights);
            boolean byLetters = DocumentIdentifier.totalWeight(parts) <= 0;
            double score = 0;
            for (DocumentIdentifier.Part p : parts) {
                if (p.id().lang().equals(lang)) {
                    score += (byLetters ? p.letters() : p.weight()) * p.id().score() / total;
                }
            }
            if (DocumentIdentifier.letterShare(buffer) < TextShape.MIN_LETTER_SHARE) {
                return new LanguageInfo(LanguageInfo.UNDETERMINED, scriptOf(parts, lang), 0.0, spans, false);
            }
            return new LanguageInfo(lang, scriptOf(parts, lang), Math.min(1.0, score), spans, false);
        } finally {
            buffer.release();
        }
    }

    /** FineWeb-2 style code of an answer, e.g. {@code zsm_Latn}; labels without a profile use their own code. */
    public String datasetCode(String lang, String script) {
        return profiles.find(lang).map(p -> p.datasetCode(script)).orElse(lang + "_" + script);
    }

    /**
     * Consecutive parts of one language and script, merged; a part whose language was inherited from the document
     * keeps a span of its own that says so.
     */
    private static List<LangSpan> spans(List<DocumentIdentifier.Part> parts) {
        List<LangSpan> out = new ArrayList<>();
        DocumentIdentifier.Part first = null;
        int letters = 0;
        double weighted = 0;
        int end = 0;
        for (DocumentIdentifier.Part p : parts) {
            if (first != null && (!first.id().lang().equals(p.id().lang())
                    || !first.id().script().equals(p.id().script()) || first.inherited() || p.inherited())) {
                out.add(new LangSpan(first.start(), end, first.id().lang(), first.id().script(), weighted / letters,
                        first.inherited()));
                first = null;
            }
            if (first == null) {
                first = p;
                letters = 0;
                weighted = 0;
            }
            letters += p.letters();
            weighted += p.letters() * p.id().score();
            end = p.end();
        }
        out.add(new LangSpan(first.start(), end, first.id().lang(), first.id().script(), weighted / letters,
                first.inherited()));
        return out;
    }

    /** The script with most letters among the parts of {@code lang}. */
    private static String scriptOf(List<DocumentIdentifier.Part> parts, String lang) {
        Map<String, Long> byScript = new HashMap<>();
        for (DocumentIdentifier.Part p : parts) {
            if (p.id().lang().equals(lang)) {
                byScript.merge(p.id().script(), (long) p.letters(), Long::sum);
            }
        }
        // a loop giving what Stream.max gave: the first of the greatest letters in the map's order
        Map.Entry<String, Long> best = null;
        for (Map.Entry<String, Long> e : byScript.entrySet()) {
            if (best == null || e.getValue().compareTo(best.getValue()) > 0) {
                best = e;
            }
        }
        return best == null ? "Zyyy" : best.getKey();
    }

    /** The dominant script of a text with no identifiable part (Zyyy when it has no letters). */
    private static String dominantScript(CharSequence text) {
        return new ScriptDetector().detect(text).dominant();
    }
}
