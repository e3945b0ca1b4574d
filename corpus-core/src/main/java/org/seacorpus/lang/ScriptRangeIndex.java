package org.seacorpus.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.normalize.CleanTextScan;

/**
 * For each character, the modules whose {@link LanguageModule#scriptRanges()} hold it, as a bit set over the
 * module list: one table lookup per character for the Basic Multilingual Plane (a {@code char} per code unit
 * pointing at one of the few distinct bit sets), a short scan of the supplementary ranges only when a module
 * declares one. Immutable and thread-safe.
 */
final class ScriptRangeIndex implements CleanTextScan.Scripts {
    private static final int BMP = 0x10000;

    /** Per BMP code unit: the index of its bit set in {@link #masks}. */
    private final char[] slot = new char[BMP];
    private final long[] masks;
    private final List<CodeRange> supplementary = new ArrayList<>();
    private final List<Long> supplementaryBits = new ArrayList<>();

    ScriptRangeIndex(List<LanguageModule> modules) {
        long[] bmp = new long[BMP];
        for (int i = 0; i < modules.size(); i++) {
            List<CodeRange> ranges = modules.get(i).scriptRanges();
            if (ranges.isEmpty()) {
                continue;
            }
            if (i >= Long.SIZE) {
                throw new IllegalStateException("language module " + LanguageModules.name(modules.get(i))
                        + " declares script ranges, but only the first " + Long.SIZE + " modules may");
            }
            long bit = 1L << i;
            for (CodeRange range : ranges) {
                for (int cp = range.first(); cp <= Math.min(range.last(), BMP - 1); cp++) {
                    bmp[cp] |= bit;
                }
                if (range.last() >= BMP) {
                    supplementary.add(CodeRange.of(Math.max(range.first(), BMP), range.last()));
                    supplementaryBits.add(bit);
                }
            }
        }
        Map<Long, Character> distinct = new HashMap<>();
        List<Long> ordered = new ArrayList<>();
        distinct.put(0L, (char) 0);
        ordered.add(0L);
        // characters come in runs of one mask (a script's block): the map is asked once a run, not 65,536 times
        long runMask = 0L;
        char runIndex = 0;
        for (int c = 0; c < BMP; c++) {
            long mask = bmp[c];
            if (mask != runMask) {
                Character index = distinct.get(mask);
                if (index == null) {
                    index = (char) ordered.size();
                    distinct.put(mask, index);
                    ordered.add(mask);
                }
                runMask = mask;
                runIndex = index;
            }
            slot[c] = runIndex;
        }
        masks = ordered.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public char[] slots() {
        return slot;
    }

    @Override
    public long[] masks() {
        return masks;
    }

    @Override
    public long modulesIn(String text, int from, int to) {
        return modulesIn((CharSequence) text, from, to);
    }

    /** The bit set of the modules whose characters {@code text[from, to)} holds. */
    long modulesIn(CharSequence text, int from, int to) {
        long found = 0;
        boolean astral = !supplementary.isEmpty();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            found |= masks[slot[c]];
            if (astral && Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                for (int k = 0; k < supplementary.size(); k++) {
                    if (supplementary.get(k).contains(cp)) {
                        found |= supplementaryBits.get(k);
                    }
                }
            }
        }
        return found;
    }
}
