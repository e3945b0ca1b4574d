package org.seacorpus.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.ibm.icu.lang.UScript;

class HanVariantImageTest {
    @Test
    void theBuildsImageGivesEveryHanCharacterTheKindTheTransliteratorsGive() {
        int[][] shipped = HanVariantImage.shipped();
        assertThat(shipped).as("han-variants.bin, written by the build at process-classes").isNotNull();
        int han = 0;
        int distinguishing = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (UScript.getScript(cp) != UScript.HAN) {
                continue;
            }
            han++;
            byte expected = HanVariantClassifier.transliteratorKind(cp);
            byte imaged = Arrays.binarySearch(shipped[0], cp) >= 0 ? HanVariantClassifier.TRAD_ONLY
                    : Arrays.binarySearch(shipped[1], cp) >= 0 ? HanVariantClassifier.SIMP_FORM
                    : HanVariantClassifier.SHARED;
            assertThat(imaged).as("U+%04X %s", cp, Character.toString(cp)).isEqualTo(expected);
            distinguishing += expected == HanVariantClassifier.SHARED ? 0 : 1;
        }
        assertThat(han).isGreaterThan(90_000);
        assertThat(distinguishing).isEqualTo(shipped[0].length + shipped[1].length).isGreaterThan(2_000);
        // 國 is traditional-only, 国 a simplified form, 人 shared
        assertThat(Arrays.binarySearch(shipped[0], '國')).isNotNegative();
        assertThat(Arrays.binarySearch(shipped[1], '国')).isNotNegative();
        assertThat(Arrays.binarySearch(shipped[0], '人')).isNegative();
        assertThat(Arrays.binarySearch(shipped[1], '人')).isNegative();
    }

    @Test
    void anImageOfAnotherIcuVersionOrDamagedIsNotUsed() {
        byte[] image = HanVariantImage.write(new int[] {'們', '國'}, new int[] {'国'}, "74.2.0.0"); // U+5011, U+570B

        assertThat(HanVariantImage.read(image, "74.2.0.0")).isDeepEqualTo(new int[][] {{'們', '國'}, {'国'}});
        assertThat(HanVariantImage.read(image, "75.1.0.0")).isNull();
        assertThat(HanVariantImage.read(Arrays.copyOf(image, image.length - 3), "74.2.0.0")).isNull();
        byte[] unordered = HanVariantImage.write(new int[] {'國', '們'}, new int[0], "74.2.0.0");
        assertThat(HanVariantImage.read(unordered, "74.2.0.0")).isNull();
        assertThat(HanVariantImage.read(new byte[] {1, 2, 3}, "74.2.0.0")).isNull();
    }
}
