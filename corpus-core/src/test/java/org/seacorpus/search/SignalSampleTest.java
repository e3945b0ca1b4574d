package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seacorpus.quality.QualityReport;

/** The histogram of a quality signal: every sampled value in one bin or above the 99th percentile. */
class SignalSampleTest {
    @Test
    void everyValueIsCountedOnceAndOutliersStandAbove() {
        SignalSample sample = new SignalSample(10_000, 1);
        for (int words = 1; words <= 995; words++) {
            sample.add(words);
        }
        for (int i = 0; i < 5; i++) {
            sample.add(100_000); // a few huge documents, under 1 % of them
        }
        QualityReport.Distribution d = sample.distribution();
        QualityReport.Histogram h = d.histogram();
        assertThat(h.counts()).hasSize(SignalSample.HISTOGRAM_BINS);
        assertThat(h.counts().stream().mapToLong(Long::longValue).sum() + h.above()).isEqualTo(1000);
        assertThat(h.from()).isEqualTo(1);
        assertThat(h.above()).isBetween(5L, 12L);
        assertThat(h.to()).isLessThan(100_000);
        // the values spread evenly: no bin holds more than twice its share
        assertThat(h.counts()).allSatisfy(c -> assertThat(c).isBetween(20L, 100L));
    }

    @Test
    void equalValuesMakeOneBinAndNoSampleMakesNone() {
        SignalSample same = new SignalSample(100, 1);
        for (int i = 0; i < 7; i++) {
            same.add(0.25);
        }
        QualityReport.Histogram h = same.distribution().histogram();
        assertThat(h.width()).isZero();
        assertThat(h.counts().get(0)).isEqualTo(7);
        assertThat(new SignalSample(100, 1).distribution().histogram().counts()).isEmpty();
    }
}
