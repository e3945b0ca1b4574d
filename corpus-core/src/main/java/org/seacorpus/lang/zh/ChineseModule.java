package org.seacorpus.lang.zh;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.seacorpus.lang.LanguageGuess;
import org.seacorpus.lang.LanguageModule;

/**
 * Chinese ({@code zh}): Han text is Chinese, its script told as Simplified ({@code Hans}), Traditional
 * ({@code Hant}) or undecided ({@code Hani}) by {@link HanVariantClassifier}. Han mixed with kana is Japanese and
 * never reaches this module (the identifier reports it as {@code Jpan}).
 */
public final class ChineseModule implements LanguageModule {
    private static final Set<String> HAN = Set.of("Hani", "Hans", "Hant");

    private final HanVariantClassifier variants = new HanVariantClassifier();

    /** Used by {@link java.util.ServiceLoader}. */
    public ChineseModule() {
    }

    @Override
    public List<String> languages() {
        return List.of("zh");
    }

    @Override
    public Optional<LanguageGuess> identify(CharSequence text, String script) {
        if (!HAN.contains(script)) {
            return Optional.empty();
        }
        return Optional.of(new LanguageGuess("zh", variants.classify(text).script(), 1.0));
    }
}
