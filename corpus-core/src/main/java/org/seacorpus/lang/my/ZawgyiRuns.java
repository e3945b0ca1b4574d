package org.seacorpus.lang.my;

import java.util.ArrayList;
import java.util.List;

import com.google.myanmartools.ZawgyiDetector;

/**
 * Decides, run by run, which parts of a line are written in Zawgyi: a line may hold a Unicode phrase and a Zawgyi
 * phrase side by side (a quoted headline and a comment, a pasted name), and converting the whole line garbles the
 * Unicode half. A run is a stretch of Myanmar text between spaces, other scripts and punctuation (a ၊ or ။ ends the
 * run it closes).
 *
 * <p>Each run gets evidence, in log-odds that it is Zawgyi (natural log):
 * <ul>
 *   <li>none possible (it is Unicode) when it holds something Zawgyi never writes
 *       ({@link MyanmarChars#hasUnicodeOnlyEvidence}), or, on a line with Shan, Mon or Karen letters, when it holds
 *       letters outside Burmese;</li>
 *   <li>otherwise myanmar-tools' {@link ZawgyiDetector} on the run alone (a Markov model over code point pairs,
 *       whose log-odds add up over the runs of a line);</li>
 *   <li>a run that is well-formed Unicode Burmese ({@link BurmeseSpelling}) counts at most {@link #VALID_PENALTY}
 *       against Zawgyi, whatever the detector says, so it never starts a conversion on its own; and when the
 *       detector too reads it as Unicode (log-odds below {@code -}{@link #UNICODE_LIKELY}), it is Unicode for
 *       certain and never converted.</li>
 * </ul>
 * Then the labels: the sequence of Unicode/Zawgyi labels over the line's runs that maximises the evidence of the
 * runs labelled Zawgyi minus {@link #SWITCH} for every change of label (a two-state Viterbi). The switch cost is the
 * context: a short run whose own evidence is weak takes the label of its neighbours, while a run with strong
 * evidence keeps its own. A line where no run leans towards Zawgyi is all Unicode without further work. Pure
 * functions; thread-safe.
 */
final class ZawgyiRuns {
    /** Log-odds a change between Unicode and Zawgyi inside a line costs (e^6 ≈ 400 to 1). */
    static final double SWITCH = Double.parseDouble(System.getProperty("zs", "6"));
    /** What a well-formed Unicode run counts against Zawgyi at least. */
    static final double VALID_PENALTY = Double.parseDouble(System.getProperty("zp", "2"));
    /** Detector log-odds below minus this make a well-formed Unicode run certain (p(Zawgyi) below 0.05). */
    static final double UNICODE_LIKELY = Double.parseDouble(System.getProperty("zu", "3"));
    /** Log-odds are kept within ± this (the detector saturates at probability 1). */
    static final double CLAMP = 40.0;

    private static final ZawgyiDetector DETECTOR = new ZawgyiDetector();

    /** One run of a line: {@code line[start, end)}, its Myanmar characters and its evidence. */
    record Run(int start, int end, int myanmar, double evidence) {
        /** True when the run can never be labelled Zawgyi. */
        boolean certainlyUnicode() {
            return evidence == Double.NEGATIVE_INFINITY;
        }
    }

    private ZawgyiRuns() {
    }

    /** The probability myanmar-tools gives that {@code text} is Zawgyi; 0 for text without Myanmar letters. */
    static double probability(String text) {
        double p = DETECTOR.getZawgyiProbability(text);
        return Double.isNaN(p) || p < 0 ? 0.0 : p;
    }

    /** {@code ln(p / (1 - p))}, kept within ±{@link #CLAMP}. */
    static double logOdds(double p) {
        double odds = Math.log(p) - Math.log1p(-p);
        return Double.isNaN(odds) ? 0.0 : Math.max(-CLAMP, Math.min(CLAMP, odds));
    }

    /** The runs of a line holding at least one Myanmar letter, with their evidence. */
    static List<Run> runs(String line) {
        List<Run> out = new ArrayList<>();
        boolean minority = MyanmarChars.hasMinorityLetters(line);
        for (int[] span : spans(line, 0, line.length())) {
            out.add(new Run(span[0], span[1], span[1] - span[0], evidence(line, span[0], span[1], minority)));
        }
        return out;
    }

    /**
     * The runs of a line as {@code [start, end)}: stretches of Myanmar text holding at least one letter, ended by
     * anything else or by the punctuation mark that closes them.
     */
    private static List<int[]> spans(String line, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!MyanmarChars.isMyanmar(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = runEnd(line, i, to);
            i = end < 0 ? -end - 1 : end;
            if (end >= 0) {
                out.add(new int[] {start, end});
            }
        }
        return out;
    }

    /**
     * The end of the stretch of Myanmar text that starts at {@code start} (a Myanmar unit) and goes on at most to
     * {@code to}, ended by anything else or by the punctuation mark that closes it; {@code -end - 1} when the
     * stretch holds no letter (digits and punctuation only), which makes no run.
     */
    private static int runEnd(String text, int start, int to) {
        int i = start;
        int letters = 0;
        while (i < to && MyanmarChars.isMyanmar(text.charAt(i))) {
            char c = text.charAt(i++);
            letters += MyanmarChars.isDigit(c) || BurmeseSpelling.isPunctuation(c) ? 0 : 1;
            if (BurmeseSpelling.isPunctuation(c)) {
                break;
            }
        }
        return letters > 0 ? i : -i - 1;
    }

    /**
     * True when no run of the line can lean towards Zawgyi, decided without the detector: every run shows
     * something Zawgyi never writes, is well-formed Unicode Burmese (its evidence is at most
     * {@code -}{@link #VALID_PENALTY}), or, on a Shan, Mon or Karen line, holds letters outside Burmese. Then
     * {@link #anyLeansZawgyi} is false and the line stays as it is: the Zawgyi rule's fast path.
     */
    static boolean certainlyUnicode(String line) {
        return certainlyUnicode(line, 0, line.length());
    }

    /** {@link #certainlyUnicode(String)} of the line {@code text[from, to)}, without copying it or its runs. */
    static boolean certainlyUnicode(String text, int from, int to) {
        // the runs of spans(), walked without building them, up to the first that is not certain; whether the
        // line holds minority letters is asked only for a run that is not Burmese
        int minority = -1;
        int i = from;
        while (i < to) {
            if (!MyanmarChars.isMyanmar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = runEnd(text, i, to);
            if (end < 0) {
                i = -end - 1;
                continue;
            }
            i = end;
            BurmeseSpelling.Verdict verdict = BurmeseSpelling.check(text, start, i);
            if (verdict == BurmeseSpelling.Verdict.VALID) {
                continue;
            }
            if (verdict == BurmeseSpelling.Verdict.NOT_BURMESE && minority < 0) {
                minority = MyanmarChars.hasMinorityLetters(text, from, to) ? 1 : 0;
            }
            boolean unicode = (minority == 1 && verdict == BurmeseSpelling.Verdict.NOT_BURMESE)
                    || MyanmarChars.hasUnicodeOnlyEvidence(text, start, i);
            if (!unicode) {
                return false;
            }
        }
        return true;
    }

    private static double evidence(String line, int start, int end, boolean minority) {
        if (MyanmarChars.hasUnicodeOnlyEvidence(line, start, end)) {
            return Double.NEGATIVE_INFINITY;
        }
        BurmeseSpelling.Verdict verdict = BurmeseSpelling.check(line, start, end);
        if (minority && verdict == BurmeseSpelling.Verdict.NOT_BURMESE) {
            return Double.NEGATIVE_INFINITY;
        }
        double odds = logOdds(probability(line.substring(start, end)));
        if (verdict != BurmeseSpelling.Verdict.VALID) {
            return odds;
        }
        return odds < -UNICODE_LIKELY ? Double.NEGATIVE_INFINITY : Math.min(odds, 0.0) - VALID_PENALTY;
    }

    /** True when some run leans towards Zawgyi; when none does, the best labelling is all Unicode. */
    static boolean anyLeansZawgyi(List<Run> runs) {
        for (Run run : runs) {
            if (run.evidence() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The labels (true = Zawgyi) that maximise the summed evidence of the Zawgyi runs minus {@link #SWITCH} per
     * change of label between neighbouring runs; ties go to Unicode. The ends of the line cost nothing: a line
     * may be Zawgyi from its first run to its last.
     */
    static boolean[] labels(List<Run> runs) {
        int n = runs.size();
        boolean[] zawgyi = new boolean[n];
        if (n == 0) {
            return zawgyi;
        }
        // best[i][s]: best score of runs 0..i with run i labelled s (0 = Unicode, 1 = Zawgyi); from[i][s]: label of i-1
        double[][] best = new double[n][2];
        int[][] from = new int[n][2];
        for (int i = 0; i < n; i++) {
            double gain = runs.get(i).evidence();
            for (int s = 0; s < 2; s++) {
                double own = s == 1 ? gain : 0.0;
                if (i == 0) {
                    best[i][s] = own;
                    continue;
                }
                double stay = best[i - 1][s];
                double change = best[i - 1][1 - s] - SWITCH;
                from[i][s] = stay >= change ? s : 1 - s;
                best[i][s] = Math.max(stay, change) + own;
            }
        }
        int s = best[n - 1][0] >= best[n - 1][1] ? 0 : 1;
        for (int i = n - 1; i >= 0; i--) {
            zawgyi[i] = s == 1;
            s = from[i][s];
        }
        return zawgyi;
    }
}
