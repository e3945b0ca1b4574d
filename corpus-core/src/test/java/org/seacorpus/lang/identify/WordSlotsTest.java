package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The per-thread word index behind the n-gram model's and the pair model's memos ({@link WordSlots}): a word is
 * found only in the slot it was kept in, only while no other word has taken that slot, and never under another
 * word's key or code points; of a set's two ways the one used less recently is given to fill. Checked against a
 * plain map of what each slot holds, with few sets so that words push each other out, and keys that collide on
 * purpose (the same key for different words).
 */
class WordSlotsTest {
    private static int[] padded(String word) {
        int[] cps = new int[word.codePointCount(0, word.length()) + 2];
        cps[0] = NgramFeatures.BOUNDARY;
        int m = 1;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            cps[m++] = cp;
            i += Character.charCount(cp);
        }
        cps[m] = NgramFeatures.BOUNDARY;
        return cps;
    }

    @Test
    void theWayUsedLessRecentlyIsTheOneToFill() {
        WordSlots slots = new WordSlots(1);
        int[] a = padded("kerajaan");
        int[] b = padded("negara");
        int[] c = padded("rakyat");
        int fillA = -1 - slots.find(1, a, a.length);
        slots.keep(fillA, a, a.length);
        int fillB = -1 - slots.find(1, b, b.length);
        assertThat(fillB).isNotEqualTo(fillA);
        slots.keep(fillB, b, b.length);
        assertThat(slots.find(1, a, a.length)).isEqualTo(fillA); // a used last: b's way goes next
        assertThat(-1 - slots.find(1, c, c.length)).isEqualTo(fillB);
        slots.keep(fillB, c, c.length);
        assertThat(slots.find(1, b, b.length)).isNegative();
        assertThat(slots.find(1, a, a.length)).isEqualTo(fillA);
        assertThat(slots.find(1, c, c.length)).isEqualTo(fillB);
    }

    @Test
    void wordsItCannotKeep() {
        assertThat(WordSlots.keepable(padded("kata"), 6)).isTrue();
        assertThat(WordSlots.keepable(padded("𝐤ata"), 6)).isFalse(); // a code point above U+FFFF
        assertThat(WordSlots.keepable(padded("a".repeat(40)), 42)).isTrue();
        assertThat(WordSlots.keepable(new int[43], 43)).isFalse();
        assertThat(WordSlots.keepable(new int[0], 0)).isFalse();
        WordSlots slots = new WordSlots(2);
        int[] empty = new int[0];
        assertThat(slots.find(7, empty, 0)).isNegative(); // an empty slot holds no word, not even an empty one
    }

    @Property(tries = 200)
    void foundOnlyWhereKeptAndNotPushedOut(@ForAll("operations") List<Integer> words) {
        WordSlots slots = new WordSlots(4);
        Map<Integer, String> held = new HashMap<>();
        for (int w : words) {
            String word = "w" + w;
            int[] cps = padded(word);
            long key = w % 5; // few keys: different words share keys and sets
            int found = slots.find(key, cps, cps.length);
            if (found >= 0) {
                assertThat(held.get(found)).as("slot %d", found).isEqualTo(word);
            } else {
                int slot = -1 - found;
                assertThat(held.containsValue(word) && held.entrySet().stream()
                        .anyMatch(e -> e.getValue().equals(word) && (e.getKey() >> 1) == (int) (key & 3)))
                        .as("%s is held in its set but not found", word).isFalse();
                assertThat(slot >> 1).isEqualTo((int) (key & 3));
                slots.keep(slot, cps, cps.length);
                held.put(slot, word);
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> operations() {
        return Arbitraries.integers().between(0, 30).list().ofMaxSize(300);
    }

    @Test
    void manyDistinctWordsEachFoundRightAfterItIsKept() {
        WordSlots slots = new WordSlots(8);
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int[] cps = padded("k" + i);
            long key = FeatureKeys.of(NgramFeatures.WORD, new String(cps, 0, cps.length));
            int found = slots.find(key, cps, cps.length);
            assertThat(found).isNegative();
            slots.keep(-1 - found, cps, cps.length);
            assertThat(slots.find(key, cps, cps.length)).isEqualTo(-1 - found);
            kept.add(cps);
        }
        assertThat(slots.slots()).isEqualTo(16);
    }
}
