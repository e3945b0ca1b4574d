package org.seacorpus.stats;

import java.util.HashMap;
import java.util.Map;

/**
 * How a counted word (or n-gram) is shown: as it is most often written in the subcorpus, never in the folded form
 * it is counted under, which a reader may take for a misspelling (Thai น้ำ and Lao ນ້ຳ fold into nikhahit + sara
 * aa; {@code Jakarta} folds to {@code jakarta}). Ties go to the form first in {@link String#compareTo} order, so
 * the choice never depends on the order documents were read in. Only the written forms that differ from the folded
 * one are counted; the folded form's own count is what remains.
 */
final class WrittenForms {
    /** Per folded item, the count of each written form that differs from it. */
    private final Map<String, Map<String, long[]>> variants = new HashMap<>();

    void add(String folded, String written) {
        if (!folded.equals(written)) {
            variants.computeIfAbsent(folded, k -> new HashMap<>()).computeIfAbsent(written, k -> new long[1])[0]++;
        }
    }

    void merge(WrittenForms other) {
        other.variants.forEach((folded, forms) -> {
            Map<String, long[]> mine = variants.computeIfAbsent(folded, k -> new HashMap<>());
            forms.forEach((form, count) -> mine.computeIfAbsent(form, k -> new long[1])[0] += count[0]);
        });
    }

    /** The form {@code folded} is shown in, given how often it occurs in all. */
    String shown(String folded, long occurrences) {
        Map<String, long[]> forms = variants.get(folded);
        if (forms == null) {
            return folded;
        }
        long asFolded = occurrences;
        for (long[] count : forms.values()) {
            asFolded -= count[0];
        }
        String best = asFolded > 0 ? folded : null;
        long bestCount = asFolded;
        for (Map.Entry<String, long[]> form : forms.entrySet()) {
            best = better(best, bestCount, form.getKey(), form.getValue()[0]);
            if (best.equals(form.getKey())) {
                bestCount = form.getValue()[0];
            }
        }
        return best;
    }

    /** The better of two written forms: the more frequent, or on a tie the first in String order. */
    static String better(String best, long bestCount, String candidate, long count) {
        if (best == null || count > bestCount || (count == bestCount && candidate.compareTo(best) < 0)) {
            return candidate;
        }
        return best;
    }
}
