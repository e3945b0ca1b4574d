package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;
import org.seacorpus.segment.UnspacedScripts;

/**
 * The scripts written without spaces come from the language modules ({@link LanguageModule#unspacedScript()}),
 * and the built-in ones give exactly the blocks the segmenter named itself before (Thai, Lao, Myanmar, Khmer).
 */
class UnspacedScriptsTest {
    /** The ranges the segmenter's digit cut hard-coded until session 12. */
    private static boolean formerlyNamed(int c) {
        return (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) || (c >= 0x1780 && c <= 0x17FF);
    }

    @Test
    void theBuiltInModulesDeclareExactlyTheBlocksTheSegmenterOnceNamed() {
        UnspacedScripts unspaced = LanguageModules.builtIn().unspacedScripts();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (unspaced.contains(cp) != formerlyNamed(cp)) {
                throw new AssertionError(String.format("U+%04X: %s now, %s before", cp, unspaced.contains(cp),
                        formerlyNamed(cp)));
            }
        }
        assertThat(unspaced.isEmpty()).isFalse();
    }

    @Test
    void eachUnspacedLanguageDeclaresItsOwnScriptOnly() {
        LanguageModules modules = LanguageModules.builtIn();
        assertThat(modules.ofLanguage("th").orElseThrow().unspacedScript()).containsExactly(CodeRange.of(0x0E00, 0x0E7F));
        assertThat(modules.ofLanguage("lo").orElseThrow().unspacedScript()).containsExactly(CodeRange.of(0x0E80, 0x0EFF));
        assertThat(modules.ofLanguage("km").orElseThrow().unspacedScript()).containsExactly(CodeRange.of(0x1780, 0x17FF));
        assertThat(modules.ofLanguage("my").orElseThrow().unspacedScript()).containsExactly(CodeRange.of(0x1000, 0x109F));
        for (String spaced : List.of("vi", "id", "fil", "ta", "en", "zh")) {
            assertThat(modules.ofLanguage(spaced).orElseThrow().unspacedScript()).as(spaced).isEmpty();
        }
    }

    @Test
    void withoutTheModulesNoDigitIsCutFromThaiLetters() {
        Segmenters all = new Segmenters(LanguageProfiles.builtIn());
        assertThat(all.forLanguage("th").words("ปี2568")).extracting(Token::text).containsExactly("ปี", "2568");
        // a Thai year inside Vietnamese text: the edge is the script's, not the language's
        assertThat(all.forLanguage("vi").words("năm ปี2568")).extracting(Token::text)
                .containsExactly("năm", "ปี", "2568");
        LanguageProfiles withoutThai = LanguageProfiles.load(LanguageModules.of(LanguageModules.builtIn().all()
                .stream().filter(m -> !m.languages().contains("th")).toList()));
        assertThat(withoutThai.modules().unspacedScripts().contains('ป')).isFalse();
        assertThat(new Segmenters(withoutThai).forLanguage("und").words("ปี2568")).extracting(Token::text)
                .doesNotContain("2568");
    }

    @Test
    void rangesPastTheBasicPlaneAndBadRanges() {
        // Tai Tham is in the BMP; Ahom (U+11700..U+1174F) is not: both halves of its surrogate pairs count
        UnspacedScripts ahom = new UnspacedScripts.Builder().add(0x11700, 0x1174F).add(0x1A20, 0x1AAF).build();
        assertThat(ahom.contains(0x11700)).isTrue();
        assertThat(ahom.contains(0x1A20)).isTrue();
        assertThat(ahom.contains(0x11750)).isFalse();
        assertThat(ahom.contains('a')).isFalse();
        assertThat(ahom.contains(0xD804)).isFalse();   // a surrogate alone is no character
        assertThat(UnspacedScripts.NONE.isEmpty()).isTrue();
        assertThatThrownBy(() -> new UnspacedScripts.Builder().add(0x17FF, 0x1780))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+17FF..U+1780");
    }
}
