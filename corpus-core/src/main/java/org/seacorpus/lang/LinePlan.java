package org.seacorpus.lang;

import java.util.Arrays;

import org.seacorpus.normalize.CleanTextScan;
import org.seacorpus.normalize.RuleCounts;

/**
 * The normaliser's look at one text, line by line ({@link CleanTextScan#scan} hands it each line): the lines
 * ({@code [from, to)}) that the script rules would change, each with what they make of it and their counts. A
 * line passes when its modules' cheap looks say so ({@link ScriptAwareNormalizer#looksPass}); otherwise its
 * modules' rules are run on it once ({@link ScriptAwareNormalizer#runLine}), and it passes when they hand it back
 * without counting a change: exactly the lines the full path's script rules would hand back, since those are the
 * rules it runs. Every line is asked, so that the full path's pass over a text that only some lines' script rules
 * change rewrites those lines from what was kept here and runs no rule twice. One per look; not thread-safe.
 */
final class LinePlan implements CleanTextScan.Lines {
    private final ScriptAwareNormalizer normalizer;
    /** The text looked at. */
    String text;
    /** The scan's own answer for {@link #text} (with its whitespace bits). */
    int answer;
    /** The lines the rules change, as {@code from, to} pairs; made at the first such line (most texts have none). */
    int[] lines;
    /** Each such line, what the rules make of it, and their counts. */
    String[] before;
    String[] after;
    RuleCounts[] counts;
    /**
     * For each line the pass rewrote, the one-pass look at what it made ({@link CleanTextScan#scan} of the line with
     * its line looks), set by the pass: it says whether the line is in NFC and is the second look's answer for it.
     */
    int[] afterLooks;
    int count;
    /** Every line the pass rewrote came out in NFC / with the blank shape of the line it replaced. */
    boolean fixedInNfc = true;
    boolean sameShape = true;
    /**
     * Set by the pass that rewrote this plan's lines when the text it made differs from the text looked at only
     * in those lines (in NFC, of the same blank shape, no tidying to do): then the look at that text can be
     * made line by line ({@link ScriptAwareNormalizer}'s second look).
     */
    boolean rewroteOnlyLines;
    /** The copy of the line being asked about, when a look needed one (kept for the rules' run). */
    String copy;

    LinePlan(ScriptAwareNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** This plan, for a look at {@code looked}. */
    LinePlan of(String looked) {
        text = looked;
        count = 0;
        rewroteOnlyLines = false;
        return this;
    }

    @Override
    public boolean untouched(String whole, int from, int to, long scripts) {
        copy = null;
        if (normalizer.looksPass(whole, from, to, scripts, this)) {
            return true;
        }
        String line = copy != null ? copy : from == 0 && to == whole.length() ? whole : whole.substring(from, to);
        RuleCounts changes = new RuleCounts();
        String fixed = normalizer.runLine(line, scripts, changes);
        if (fixed == line && changes.isEmpty()) {
            return true;
        }
        if (before == null) {
            lines = new int[8];
            before = new String[4];
            after = new String[4];
            counts = new RuleCounts[4];
            afterLooks = new int[4];
        } else if (count == before.length) {
            lines = Arrays.copyOf(lines, 4 * count);
            before = Arrays.copyOf(before, 2 * count);
            after = Arrays.copyOf(after, 2 * count);
            counts = Arrays.copyOf(counts, 2 * count);
            afterLooks = Arrays.copyOf(afterLooks, 2 * count);
        }
        lines[2 * count] = from;
        lines[2 * count + 1] = to;
        before[count] = line;
        after[count] = fixed;
        counts[count] = changes;
        count++;
        return false;
    }

    @Override
    public boolean everyLine() {
        return true;
    }
}
