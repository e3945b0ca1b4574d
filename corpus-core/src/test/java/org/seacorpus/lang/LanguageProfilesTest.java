package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageProfilesTest {
    private final LanguageProfiles profiles = LanguageProfiles.builtIn();

    @Test
    void everyProfileHasADatasetCode() {
        assertThat(profiles.get("th").datasetCode("Thai")).isEqualTo("tha_Thai");
        assertThat(profiles.get("ms").datasetCode("Latn")).isEqualTo("zsm_Latn");
        assertThat(profiles.get("zh").datasetCode(null)).isEqualTo("zho_Hans");
        assertThat(profiles.get("xx-unknown").code()).isEqualTo("und");
        assertThat(profiles.all()).hasSize(17);
    }

    @Test
    void everyProfileHasALanguageIdThreshold() {
        assertThat(profiles.all()).allSatisfy(p -> assertThat(p.langidThreshold()).isBetween(0.0, 1.0));
        assertThat(profiles.get("id").langidThreshold()).isEqualTo(0.5);
    }
}
