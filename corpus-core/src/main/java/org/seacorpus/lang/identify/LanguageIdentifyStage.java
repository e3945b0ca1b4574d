package org.seacorpus.lang.identify;

import org.seacorpus.document.Document;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.stage.Stage;

/**
 * The identify stage of the import flow: decides each document's language, script, score and per-paragraph spans
 * with a {@link LanguageIdentifier}. A language forced by the user ({@code --lang}) replaces the decision (score
 * 1, {@code forced} set) while the script and spans are still detected, so a linguist can see where the text
 * disagrees with the forced language. A language the extractor found declared by the source (a document arriving
 * with {@link LanguageInfo#forced()} set) is kept the same way. Thread-safe.
 */
public final class LanguageIdentifyStage implements Stage {
    private final LanguageIdentifier identifier;
    private final String forcedLanguage;

    /** @param forcedLanguage a language code given by the user, or null to decide from the text */
    public LanguageIdentifyStage(LanguageIdentifier identifier, String forcedLanguage) {
        this.identifier = identifier;
        this.forcedLanguage = forcedLanguage;
    }

    @Override
    public String name() {
        return "identify-language";
    }

    @Override
    public Document apply(Document doc) {
        LanguageInfo found = identifier.identifyDocument(doc.text());
        // a language the source itself declared (a CoNLL-U file's # lang) counts as forced, unless --lang says otherwise
        String forced = forcedLanguage != null ? forcedLanguage
                : doc.language().forced() ? doc.language().lang() : null;
        if (forced == null) {
            return doc.withLanguage(found);
        }
        return doc.withLanguage(new LanguageInfo(forced, found.script(), 1.0, found.spans(), true));
    }
}
