package org.seacorpus.lang.latin;

import java.util.List;

import org.seacorpus.lang.LanguageModule;

/**
 * The Latin-script languages that need no rules of their own: Filipino ({@code fil}), Javanese ({@code jv}),
 * Sundanese ({@code su}), Cebuano ({@code ceb}), Tetum ({@code tet}) and English ({@code en}). Their profiles
 * (hyphenated words kept whole, quality thresholds) and stopwords say
 * all there is; the n-gram model tells them apart. A language that gains rules of its own moves to a package
 * of its own.
 */
public final class LatinLanguagesModule implements LanguageModule {
    /** Used by {@link java.util.ServiceLoader}. */
    public LatinLanguagesModule() {
    }

    @Override
    public List<String> languages() {
        return List.of("fil", "jv", "su", "ceb", "tet", "en");
    }
}
