package org.seacorpus.lang.shn;

import java.util.List;

import org.seacorpus.lang.LanguageModule;

/**
 * Shan ({@code shn}), written in the Myanmar script: its profile says all there is so far (Myanmar syllables,
 * its own stopwords). The script's normalisation and the Burmese/Shan decision belong to the Myanmar module
 * ({@code lang/my}), which reads the letters only Shan uses from {@link ShanLetters}.
 */
public final class ShanModule implements LanguageModule {
    /** Used by {@link java.util.ServiceLoader}. */
    public ShanModule() {
    }

    @Override
    public List<String> languages() {
        return List.of("shn");
    }
}
