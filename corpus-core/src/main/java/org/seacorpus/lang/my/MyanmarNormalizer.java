package org.seacorpus.lang.my;

import java.util.List;

import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.RuleCounts;

/**
 * The Burmese rules, switched on by the Burmese profile, in the order they run:
 *
 * <ul>
 *   <li>{@code zawgyi}: {@link ZawgyiRule}, Zawgyi paragraphs to Unicode;</li>
 *   <li>{@code myanmar-lookalikes}: {@link MyanmarLookalikes}, ၀/ဝ and ၄/၎;</li>
 *   <li>{@code myanmar-reorder}: each cluster's signs in the storage order of UTN #11 (kinzi, base, the asat of
 *       a contraction, stacked consonant, medials ya ra wa ha, vowel e, upper vowels, lower vowels, aa, anusvara,
 *       dot below, asat, visarga), with a ေ or ြ typed before its consonant moved after it. An asat right after
 *       the base is the contraction's and stays there: ကျွန်ုပ် (န + ် + ု) and ယောက်ျား (က + ် + ျ + ာ + း) are
 *       standard spellings, not misorderings;</li>
 *   <li>{@code myanmar-duplicate-marks}: the same sign typed twice in a cluster kept once.</li>
 * </ul>
 * The last three run only on lines whose Myanmar characters are all Burmese: Shan, Mon and Karen text keeps its
 * own orders and letters. Source: UTN #11 "Representing Myanmar in Unicode", v4, Table 3.
 */
public final class MyanmarNormalizer {
    public static final NormalizationRule REORDER = clusterRule("myanmar-reorder", MyanmarClusters.Job.REORDER);
    public static final NormalizationRule DUPLICATE_MARKS = clusterRule("myanmar-duplicate-marks",
            MyanmarClusters.Job.DEDUPLICATE);

    private MyanmarNormalizer() {
    }

    /** The Burmese rules in the order they run, Zawgyi converted above {@code zawgyiThreshold}. */
    public static List<NormalizationRule> all(double zawgyiThreshold) {
        return List.of(new ZawgyiRule(zawgyiThreshold), MyanmarLookalikes.INSTANCE, REORDER, DUPLICATE_MARKS);
    }

    private static NormalizationRule clusterRule(String name, MyanmarClusters.Job job) {
        return new NormalizationRule() {
            @Override
            public String name() {
                return name;
            }

            /** Every Burmese line is well-formed Unicode: its signs are in order and none is doubled. */
            @Override
            public boolean leavesAlone(String text) {
                return BurmeseSpelling.burmeseLinesValid(text, true);
            }

            @Override
            public String apply(String text, RuleCounts counts) {
                if (!MyanmarChars.hasMyanmar(text)) {
                    return text;
                }
                int[] changes = new int[1];
                String out = MyanmarClusters.rewrite(text, job, changes);
                counts.add(name, changes[0]);
                return out;
            }
        };
    }
}
