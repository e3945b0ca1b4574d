package org.seacorpus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOfTenValuesInAnyOrder() {
        Percentiles p = new Percentiles(new double[] {7, 3, 10, 1, 9, 2, 8, 4, 6, 5});
        assertThat(p.at(50)).isEqualTo(5);
        assertThat(p.at(95)).isEqualTo(10);
        assertThat(p.at(90)).isEqualTo(9);
        assertThat(p.at(10)).isEqualTo(1);
        assertThat(p.at(100)).isEqualTo(10);
        assertThat(p.mean()).isEqualTo(5.5);
        assertThat(p.count()).isEqualTo(10);
    }

    @Test
    void everyPercentileIsAMeasuredValue() {
        double[] values = {0.31, 0.07, 12.5, 0.9};
        Percentiles p = new Percentiles(values);
        for (double q = 1; q <= 100; q += 1) {
            assertThat(values).contains(p.at(q));
        }
        assertThat(p.at(95)).isEqualTo(12.5); // ceil(0.95 * 4) = 4th smallest: the slow outlier shows at p95
        assertThat(p.at(50)).isEqualTo(0.31);
    }

    @Test
    void oneValueIsEveryPercentile() {
        Percentiles p = new Percentiles(new double[] {4.2});
        assertThat(p.at(1)).isEqualTo(4.2);
        assertThat(p.at(50)).isEqualTo(4.2);
        assertThat(p.at(100)).isEqualTo(4.2);
    }

    @Test
    void theCallersArrayIsLeftAsItWas() {
        double[] values = {3, 1, 2};
        new Percentiles(values).at(50);
        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void emptyInputAndOutOfRangePercentilesAreRefused() {
        assertThatThrownBy(() -> new Percentiles(new double[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no measured values");
        Percentiles p = new Percentiles(new double[] {1, 2});
        assertThatThrownBy(() -> p.at(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.at(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.at(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
