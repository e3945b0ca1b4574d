package org.seacorpus.lang.my;

import java.util.StringJoiner;
import java.util.regex.Pattern;

import com.google.myanmartools.ZawgyiDetector;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.RuleCounts;

/**
 * Converts Burmese paragraphs (lines) written in the Zawgyi font encoding to Unicode. Detection first, with
 * Google's myanmar-tools {@link ZawgyiDetector} (a Markov model over code point pairs), one paragraph at a time
 * because documents mix the two; conversion only above the threshold (default 0.95, the library's advice for
 * high confidence; 0.99 for paragraphs of one or two words), only where the paragraph shows nothing Zawgyi
 * never writes (see {@link MyanmarChars#hasUnicodeOnlyEvidence}), only where it changes something, and only
 * where the result no longer scores as Zawgyi (a real conversion yields plain Unicode; garbage in stays garbage
 * and is left alone). The conversion is ICU's
 * {@code Zawgyi-my} transliterator (the rules myanmar-tools contributed to CLDR), followed by NFC.
 *
 * <p>Why so careful: ICU's converter garbles text that is already Unicode (မြန်မာ becomes မွနျမာ), and Sgaw
 * Karen, written in the same block, scores as Zawgyi. Unicode Burmese, Shan and Mon paragraphs come out
 * untouched. Counts one change per converted paragraph.
 */
public final class ZawgyiRule implements NormalizationRule {
    private static final ZawgyiDetector DETECTOR = new ZawgyiDetector();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Pattern SPACES = Pattern.compile("[ \t]+");
    /** ICU transliterators keep state while they run, so each thread gets its own. */
    private static final ThreadLocal<Transliterator> ZAWGYI_TO_UNICODE =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Zawgyi-my"));

    /** Paragraphs with fewer Myanmar characters than this are short: one or two words, little evidence. */
    static final int SHORT = 15;
    /** The threshold for short paragraphs, never below the configured one. */
    static final double SHORT_THRESHOLD = 0.99;

    private final double threshold;

    public ZawgyiRule(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return "zawgyi";
    }

    /**
     * The probability myanmar-tools gives that a paragraph is Zawgyi; 0 for text without Myanmar letters. The
     * paragraph is scored as the whitespace rule will leave it (trimmed, runs of spaces as one), because the
     * model also reads the spaces and a score must not change when only spacing does.
     */
    public static double zawgyiProbability(String paragraph) {
        double p = DETECTOR.getZawgyiProbability(spaced(paragraph));
        return Double.isNaN(p) || p < 0 ? 0.0 : p;
    }

    @Override
    public String apply(String text, RuleCounts counts) {
        if (!MyanmarChars.hasMyanmar(text)) {
            return text;
        }
        int converted = 0;
        StringJoiner out = new StringJoiner("\n");
        for (String line : text.split("\n", -1)) {
            String unicode = convert(line);
            if (unicode != line) {
                converted++;
            }
            out.add(unicode);
        }
        if (converted == 0) {
            return text;
        }
        counts.add(name(), converted);
        return out.toString();
    }

    /**
     * The paragraph in Unicode if it is confidently Zawgyi, else the paragraph itself. It is converted as the
     * whitespace rule will leave it (trimmed, runs of spaces as one): ICU's rules read spaces as context too.
     */
    String convert(String paragraph) {
        if (!MyanmarChars.hasMyanmar(paragraph) || MyanmarChars.hasUnicodeOnlyEvidence(paragraph)
                || zawgyiProbability(paragraph) <= thresholdFor(paragraph)) {
            return paragraph;
        }
        String spaced = spaced(paragraph);
        String unicode = NFC.normalize(ZAWGYI_TO_UNICODE.get().transliterate(spaced));
        if (unicode.equals(spaced)) {
            return paragraph;
        }
        // a real conversion yields Unicode that no longer scores as Zawgyi; if it still does, the input was not
        // Burmese Zawgyi (random or foreign text) and is left alone, which also keeps the rule idempotent
        boolean settled = MyanmarChars.hasUnicodeOnlyEvidence(unicode)
                || zawgyiProbability(unicode) <= thresholdFor(unicode);
        return settled ? unicode : paragraph;
    }

    /**
     * The threshold a paragraph must pass: the configured one, raised to {@link #SHORT_THRESHOLD} for short
     * paragraphs, where a single word can read well in both encodings (ကြဲပါ scores 0.987).
     */
    double thresholdFor(String paragraph) {
        long myanmar = paragraph.chars().filter(MyanmarChars::isMyanmar).count();
        return myanmar < SHORT ? Math.max(threshold, SHORT_THRESHOLD) : threshold;
    }

    private static String spaced(String paragraph) {
        return SPACES.matcher(paragraph.strip()).replaceAll(" ");
    }
}
