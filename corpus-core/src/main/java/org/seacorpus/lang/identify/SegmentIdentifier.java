package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.LanguageGuess;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;

/**
 * Identifies the language of a piece of text written in one script. In order: when the n-gram model has labels of
 * a script other than Latin (a user trained, say, Northern Thai next to Thai), the model decides among them;
 * Latin text shorter than {@value #MIN_LATIN_LETTERS} letters is {@code und}; then each language module may
 * decide ({@link LanguageModule#identify}: the Myanmar module tells Burmese, Shan or neither, the Chinese module
 * Simplified or Traditional Han, the Vietnamese module claims Latin text by its letters); then Latin text goes to
 * {@link LatinIdentifier} (the model, pair models and marker words); any other script is the language whose profile
 * owns it (Thai, Lao, Khmer, Tamil), and Japanese kana, Hangul and scripts of no language in scope give
 * {@code und}.
 *
 * <p>Each answer scoring below its language's threshold ({@code langid_threshold} in the profile) becomes
 * {@code und}, keeping the candidates. Thread-safe.
 */
final class SegmentIdentifier {
    /** Pseudo-script for Japanese: Han mixed with kana. */
    static final String JAPANESE = "Jpan";
    /** Latin text shorter than this many letters is not identified. */
    static final int MIN_LATIN_LETTERS = 3;

    private final LanguageProfiles profiles;
    /** Asked for on the first text that needs the model; {@link #model()} keeps what it gives. */
    private final Supplier<NgramModel> modelSource;
    private volatile NgramModel model;
    private final List<String> modelScripts;
    /**
     * Built on the first Latin-script text ({@link #latin()}): the pair models behind it take most of the
     * identifier's loading time, and a command that sees only Thai, Khmer or Burmese text never needs them.
     */
    private final Supplier<LatinIdentifier> latinFactory;
    private volatile LatinIdentifier latin;
    private final List<LanguageModule> modules;
    private final Map<String, Double> thresholds = new ConcurrentHashMap<>();
    /** The profile owning each script met ({@link LanguageProfiles#ownerOfScript}, a stream over the profiles). */
    private final Map<String, Optional<LanguageProfile>> owners = new ConcurrentHashMap<>();

    /**
     * @param model        the n-gram model, asked for (once) when the first text that needs it comes: Latin script,
     *                     or a script of {@code modelScripts}
     * @param modelScripts the scripts of the model's labels, {@link NgramModel#scripts()}
     * @param pairs        the models of close pairs, asked for when the first Latin-script text comes
     */
    SegmentIdentifier(LanguageProfiles profiles, Supplier<NgramModel> model, List<String> modelScripts,
                      LanguageIdentifier.Weights weights, Supplier<List<PairModel>> pairs) {
        this.profiles = profiles;
        this.modelSource = model;
        this.modelScripts = List.copyOf(modelScripts);
        this.modules = profiles.modules().all();
        this.latinFactory = () -> new LatinIdentifier(model(), weights.markers(), profiles.modules().markerWords(),
                pairs.get());
    }

    /** True once the Latin-script identifier has been built (for tests of what a command loads). */
    boolean latinLoaded() {
        return latin != null;
    }

    /** The Latin-script identifier, built once, on first use (thread-safe). */
    LatinIdentifier latin() {
        LatinIdentifier built = latin;
        if (built == null) {
            synchronized (this) {
                built = latin;
                if (built == null) {
                    built = latinFactory.get();
                    latin = built;
                }
            }
        }
        return built;
    }

    /** The n-gram model, asked for on first use (thread-safe; the source may be asked twice, gives the same). */
    NgramModel model() {
        NgramModel m = model;
        if (m == null) {
            m = modelSource.get();
            model = m;
        }
        return m;
    }

    boolean modelLoaded() {
        return model != null;
    }

    /** Identifies {@code text}, known to be written in {@code script} (ISO 15924, or {@link #JAPANESE}). */
    Identification identify(String text, String script) {
        return identify(text, script, null, null);
    }

    /**
     * {@link #identify(String, String)}; for Latin text that reaches the n-gram model, its evidence is taken from
     * {@code given} when not null (see {@link LatinIdentifier#rank(CharSequence, ModelEvidence, ModelEvidence)}) and
     * kept in {@code kept} when not null.
     */
    Identification identify(String text, String script, ModelEvidence given, ModelEvidence kept) {
        if (!LatinIdentifier.LATIN.equals(script) && modelKnowsScript(script)) {
            return decide(script, byModel(text, script));
        }
        boolean latinScript = LatinIdentifier.LATIN.equals(script);
        if (latinScript && NgramFeatures.letters(text, MIN_LATIN_LETTERS) < MIN_LATIN_LETTERS) {
            return Identification.undetermined(script);
        }
        for (LanguageModule module : modules) {
            Optional<LanguageGuess> guess = module.identify(text, script);
            if (guess.isPresent()) {
                LanguageGuess g = guess.get();
                return decide(g.script(), List.of(new Identification.Candidate(g.lang(), g.score())));
            }
        }
        if (latinScript) {
            Identification answer = decide(script, latin().rank(text, given, kept));
            return answer.isUndetermined() ? shortLineGuess(text, answer) : answer;
        }
        Optional<LanguageProfile> owner = ownerOf(script);
        return owner.isPresent()
                ? decide(script, List.of(new Identification.Candidate(owner.get().code(), 1.0)))
                : Identification.undetermined(script);
    }

    /**
     * A short Latin line (a heading such as <i>Pasal 1</i> or <i>Artikulo 1</i>) that scored below its threshold
     * still gets its best candidate, with that low score, when one of its words marks that language on its own
     * (a word the model knows whole and that points to it, {@link NgramModel#MARKER_POSTERIOR}): script and word
     * agree, so a low-confidence guess says more than {@code und}. Longer lines and lines without such a word stay
     * {@code und}.
     */
    private Identification shortLineGuess(String text, Identification und) {
        if (und.candidates().isEmpty() || NgramFeatures.letters(text, DocumentIdentifier.SHORT_LETTERS)
                >= DocumentIdentifier.SHORT_LETTERS) {
            return und;
        }
        Identification.Candidate best = und.candidates().get(0);
        if (best.lang().equals(LanguageInfo.UNDETERMINED)
                || !model().wordEvidence(text).marks(model().labelIndex(best.lang()))) {
            return und;
        }
        return new Identification(best.lang(), und.script(), best.score(), und.candidates());
    }

    /**
     * True when Latin text reads as a sentence rather than a string of names and terms: at least one word in five
     * is a function word of some Latin-script language the model knows.
     */
    boolean readsAsSentence(CharSequence latinText) {
        NgramModel.WordEvidence words = model().wordEvidence(latinText);
        return words.frequentWords() > 0 && words.frequentWords() * 5 >= words.words();
    }

    /** The answer from ranked candidates: the best one, or und when it scores below its language's threshold. */
    Identification decide(String script, List<Identification.Candidate> ranked) {
        if (ranked.isEmpty()) {
            return Identification.undetermined(script);
        }
        Identification.Candidate best = ranked.get(0);
        if (best.lang().equals(LanguageInfo.UNDETERMINED) || best.score() < thresholdOf(best.lang())) {
            return new Identification(LanguageInfo.UNDETERMINED, script, 0.0, ranked);
        }
        return new Identification(best.lang(), script, best.score(), ranked);
    }

    double thresholdOf(String lang) {
        Double known = thresholds.get(lang);   // the common case: no lambda, no lock
        return known != null ? known : thresholds.computeIfAbsent(lang, code -> profiles.find(code)
                .orElseGet(() -> profiles.get(LanguageInfo.UNDETERMINED))
                .langidThreshold());
    }

    /** The profile that owns {@code script}, looked up once per script (the profiles never change). */
    private Optional<LanguageProfile> ownerOf(String script) {
        Optional<LanguageProfile> known = owners.get(script);
        return known != null ? known : owners.computeIfAbsent(script, profiles::ownerOfScript);
    }

    private boolean modelKnowsScript(String script) {
        return modelScripts.contains(script);
    }

    private List<Identification.Candidate> byModel(String text, String script) {
        List<Identification.Candidate> out = new ArrayList<>();
        double mass = 0;
        NgramModel m = model();
        for (NgramModel.Scored s : m.rank(text)) {
            if (script.equals(m.scriptOf(s.label()))) {
                out.add(new Identification.Candidate(s.label(), s.probability()));
                mass += s.probability();
            }
        }
        double total = mass;
        out.replaceAll(c -> new Identification.Candidate(c.lang(), c.score() / total));
        return mass > 0 ? out : List.of();
    }
}
