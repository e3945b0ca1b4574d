package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.normalize.Normalizer;

/**
 * Text whose only fault is in some lines' script rules (Vietnamese in the modern tone style, under the default
 * traditional one): the pass rewrites those lines and decides from one look at each rewritten line both whether it
 * is in NFC and whether a second look at the whole text is needed. The answers equal the full path's, also where
 * the rewritten line's look says no for another module's fault on the same line (then ICU checks NFC, as before).
 */
class RewrittenLineLooksTest {
    private static final ScriptAwareNormalizer NORMALIZER = ScriptAwareNormalizer.forLanguage(null);

    private static final List<String> TEXTS = List.of(
            // modern style (hoà, khoẻ, thuỷ) on two of three lines
            "Chị Lan ra chợ mua hoà quả cho mẹ.\nMẹ chị dạo này khoẻ hơn nhiều.\nNhà chị ở gần bến thuỷ.",
            "Hôm nay trời đẹp.\nCả nhà đi chơi, ai cũng khoẻ mạnh và vui vẻ.",
            // a Vietnamese line with a Khmer word whose vowel comes before its subscript on the same line
            "Chị Lan khoẻ không? កម\u17B6\u17D2ពុជា\nHoà bình.",
            // a Shan line the Zawgyi look cannot clear (sample-data/shn/dialogue-market.txt) after a modern-style
            // word: the rewritten line's look says no again, and ICU checks that the line is in NFC
            "Giá khoẻ: ပႃႈၶမ်း: ၶဝ်ႈ 6,000 ပျႃး၊ ထူဝ်ႈၼဝ်ႈ 2,000 ပျႃး၊ တင်းမူတ်း 8,000 ပျႃး။\nThuỷ.",
            // a Burmese word with ေ typed before its consonant beside a modern-style word
            "Tôi thấy khoẻ. \u1031\u1000\u102C\u1004\u103A\u1038\nThuỷ thủ về nhà.",
            // a line whose rewrite is the only change, then a line tidied by the whitespace rule
            "Người ta nói hoà thuận là quý.\nCâu  thứ hai có hai dấu cách.");

    @Test
    void theFastPathGivesWhatTheFullPathGivesOnRewrittenLines() {
        for (String text : TEXTS) {
            Normalizer.Result fast = NORMALIZER.normalize(text);
            Normalizer.Result full = NORMALIZER.normalizeFully(text);
            assertThat(fast.text()).as(text).isEqualTo(full.text());
            assertThat(fast.rules()).as(text).isEqualTo(full.rules());
            assertThat(NORMALIZER.normalize(fast.text()).text()).as(text).isEqualTo(fast.text());
        }
    }

    @Test
    void theModernTonesMoveToTheTraditionalVowel() {
        Normalizer.Result result = NORMALIZER.normalize(TEXTS.get(0));
        assertThat(result.text()).isEqualTo(
                "Chị Lan ra chợ mua hòa quả cho mẹ.\nMẹ chị dạo này khỏe hơn nhiều.\nNhà chị ở gần bến thủy.");
        assertThat(result.rules()).containsEntry("vietnamese-tone", 3);
    }
}
