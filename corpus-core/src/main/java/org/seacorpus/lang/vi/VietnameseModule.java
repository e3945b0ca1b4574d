package org.seacorpus.lang.vi;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

import org.seacorpus.lang.CodeRange;
import org.seacorpus.lang.LanguageGuess;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.lang.LegacyEncoding;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.NormalizerOptions;

/**
 * Vietnamese ({@code vi}), which shares the Latin script with the region's other languages:
 * <ul>
 *   <li>normalisation: {@code vietnamese-tone} ({@link VietnameseToneRule}) in the style of the setting
 *       {@value VietnameseToneStyle#SETTING} ({@link VietnameseToneStyle}), on Latin lines with diacritics that
 *       read as Vietnamese ({@link VietnameseSyllables#looksVietnamese});</li>
 *   <li>an encoding repair every text gets, since the language is not known before it has run:
 *       {@code vietnamese-font} ({@link VietnameseFontRule}), text in windows-1258, TCVN3 or VNI read as
 *       windows-1252;</li>
 *   <li>charset detection: files in windows-1258, TCVN3 or VNI are recognised by decoding them each way and
 *       keeping the decoding whose words are Vietnamese syllables ({@link VietnameseFontRule#detect}): ICU and
 *       Tika have no detector for these and read them as ISO-8859-1 or windows-1252;</li>
 *   <li>identification: Latin text whose letters only Vietnamese writes ({@link VietnameseLetters}) is
 *       Vietnamese, before any model is asked.</li>
 * </ul>
 * Syllables are the spaced units (the profile's {@code syllables: spaced}); the word list and the name titles are
 * resources of this package.
 */
public final class VietnameseModule implements LanguageModule {
    /** Latin letters with diacritics and the combining marks of NFD text: where Vietnamese tones are written. */
    private static final List<CodeRange> LATIN_MARKED = List.of(CodeRange.of(0x00C0, 0x024F),
            CodeRange.of(0x0300, 0x036F), CodeRange.of(0x1E00, 0x1EFF));

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** Used by {@link java.util.ServiceLoader}. */
    public VietnameseModule() {
    }

    @Override
    public List<String> languages() {
        return List.of("vi");
    }

    @Override
    public List<CodeRange> scriptRanges() {
        return LATIN_MARKED;
    }

    @Override
    public boolean claimsLine(CharSequence line) {
        return VietnameseSyllables.looksVietnamese(line);
    }

    @Override
    public List<NormalizationRule> rules(NormalizerOptions options) {
        return List.of(new VietnameseToneRule(VietnameseToneStyle.of(options)));
    }

    @Override
    public List<NormalizationRule> encodingRepairs() {
        return List.of(VietnameseFontRule.INSTANCE);
    }

    @Override
    public Optional<LanguageGuess> identify(CharSequence text, String script) {
        if (!"Latn".equals(script) || !VietnameseLetters.mayBeVietnamese(text)) {
            return Optional.empty();
        }
        VietnameseLetters.Evidence evidence = VietnameseLetters.measure(text);
        return evidence.isVietnamese() ? Optional.of(new LanguageGuess("vi", script, evidence.score()))
                : Optional.empty();
    }

    @Override
    public Optional<LegacyEncoding.Detection> detectLegacyEncoding(byte[] bytes) {
        return VietnameseFontRule.detect(new String(bytes, WINDOWS_1252)).map(detection -> {
            VietnameseFontEncoding encoding = detection.encoding();
            Charset charset = encoding == VietnameseFontEncoding.WINDOWS_1258 ? WINDOWS_1258 : WINDOWS_1252;
            return new LegacyEncoding.Detection(charset, "vietnamese-syllables", encoding);
        });
    }
}
