package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;

/** The letter weights come from the profiles since session 13, and are the table that was named here before. */
class ScriptWeightsTest {
    @Test
    void theProfilesGiveTheWeightsTheTableHad() {
        double[] weights = ScriptWeights.weights(LanguageProfiles.builtIn().all());
        double[] table = new double[weights.length];
        java.util.Arrays.fill(table, 1.0);
        table[UScript.THAI] = 1.13;
        table[UScript.LAO] = 1.12;
        table[UScript.MYANMAR] = 0.98;
        table[UScript.KHMER] = 1.5;
        table[UScript.HAN] = 3.0;
        table[UScript.SIMPLIFIED_HAN] = 3.0;
        table[UScript.TRADITIONAL_HAN] = 3.0;
        table[UScript.HANGUL] = 2.5;
        table[UScript.HIRAGANA] = 1.5;
        table[UScript.KATAKANA] = 1.5;
        table[UScript.JAPANESE] = 2.0;
        assertThat(weights).containsExactly(table);
        assertThat(ScriptWeights.of("Thai")).isEqualTo(1.13);
        assertThat(ScriptWeights.of("Taml")).isEqualTo(1.0);
    }

    @Test
    void twoLanguagesOfOneScriptMustAgree() {
        List<LanguageProfile> profiles = new ArrayList<>(LanguageProfiles.builtIn().all());
        LanguageProfile my = LanguageProfiles.builtIn().get("my");
        profiles.add(new LanguageProfile("mnw", "Mon", "Mon", "mnw", List.of("Mymr"), false, "icu-dictionary", null,
                null, List.of(), null, 1.2));
        assertThat(my.langidLetterWeight()).isEqualTo(0.98);
        assertThatThrownBy(() -> ScriptWeights.weights(profiles)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Mymr").hasMessageContaining("mnw").hasMessageContaining("0.98")
                .hasMessageContaining("1.2");
    }

    @Test
    void aWeightOutOfRangeIsRefusedNamingTheLanguage() {
        assertThatThrownBy(() -> new LanguageProfile("xx", "X", "X", "xxx", List.of("Thai"), false, "icu", null, null,
                List.of(), null, 0.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("langid_letter_weight of xx");
    }
}
