package org.seacorpus.lang.ta;

import java.util.List;

import org.seacorpus.lang.LanguageModule;

/**
 * Tamil ({@code ta}): the Tamil script is its own and decides the language; its profile (ICU word breaking,
 * quality thresholds) and its stopwords say the rest.
 */
public final class TamilModule implements LanguageModule {
    /** Used by {@link java.util.ServiceLoader}. */
    public TamilModule() {
    }

    @Override
    public List<String> languages() {
        return List.of("ta");
    }
}
