package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.my.MyanmarScriptIdentifier;
import org.seacorpus.lang.zh.HanVariantClassifier;

/**
 * Identifies the language of a piece of text written in one script: the script decides where it has a language of
 * its own (Thai, Lao, Khmer, Tamil, Han → zh with Hans/Hant told apart), Myanmar script goes to
 * {@link MyanmarScriptIdentifier} (Burmese, Shan, or neither), Latin script to {@link LatinIdentifier}, and
 * Japanese kana, Hangul and scripts of no language in scope give {@code und}. When the n-gram model has labels of
 * some other script (a user trained, say, Northern Thai next to Thai), the model decides among them instead.
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
    private final NgramModel model;
    private final LatinIdentifier latin;
    private final MyanmarScriptIdentifier myanmar = new MyanmarScriptIdentifier();
    private final HanVariantClassifier han = new HanVariantClassifier();
    private final Map<String, Double> thresholds = new ConcurrentHashMap<>();

    SegmentIdentifier(LanguageProfiles profiles, NgramModel model, LanguageIdentifier.Weights weights) {
        this.profiles = profiles;
        this.model = model;
        this.latin = new LatinIdentifier(model, weights.lingua(), weights.malayMarkers());
    }

    NgramModel model() {
        return model;
    }

    /** Identifies {@code text}, known to be written in {@code script} (ISO 15924, or {@link #JAPANESE}). */
    Identification identify(String text, String script) {
        if (!LatinIdentifier.LATIN.equals(script) && modelKnowsScript(script)) {
            return decide(script, byModel(text, script));
        }
        return switch (script) {
            case LatinIdentifier.LATIN -> NgramFeatures.letters(text) < MIN_LATIN_LETTERS
                    ? Identification.undetermined(script)
                    : decide(script, latin.rank(text));
            case "Mymr" -> {
                MyanmarScriptIdentifier.Verdict v = myanmar.identify(text);
                yield decide(script, List.of(new Identification.Candidate(v.lang(), v.score())));
            }
            case "Hani", "Hans", "Hant" -> {
                HanVariantClassifier.Verdict v = han.classify(text);
                yield decide(v.script(), List.of(new Identification.Candidate("zh", 1.0)));
            }
            default -> {
                Optional<LanguageProfile> owner = profiles.ownerOfScript(script);
                yield owner.isPresent()
                        ? decide(script, List.of(new Identification.Candidate(owner.get().code(), 1.0)))
                        : Identification.undetermined(script);
            }
        };
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
        return thresholds.computeIfAbsent(lang, code -> profiles.find(code)
                .orElseGet(() -> profiles.get(LanguageInfo.UNDETERMINED))
                .langidThreshold());
    }

    private boolean modelKnowsScript(String script) {
        return model.scripts().contains(script);
    }

    private List<Identification.Candidate> byModel(String text, String script) {
        List<Identification.Candidate> out = new ArrayList<>();
        double mass = 0;
        for (NgramModel.Scored s : model.rank(text)) {
            if (script.equals(model.scriptOf(s.label()))) {
                out.add(new Identification.Candidate(s.label(), s.probability()));
                mass += s.probability();
            }
        }
        double total = mass;
        out.replaceAll(c -> new Identification.Candidate(c.lang(), c.score() / total));
        return mass > 0 ? out : List.of();
    }
}
