package org.seacorpus.lang;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.document.Document;
import org.seacorpus.document.LangSpan;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.stage.Stage;

/**
 * Decides a document's script, and its language where a script of its own decides it (Thai → th, Lao → lo,
 * Khmer → km, Myanmar → my, Tamil → ta, Han → zh). Other scripts, Latin above all, give {@code und} here; the
 * statistical identifier decides those. A language forced by the user is kept, with its script still detected.
 */
public final class ScriptIdentifyStage implements Stage {
    private final ScriptDetector detector = new ScriptDetector();
    private final LanguageProfiles profiles;
    private final String forcedLanguage;

    /** @param forcedLanguage a language code given by the user, or null to decide from the text */
    public ScriptIdentifyStage(LanguageProfiles profiles, String forcedLanguage) {
        this.profiles = profiles;
        this.forcedLanguage = forcedLanguage;
    }

    @Override
    public String name() {
        return "identify-script";
    }

    @Override
    public Document apply(Document doc) {
        ScriptDetector.Result result = detector.detect(doc.text());
        List<LangSpan> spans = new ArrayList<>();
        for (ScriptDetector.Run run : result.runs()) {
            String lang = languageOf(run.script());
            spans.add(new LangSpan(run.start(), run.end(), lang, run.script(), lang.equals("und") ? 0.0 : 1.0));
        }
        if (forcedLanguage != null) {
            return doc.withLanguage(new LanguageInfo(forcedLanguage, result.dominant(), 1.0, spans, true));
        }
        String lang = languageOf(result.dominant());
        double score = lang.equals(LanguageInfo.UNDETERMINED) ? 0.0 : result.share();
        return doc.withLanguage(new LanguageInfo(lang, result.dominant(), score, spans, false));
    }

    private String languageOf(String script) {
        return profiles.ownerOfScript(script).map(LanguageProfile::code).orElse(LanguageInfo.UNDETERMINED);
    }
}
