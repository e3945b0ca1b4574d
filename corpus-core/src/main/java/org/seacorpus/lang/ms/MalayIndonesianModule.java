package org.seacorpus.lang.ms;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.lang.MarkerWords;

/**
 * Indonesian ({@code id}) and Malay ({@code ms}), two standards of one language:
 * <ul>
 *   <li>identification: the words the two standards spell or choose differently ({@link MalayIndonesianMarkers})
 *       move the split between them when the model's best answer is one of the two;</li>
 *   <li>search: the {@code stem} sub-field uses Lucene's Indonesian stemmer, inflectional suffixes only (particles
 *       -lah -kah -pun, possessives -ku -mu -nya), which fit Malay as well.</li>
 * </ul>
 * Hyphenated words ({@code anak-anak}) are kept whole by the profiles' {@code join_hyphens}.
 */
public final class MalayIndonesianModule implements LanguageModule {
    private static final MarkerWords MARKERS = new MarkerWords("id", "ms", MalayIndonesianMarkers::malayLogOdds,
            MalayIndonesianMarkers::wordWeight);

    /** Used by {@link java.util.ServiceLoader}. */
    public MalayIndonesianModule() {
    }

    @Override
    public List<String> languages() {
        return List.of("id", "ms");
    }

    @Override
    public Optional<MarkerWords> markerWords() {
        return Optional.of(MARKERS);
    }

    @Override
    public Optional<UnaryOperator<TokenStream>> stemmer(String lang) {
        return Optional.of(words -> new IndonesianStemFilter(new LowerCaseFilter(words), false));
    }
}
