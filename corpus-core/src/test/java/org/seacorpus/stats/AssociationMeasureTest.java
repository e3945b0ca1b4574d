package org.seacorpus.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The formulas on one contingency table worked out by hand: N = 14 words, R1 = 9 in the windows, the collocate
 * occurs C1 = 3 times, O11 = 2 of them in the windows, the node 3 times. E11 = 9 · 3 / 14 = 1.928571.
 */
class AssociationMeasureTest {
    private static final AssociationMeasure.Table TABLE = new AssociationMeasure.Table(2, 9, 3, 14, 3);

    @Test
    void eachMeasureAsComputedByHand() {
        assertThat(TABLE.expected()).isCloseTo(1.928571, within(1e-6));
        // 14 + log2(2 · 2 / (3 + 3)) = 14 + log2(0.6667)
        assertThat(AssociationMeasure.LOGDICE.score(TABLE)).isCloseTo(13.415037, within(1e-6));
        // log2(2 / 1.928571)
        assertThat(AssociationMeasure.MI.score(TABLE)).isCloseTo(0.052467, within(1e-6));
        // log2(8 / 1.928571)
        assertThat(AssociationMeasure.MI3.score(TABLE)).isCloseTo(2.052467, within(1e-6));
        // (2 − 1.928571) / √2
        assertThat(AssociationMeasure.TSCORE.score(TABLE)).isCloseTo(0.050508, within(1e-6));
        // O = 2, 7, 1, 4; E = 27/14, 99/14, 15/14, 55/14; 2 Σ O ln(O/E)
        assertThat(AssociationMeasure.LL.score(TABLE)).isCloseTo(0.009500, within(1e-6));
    }

    @Test
    void logLikelihoodIsNegativeForRepulsion() {
        // the collocate occurs 6 times, only once in the 9 window words of 14: fewer than the 3.86 expected
        AssociationMeasure.Table repelled = new AssociationMeasure.Table(1, 9, 6, 14, 3);
        assertThat(AssociationMeasure.LL.score(repelled)).isNegative();
        assertThat(AssociationMeasure.TSCORE.score(repelled)).isNegative();
        assertThat(AssociationMeasure.MI.score(repelled)).isNegative();
    }

    @Test
    void logDiceIsAtMost14() {
        assertThat(AssociationMeasure.LOGDICE.score(new AssociationMeasure.Table(5, 10, 5, 100, 5))).isEqualTo(14.0);
    }

    @Test
    void namesAreParsedLeniently() {
        assertThat(AssociationMeasure.parse("logDice")).isEqualTo(AssociationMeasure.LOGDICE);
        assertThat(AssociationMeasure.parse("t-score")).isEqualTo(AssociationMeasure.TSCORE);
        assertThatThrownBy(() -> AssociationMeasure.parse("dice")).hasMessageContaining("logdice, mi, mi3");
        assertThatThrownBy(() -> AssociationMeasure.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
