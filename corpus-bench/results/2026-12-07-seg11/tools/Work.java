import java.util.List;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.ScriptAwareNormalizer;
import org.seacorpus.lang.identify.LanguageIdentifier;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.segment.Segmentation;
import org.seacorpus.segment.Segmenters;

/**
 * Loaded once per build (its own class loader, see TwoJars): the import's language ID (identifyDocument), its
 * analyse stage's work (Segmentation.of with the language's segmenter: words, sentences) and its normaliser on
 * texts of one language. Each call returns a digest of the answers when asked (warm-up rounds), so that both builds
 * can be checked to agree (for segmentation: every token's text, offsets and kind, every sentence end); in the
 * timed rounds only a count.
 */
public final class Work {
    private static final LanguageIdentifier LID = LanguageIdentifier.builtIn();
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());
    private static final ScriptAwareNormalizer NORMALIZER =
            ScriptAwareNormalizer.create(LanguageProfiles.builtIn(), NormalizerOptions.defaults());

    private Work() {
    }

    public static long lid(String[] texts, boolean digest) {
        long h = 0;
        for (String t : texts) {
            var info = LID.identifyDocument(t);
            h = digest ? h * 31 + info.toString().hashCode() : h + info.spans().size();
        }
        return h;
    }

    public static long segment(String lang, String[] texts, boolean digest) {
        long h = 0;
        var segmenter = SEGMENTERS.forLanguage(lang);
        for (String t : texts) {
            Segmentation s = Segmentation.of(segmenter, t);
            h = h * 31 + s.tokens().size() * 1_000_003L + s.sentenceEnds().size();
            for (var token : digest ? s.tokens() : List.<org.seacorpus.segment.Token>of()) {
                h = h * 31 + token.start() * 7 + token.end() + token.kind().ordinal();
                h = h * 31 + token.text().hashCode();
            }
            for (int end : digest ? s.sentenceEnds() : List.<Integer>of()) {
                h = h * 31 + end;
            }
        }
        return h;
    }

    public static long normalize(String[] texts, boolean digest) {
        long h = 0;
        for (String t : texts) {
            // String caches its hash: only the digest rounds hash the output (the text given back unchanged is the
            // same String in every build and round, and its cached hash would favour whichever build came second)
            String out = NORMALIZER.normalize(t).text();
            h = digest ? h * 31 + out.hashCode() : h + out.length();
        }
        return h;
    }
}
