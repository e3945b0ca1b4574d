package org.seacorpus.lang.my;

import java.util.StringJoiner;

import com.google.myanmartools.ZawgyiDetector;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.RuleCounts;

/**
 * Converts Burmese paragraphs (lines) written in the Zawgyi font encoding to Unicode. Detection first, with
 * Google's myanmar-tools {@link ZawgyiDetector} (a Markov model over code point pairs), one paragraph at a time
 * because documents mix the two; conversion only above the threshold (default 0.95, the library's advice for
 * high confidence), only where the paragraph shows nothing Zawgyi never writes (see
 * {@link MyanmarChars#hasUnicodeOnlyEvidence}), and only where it changes something. The conversion is ICU's
 * {@code Zawgyi-my} transliterator (the rules myanmar-tools contributed to CLDR), followed by NFC.
 *
 * <p>Why so careful: ICU's converter garbles text that is already Unicode (မြန်မာ becomes မွနျမာ), and Sgaw
 * Karen, written in the same block, scores as Zawgyi. Unicode Burmese, Shan and Mon paragraphs come out
 * untouched. Counts one change per converted paragraph.
 */
public final class ZawgyiRule implements NormalizationRule {
    private static final ZawgyiDetector DETECTOR = new ZawgyiDetector();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** ICU transliterators keep state while they run, so each thread gets its own. */
    private static final ThreadLocal<Transliterator> ZAWGYI_TO_UNICODE =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Zawgyi-my"));

    private final double threshold;

    public ZawgyiRule(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return "zawgyi";
    }

    /** The probability myanmar-tools gives that a paragraph is Zawgyi; 0 for text without Myanmar letters. */
    public static double zawgyiProbability(String paragraph) {
        double p = DETECTOR.getZawgyiProbability(paragraph);
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

    /** The paragraph in Unicode if it is confidently Zawgyi, else the paragraph itself. */
    String convert(String paragraph) {
        if (!MyanmarChars.hasMyanmar(paragraph) || MyanmarChars.hasUnicodeOnlyEvidence(paragraph)
                || zawgyiProbability(paragraph) <= threshold) {
            return paragraph;
        }
        String unicode = NFC.normalize(ZAWGYI_TO_UNICODE.get().transliterate(paragraph));
        return unicode.equals(paragraph) ? paragraph : unicode;
    }
}
