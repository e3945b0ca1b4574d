package org.seacorpus.lang.km;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.RuleCounts;

/**
 * Puts each Khmer syllable in the canonical storage order: base, register shifters (៉ ៊), robat (៌), subscript
 * consonants (coeng + consonant, in the order typed, coeng + ro last), dependent vowels, then signs (nikahit,
 * reahmuk, bantoc…). Fonts render several typing orders alike (a shifter typed after the vowel, coeng-ro typed
 * before another subscript), so the same word reaches a corpus in several spellings that search and
 * deduplication would treat as different words.
 *
 * <p>Source: The Unicode Standard, §16.4 "Khmer", Ordering of Syllable Components (B {R|C} {S} {V} {O}), with
 * coeng-ro last among the subscripts because it renders to the left and is typed last by the standard NiDA
 * keyboard. A syllable holding anything irregular (a coeng with nothing to subscript, a joiner not before a
 * vowel) is left as it is.
 */
public final class KhmerReorder implements NormalizationRule {
    public static final KhmerReorder INSTANCE = new KhmerReorder();

    private KhmerReorder() {
    }

    @Override
    public String name() {
        return "khmer-reorder";
    }

    @Override
    public boolean leavesAlone(String text) {
        return KhmerSyllableParts.leavesAlone(text);
    }

    @Override
    public String apply(String text, RuleCounts counts) {
        int[] changes = new int[1];
        String out = KhmerSyllableParts.rewrite(text, KhmerSyllableParts::unordered, KhmerReorder::reorder, changes);
        counts.add(name(), changes[0]);
        return out;
    }

    /** Sorts the parts by class, stably; one change per syllable whose order moved. */
    static int reorder(List<KhmerSyllableParts.Part> parts) {
        List<KhmerSyllableParts.Part> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt(KhmerSyllableParts.Part::cls));
        if (sorted.equals(parts)) {
            return 0;
        }
        parts.clear();
        parts.addAll(sorted);
        return 1;
    }
}
