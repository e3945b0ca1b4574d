package org.seacorpus.lang.my;

import java.util.List;
import java.util.regex.Pattern;

import com.google.myanmartools.ZawgyiDetector;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.seacorpus.normalize.LastTextAnswer;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.RuleCounts;

/**
 * Converts Burmese written in the Zawgyi font encoding to Unicode, run by run: a line may hold a Unicode phrase and
 * a Zawgyi phrase side by side, and only the Zawgyi part is converted. Which runs (stretches between spaces and
 * punctuation) are Zawgyi is decided by {@link ZawgyiRuns}: Google's myanmar-tools {@link ZawgyiDetector} on each
 * run, combined with its neighbours' through a cost for every change of encoding inside the line, with runs that
 * show something Zawgyi never writes, or that are well-formed Unicode the detector also reads as Unicode, kept as
 * they are.
 *
 * <p>Each stretch of neighbouring Zawgyi runs (a group) is converted only when its evidence passes the threshold
 * (default 0.95, the library's advice for high confidence; 0.99 for a group of fewer than {@value #SHORT} Myanmar
 * characters, one or two words, which can read well in both encodings: the Unicode word ကြဲပါ scores 0.987), only
 * where the conversion changes something, and only where the result no longer scores as Zawgyi (a real conversion
 * yields plain Unicode; garbage in stays garbage and is left alone). The conversion is ICU's {@code Zawgyi-my}
 * transliterator (the rules myanmar-tools contributed to CLDR), followed by NFC.
 *
 * <p>Why so careful: ICU's converter garbles text that is already Unicode (မြန်မာ becomes မွနျမာ), and Sgaw
 * Karen, written in the same block, scores as Zawgyi. Unicode Burmese, Shan and Mon come out untouched. Counts
 * one change per converted group.
 */
public final class ZawgyiRule implements NormalizationRule {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Pattern SPACES = Pattern.compile("[ \t]+");
    /** ICU transliterators keep state while they run, so each thread gets its own. */
    private static final ThreadLocal<Transliterator> ZAWGYI_TO_UNICODE =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Zawgyi-my"));

    /** Groups with fewer Myanmar characters than this are short: one or two words, little evidence. */
    static final int SHORT = 15;
    /** The threshold for short groups, never below the configured one. */
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
     * The probability myanmar-tools gives that a paragraph is Zawgyi as a whole; 0 for text without Myanmar
     * letters. The paragraph is scored as the whitespace rule will leave it (trimmed, runs of spaces as one),
     * because the model also reads the spaces and a score must not change when only spacing does.
     */
    public static double zawgyiProbability(String paragraph) {
        return ZawgyiRuns.probability(spaced(paragraph));
    }

    /**
     * No run of any line can lean towards Zawgyi ({@link ZawgyiRuns#certainlyUnicode}: well-formed Unicode
     * Burmese, Unicode-only signs, or Shan, Mon and Karen letters), so nothing is converted.
     */
    @Override
    public boolean leavesAlone(String text) {
        return leavesAlone.test(text);
    }

    /** The last answer of {@link #leavesAlone}, per thread: the normaliser's look asks, then its rules' run asks again. */
    private final LastTextAnswer leavesAlone = new LastTextAnswer(ZawgyiRule::certainlyUnicode);

    private static boolean certainlyUnicode(String text) {
        if (!MyanmarChars.hasMyanmar(text)) {
            return true;
        }
        if (BurmeseSpelling.burmeseLinesValid(text, false)) {
            // every line with Myanmar characters is well-formed Unicode Burmese as a whole, so each of its runs
            // is too (a run starts a word where the line does, and its clusters are the line's): all certain
            return true;
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (MyanmarChars.hasMyanmar(text, start, end) && !ZawgyiRuns.certainlyUnicode(text, start, end)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    @Override
    public String apply(String text, RuleCounts counts) {
        if (!MyanmarChars.hasMyanmar(text)) {
            return text;
        }
        int[] converted = new int[1];
        StringBuilder out = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            String fixed = MyanmarChars.hasMyanmar(line) ? convert(line, converted) : line;
            if (fixed != line && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, start);
            }
            if (out != null) {
                out.append(fixed);
                if (end < text.length()) {
                    out.append('\n');
                }
            }
            start = end + 1;
        }
        if (out == null) {
            return text;
        }
        counts.add(name(), converted[0]);
        return out.toString();
    }

    /** The line with its Zawgyi groups in Unicode (counted in {@code converted}), or the line itself. */
    String convert(String line, int[] converted) {
        List<ZawgyiRuns.Run> runs = ZawgyiRuns.runs(line);
        if (!ZawgyiRuns.anyLeansZawgyi(runs)) {
            return line;
        }
        boolean[] zawgyi = ZawgyiRuns.labels(runs);
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < runs.size()) {
            if (!zawgyi[i]) {
                i++;
                continue;
            }
            int first = i;
            boolean anchored = false;
            while (i < runs.size() && zawgyi[i]) {
                anchored |= runs.get(i).evidence() > 0;
                i++;
            }
            int from = runs.get(first).start();
            int to = runs.get(i - 1).end();
            String unicode = anchored ? toUnicode(line.substring(from, to)) : null;
            if (unicode != null) {
                out = out == null ? new StringBuilder(line.length()) : out;
                out.append(line, copied, from).append(unicode);
                copied = to;
                converted[0]++;
            }
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    /**
     * The group in Unicode, converted as the whitespace rule will leave it (runs of spaces as one: ICU's rules
     * read spaces as context too); null when the conversion changes nothing or its result still scores as
     * Zawgyi (the input was not Burmese Zawgyi: random or foreign text, which also keeps the rule idempotent).
     */
    private String toUnicode(String group) {
        String spaced = SPACES.matcher(group).replaceAll(" ");
        if (ZawgyiRuns.probability(spaced) <= thresholdFor(myanmarChars(spaced))) {
            return null;
        }
        String unicode = NFC.normalize(ZAWGYI_TO_UNICODE.get().transliterate(spaced));
        if (unicode.equals(spaced)) {
            return null;
        }
        boolean settled = MyanmarChars.hasUnicodeOnlyEvidence(unicode)
                || ZawgyiRuns.probability(unicode) <= thresholdFor(myanmarChars(unicode));
        return settled ? unicode : null;
    }

    private static int myanmarChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += MyanmarChars.isMyanmar(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /**
     * The threshold a group must pass: the configured one, raised to {@link #SHORT_THRESHOLD} for groups of fewer
     * than {@link #SHORT} Myanmar characters, where a single word can read well in both encodings.
     */
    double thresholdFor(int myanmarChars) {
        return myanmarChars < SHORT ? Math.max(threshold, SHORT_THRESHOLD) : threshold;
    }

    private static String spaced(String paragraph) {
        return SPACES.matcher(paragraph.strip()).replaceAll(" ");
    }
}
