package org.seacorpus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class SplitSpecTest {
    @Test
    void parsesNamesAndFractionsInOrder() {
        SplitSpec spec = SplitSpec.parse("train=0.98, validation=0.01,test=0.01", 42);
        assertThat(spec.names()).containsExactly("train", "validation", "test");
        assertThat(spec.toString()).isEqualTo("train=0.98,validation=0.01,test=0.01");
        assertThat(SplitSpec.parse("train", 0).fractions()).containsEntry("train", 1.0);
    }

    @Test
    void refusesFractionsThatDoNotAddUpAndBadNames() {
        assertThatThrownBy(() -> SplitSpec.parse("train=0.9,test=0.2", 0)).hasMessageContaining("add up to");
        assertThatThrownBy(() -> SplitSpec.parse("Train=1", 0)).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> SplitSpec.parse("train=x", 0)).hasMessageContaining("name=fraction");
        assertThatThrownBy(() -> SplitSpec.parse("train=0.5,train=0.5", 0)).hasMessageContaining("twice");
        assertThatThrownBy(() -> SplitSpec.parse("", 0)).hasMessageContaining("at least one");
    }

    @Test
    void fractionsAreMetOverManyIdsAndTheSeedChangesThePartition() {
        SplitSpec spec = SplitSpec.parse("train=0.8,validation=0.1,test=0.1", 1);
        SplitSpec other = SplitSpec.parse("train=0.8,validation=0.1,test=0.1", 2);
        Map<String, Integer> counts = new HashMap<>();
        int moved = 0;
        for (int i = 0; i < 20_000; i++) {
            String id = Integer.toHexString(i * 2654435761L > 0 ? i : -i) + "-" + i;
            counts.merge(spec.assign(id), 1, Integer::sum);
            if (!spec.assign(id).equals(other.assign(id))) {
                moved++;
            }
        }
        assertThat(counts.get("train") / 20_000.0).isCloseTo(0.8, within(0.015));
        assertThat(counts.get("test") / 20_000.0).isCloseTo(0.1, within(0.01));
        assertThat(moved).isGreaterThan(3_000);
    }

    @Test
    void aZeroFractionSplitGetsNothing() {
        SplitSpec spec = SplitSpec.parse("train=1,test=0", 0);
        for (int i = 0; i < 1000; i++) {
            assertThat(spec.assign("doc" + i)).isEqualTo("train");
        }
    }

    @Property(tries = 200)
    void theSplitDependsOnlyOnIdAndSeed(@ForAll String id) {
        SplitSpec a = SplitSpec.parse("train=0.5,test=0.5", 9);
        SplitSpec b = SplitSpec.parse("train=0.5,test=0.5", 9);
        assertThat(a.assign(id)).isEqualTo(b.assign(id));
        assertThat(a.unit(id)).isBetween(0.0, 1.0).isLessThan(1.0);
    }
}
