package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.seacorpus.document.LanguageInfo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The language profiles are read by {@link ProfileYaml} instead of Jackson's data binding (start-up). Every shipped
 * profile must come out equal, record for record, to what the data binding made of it, and a profile with a key
 * nobody knows is still refused, naming the file and the key.
 */
class ProfileYamlTest {
    /** How the profiles were read before: Jackson's data binding, strict about unknown keys. */
    private static final ObjectMapper DATA_BINDING = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void everyShippedProfileReadsAsTheDataBindingReadIt() throws IOException {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        assertThat(profiles.all()).hasSizeGreaterThanOrEqualTo(17);
        for (LanguageProfile profile : profiles.all()) {
            String text = text(profile.code(), profiles);
            LanguageProfile bound = DATA_BINDING.readValue(text, LanguageProfile.class);
            assertThat(ProfileYaml.read(text, profile.code() + ".yaml")).as(profile.code()).isEqualTo(bound);
            assertThat(profile).as(profile.code()).isEqualTo(bound);
        }
    }

    @Test
    void thaiKeepsItsQuotedSentenceEndAndItsContinuationWords() throws IOException {
        LanguageProfile th = LanguageProfiles.builtIn().get("th");
        assertThat(th.quality().sentenceEnd()).isEqualTo(".!?\"'”’๚๛");
        assertThat(th.segmentation().sentenceContinuations()).contains("และ", "หรือ", "ซึ่ง");
        assertThat(th.quality().thresholds().minMeanWordLength()).isEqualTo(2.0);
        assertThat(th.quality().thresholds().minWords()).isEqualTo(50); // inherited from the defaults
    }

    @Test
    void anUnknownKeyIsRefusedNamingTheFileAndTheKey() {
        String text = "code: xx\niso639_3: xxx\nnative_nmae: Xx\n";
        assertThatThrownBy(() -> ProfileYaml.read(text, "language profile xx.yaml"))
                .isInstanceOf(IOException.class).hasMessageContaining("language profile xx.yaml")
                .hasMessageContaining("unknown key 'native_nmae'").hasMessageContaining("native_name");
        String nested = "code: xx\niso639_3: xxx\nquality:\n  thresholds:\n    max_dup_linez: 0.3\n";
        assertThatThrownBy(() -> ProfileYaml.read(nested, "language profile xx.yaml"))
                .isInstanceOf(IOException.class).hasMessageContaining("unknown key 'max_dup_linez'")
                .hasMessageContaining("max_dup_lines");
    }

    /** A profile written before session 12 names a Lingua language, which nothing asks any more: refused, not ignored. */
    @Test
    void theLinguaKeyOfOldProfilesIsRefused() {
        String text = "code: ms\nname: Malay\niso639_3: zsm\nscripts: [Latn]\nlingua: MALAY\n";
        assertThatThrownBy(() -> ProfileYaml.read(text, "language profile ms.yaml"))
                .isInstanceOf(IOException.class).hasMessageContaining("language profile ms.yaml")
                .hasMessageContaining("unknown key 'lingua'")
                .hasMessageContaining("Lingua was removed from language identification in session 12")
                .hasMessageContaining("delete it");
        // a key no profile ever had gets no such note
        assertThatThrownBy(() -> ProfileYaml.read(text.replace("lingua", "lingo"), "language profile ms.yaml"))
                .isInstanceOf(IOException.class).hasMessageContaining("unknown key 'lingo'")
                .message().doesNotContain("Lingua");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> ProfileYaml.read("code: xx\niso639_3: xxx\nlangid_threshold: high\n", "xx.yaml"))
                .isInstanceOf(IOException.class).hasMessageContaining("langid_threshold")
                .hasMessageContaining("'high' is not a number");
        assertThatThrownBy(() -> ProfileYaml.read("code: xx\niso639_3: xxx\nscripts: Latn\n", "xx.yaml"))
                .isInstanceOf(IOException.class).hasMessageContaining("scripts").hasMessageContaining("a list");
        // the records' own checks still run, and say what is wrong
        assertThatThrownBy(() -> ProfileYaml.read("code: xx\niso639_3: xxx\nlangid_threshold: 1.5\n", "xx.yaml"))
                .isInstanceOf(IOException.class).hasMessageContaining("langid_threshold of xx must be in [0, 1]");
    }

    @Property(tries = 200)
    void thresholdsOverABaseAreTheSameAsReplacingItsKeys(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        QualityThresholds mine = randomThresholds(random, 0.5);
        QualityThresholds base = randomThresholds(random, 0.1);
        assertThat(mine.over(base)).isEqualTo(base.with(mine.asMap()));
    }

    /** Thresholds with each key left out (null) with probability {@code unset}. */
    private static QualityThresholds randomThresholds(Random random, double unset) throws Exception {
        RecordComponent[] components = QualityThresholds.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (random.nextDouble() >= unset) {
                values[i] = types[i] == Integer.class ? (Object) random.nextInt(1000) : (Object) random.nextDouble();
            }
        }
        return QualityThresholds.class.getDeclaredConstructor(types).newInstance(values);
    }

    private static String text(String code, LanguageProfiles profiles) throws IOException {
        Class<?> owner = code.equals(LanguageInfo.UNDETERMINED) ? LanguageProfiles.class
                : profiles.modules().ofLanguage(code).orElseThrow().getClass();
        try (InputStream in = owner.getResourceAsStream("/org/seacorpus/lang/profiles/" + code + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
