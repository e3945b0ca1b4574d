package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class NgramFeaturesTest {
    private static List<String> features(String text, int maxOrder) {
        List<String> out = new ArrayList<>();
        NgramFeatures.extract(text, maxOrder, (order, gram) -> out.add(order + ":" + gram));
        return out;
    }

    @Test
    void aWordGivesItsPaddedNgramsAndItself() {
        assertThat(features("Yang", 3)).containsExactly(
                "0:_yang_",
                "1:y", "1:a", "1:n", "1:g",
                "2:_y", "2:ya", "2:an", "2:ng", "2:g_",
                "3:_ya", "3:yan", "3:ang", "3:ng_");
    }

    @Test
    void apostrophesAndHyphensInsideWordsStayPartOfTheWord() {
        assertThat(features("Ha'u-nia ne'e, mag-aral anak-anak", 1))
                .filteredOn(f -> f.startsWith("0:"))
                .containsExactly("0:_ha'u-nia_", "0:_ne'e_", "0:_mag-aral_", "0:_anak-anak_");
        assertThat(features("ne’e", 1)).contains("0:_ne'e_");
    }

    @Test
    void punctuationDigitsAndTrailingJoinersEndWords() {
        assertThat(features("kopi, 2 gelas- 'teh'", 1)).filteredOn(f -> f.startsWith("0:"))
                .containsExactly("0:_kopi_", "0:_gelas_", "0:_teh_");
    }

    @Test
    void vietnameseIsComposedBeforeCounting() {
        String decomposed = "Vie\u0323\u0302t";
        assertThat(features(decomposed, 1)).contains("0:_việt_");
    }

    @Test
    void emptyAndLetterlessTextHaveNoFeatures() {
        assertThat(features("", 5)).isEmpty();
        assertThat(features("123 -- 456 !!", 5)).isEmpty();
        assertThat(NgramFeatures.letters("")).isZero();
    }

    @Property
    void everyNgramHasItsOrderInCodePoints(@ForAll String text) {
        NgramFeatures.extract(text, 4, (order, gram) -> {
            if (order > 0) {
                assertThat(gram.codePointCount(0, gram.length())).isEqualTo(order);
            } else {
                assertThat(gram).startsWith("_").endsWith("_");
            }
        });
    }
}
