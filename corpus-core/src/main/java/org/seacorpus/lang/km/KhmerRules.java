package org.seacorpus.lang.km;

import java.util.List;

import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.RuleCounts;

/**
 * The Khmer rules, switched on by the Khmer profile, in the order they run:
 *
 * <ul>
 *   <li>{@code khmer-deprecated}: characters the Unicode code chart deprecates, replaced by what it says to use:
 *       ឣ U+17A3 → អ U+17A2; ឤ U+17A4 → អា; ៘ U+17D8 → ។ល។ (U+17D4 U+179B U+17D4); and ៓ U+17D3, a mark nobody
 *       writes on purpose today, → ំ U+17C6 nikahit, which it looks like and is typed for;</li>
 *   <li>{@code khmer-inherent-vowels}: U+17B4 and U+17B5, invisible "inherent vowels" the chart says not to use,
 *       dropped (invisible, so nothing a reader sees is lost);</li>
 *   <li>{@code khmer-reorder}: {@link KhmerReorder};</li>
 *   <li>{@code khmer-split-vowels}: a two-part vowel typed as its parts joined: េ + ី → ើ, េ + ា → ោ;</li>
 *   <li>{@code khmer-duplicate-marks}: the same vowel, sign, shifter or robat typed twice in a syllable kept
 *       once.</li>
 * </ul>
 * Source: The Unicode Standard, §16.4 and the Khmer code chart (U+1780–U+17FF) notes.
 */
public final class KhmerRules {
    public static final NormalizationRule DEPRECATED = new NormalizationRule() {
        @Override
        public String name() {
            return "khmer-deprecated";
        }

        @Override
        public boolean leavesAlone(String text) {
            return KhmerSyllableParts.leavesAlone(text);
        }

        @Override
        public String apply(String text, RuleCounts counts) {
            StringBuilder out = null;
            int changes = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                String replacement = switch (c) {
                    case '\u17A3' -> "\u17A2";
                    case '\u17A4' -> "\u17A2\u17B6";
                    case '\u17D3' -> "\u17C6";
                    case '\u17D8' -> "\u17D4\u179B\u17D4";
                    default -> null;
                };
                if (replacement != null && out == null) {
                    out = new StringBuilder(text.length() + 2).append(text, 0, i);
                }
                if (replacement != null) {
                    out.append(replacement);
                    changes++;
                } else if (out != null) {
                    out.append(c);
                }
            }
            counts.add(name(), changes);
            return out == null ? text : out.toString();
        }
    };

    public static final NormalizationRule INHERENT_VOWELS = new NormalizationRule() {
        @Override
        public String name() {
            return "khmer-inherent-vowels";
        }

        @Override
        public boolean leavesAlone(String text) {
            return KhmerSyllableParts.leavesAlone(text);
        }

        @Override
        public String apply(String text, RuleCounts counts) {
            if (text.indexOf('\u17B4') < 0 && text.indexOf('\u17B5') < 0) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            text.chars().filter(c -> c != 0x17B4 && c != 0x17B5).forEach(c -> out.append((char) c));
            counts.add(name(), text.length() - out.length());
            return out.toString();
        }
    };

    public static final NormalizationRule SPLIT_VOWELS = syllableRule("khmer-split-vowels", KhmerSyllableParts::split,
            KhmerRules::joinVowels);
    public static final NormalizationRule DUPLICATE_MARKS = syllableRule("khmer-duplicate-marks",
            KhmerSyllableParts::doubled, KhmerRules::dropDuplicates);

    private KhmerRules() {
    }

    /** The Khmer rules in the order they run. */
    public static List<NormalizationRule> all() {
        return List.of(DEPRECATED, INHERENT_VOWELS, KhmerReorder.INSTANCE, SPLIT_VOWELS, DUPLICATE_MARKS);
    }

    /** Joins adjacent vowel parts េ + ី (either order) into ើ and េ + ា into ោ. */
    static int joinVowels(List<KhmerSyllableParts.Part> parts) {
        int changes = 0;
        for (int i = 0; i + 1 < parts.size(); i++) {
            String pair = parts.get(i).text() + parts.get(i + 1).text();
            String joined = switch (pair) {
                case "\u17C1\u17B8", "\u17B8\u17C1" -> "\u17BE";
                case "\u17C1\u17B6", "\u17B6\u17C1" -> "\u17C4";
                default -> null;
            };
            if (joined != null) {
                parts.set(i, new KhmerSyllableParts.Part(KhmerSyllableParts.VOWEL, joined));
                parts.remove(i + 1);
                changes++;
            }
        }
        return changes;
    }

    /** Drops a part equal to the one before it, unless it is a subscript consonant. */
    static int dropDuplicates(List<KhmerSyllableParts.Part> parts) {
        int changes = 0;
        for (int i = 1; i < parts.size(); i++) {
            KhmerSyllableParts.Part part = parts.get(i);
            boolean subscript = part.cls() == KhmerSyllableParts.COENG || part.cls() == KhmerSyllableParts.COENG_RO;
            if (!subscript && part.equals(parts.get(i - 1))) {
                parts.remove(i);
                i--;
                changes++;
            }
        }
        return changes;
    }

    private static NormalizationRule syllableRule(String name, KhmerSyllableParts.Look look,
                                                 java.util.function.ToIntFunction<List<KhmerSyllableParts.Part>> fix) {
        return new NormalizationRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean leavesAlone(String text) {
                return KhmerSyllableParts.leavesAlone(text);
            }

            @Override
            public String apply(String text, RuleCounts counts) {
                int[] changes = new int[1];
                String out = KhmerSyllableParts.rewrite(text, look, fix, changes);
                counts.add(name, changes[0]);
                return out;
            }
        };
    }
}
