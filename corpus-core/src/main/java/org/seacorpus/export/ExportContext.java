package org.seacorpus.export;

import java.util.Map;

import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityAnalyzer;

/**
 * What an export needs from the corpus besides its index: the corpus's language setup (so a query and the
 * quality signals of documents imported without them are read as the corpus reads them), its name, the quality
 * overrides of {@code corpus.yaml} and the boilerplate source.
 *
 * @param profiles        the language profiles
 * @param analyzers       the corpus's search analyzers (to parse {@code --query})
 * @param quality         measures signals of documents stored without them
 * @param corpusName      for the manifest and the dataset card
 * @param qualitySettings threshold overrides from {@code corpus.yaml} ({@code settings.quality}), or null
 * @param boilerplate     where boilerplate lines come from ({@link BoilerplateSource#NONE} without dedupe)
 */
public record ExportContext(LanguageProfiles profiles, LanguageAnalyzers analyzers, QualityAnalyzer quality,
                            String corpusName, Map<String, ?> qualitySettings, BoilerplateSource boilerplate) {
    public ExportContext {
        boilerplate = boilerplate == null ? BoilerplateSource.NONE : boilerplate;
    }

    /** The built-in profiles with their default segmenters, no overrides, no boilerplate data. */
    public static ExportContext of(LanguageProfiles profiles, String corpusName) {
        return new ExportContext(profiles, new LanguageAnalyzers(profiles), new QualityAnalyzer(profiles), corpusName,
                null, BoilerplateSource.NONE);
    }
}
