package org.seacorpus.lang.identify;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Texts for the identifier's property tests: either any string, or words (Latin, Thai, Vietnamese, emoji, lone
 * surrogates, combining marks, digits…) joined by runs of the given white-space characters, the boundaries where
 * the identifier's scans and trims must agree with what they replaced.
 */
final class MixedTexts {
    private MixedTexts() {
    }

    static Arbitrary<String> of(String spaceChars, int maxWords, String... moreWords) {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> spaces = Arbitraries.strings().withChars(spaceChars).ofMaxLength(3);
        String[] common = {"Saya", "makan", "nasi", "ภาษาไทย", "tiếng", "Việt", "👍", "𝐀𝐁", "\uD800", "\uDC00x", "42",
            "—", "ñ", "ा"};
        String[] all = java.util.Arrays.copyOf(common, common.length + moreWords.length);
        System.arraycopy(moreWords, 0, all, common.length, moreWords.length);
        Arbitrary<String> words = Arbitraries.of(all);
        return Arbitraries.oneOf(any, Arbitraries.entries(words, spaces).list().ofMaxSize(maxWords).map(list -> {
            StringBuilder out = new StringBuilder();
            list.forEach(e -> out.append(e.getKey()).append(e.getValue()));
            return out.toString();
        }));
    }
}
