package org.seacorpus.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class LongIntHashMapTest {
    @Test
    void anEmptyMapHasNothing() {
        LongIntHashMap map = new LongIntHashMap(0);
        assertThat(map.size()).isZero();
        assertThat(map.containsKey(0)).isFalse();
        assertThat(map.get(42, -1)).isEqualTo(-1);
    }

    @Test
    void zeroIsAKeyLikeAnyOther() {
        LongIntHashMap map = new LongIntHashMap(4);
        map.put(0, 7);
        assertThat(map.get(0, -1)).isEqualTo(7);
        assertThat(map.add(0, 1)).isEqualTo(8);
        assertThat(map.size()).isEqualTo(1);
        map.clear();
        assertThat(map.containsKey(0)).isFalse();
    }

    @Property(tries = 100)
    void behavesLikeAHashMap(@ForAll List<Long> keys) {
        LongIntHashMap map = new LongIntHashMap(2);
        Map<Long, Integer> expected = new HashMap<>();
        for (long k : keys) {
            map.add(k, 1);
            expected.merge(k, 1, Integer::sum);
        }
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(map.get(k, -1)).isEqualTo(v));
    }
}
