package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenters;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Invariants of the keys on random text. */
class DedupePropertiesTest {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());
    private static final MinHashSigner SIGNER = new MinHashSigner(SignatureScheme.DEFAULT);

    @Property(tries = 200)
    void looseHashIgnoresAddedWhitespaceAndPunctuation(@ForAll @StringLength(max = 80) String text) {
        String noisy = "  " + text.replace(" ", " \u00a0 ").replace("a", "a, ") + " !?\n";
        assertThat(TextKeys.looseHash(noisy)).isEqualTo(TextKeys.looseHash(text));
    }

    @Property(tries = 200)
    void aSetIsFullySimilarToItselfAndJaccardIsSymmetric(@ForAll @StringLength(min = 1, max = 200) String a,
                                                         @ForAll @StringLength(max = 200) String b) {
        Shingler shingler = new Shingler(ShingleScheme.parse("chars:3"));
        long[] x = shingler.shingles(a, SEGMENTERS.forLanguage("und"));
        long[] y = shingler.shingles(b, SEGMENTERS.forLanguage("und"));
        assertThat(Shingler.jaccard(x, y)).isEqualTo(Shingler.jaccard(y, x)).isBetween(0.0, 1.0);
        if (x.length > 0) {
            assertThat(SIGNER.similarity(SIGNER.sign(x), SIGNER.sign(x.clone()))).isEqualTo(1.0);
            assertThat(Shingler.jaccard(x, x)).isEqualTo(1.0);
        }
    }
}
