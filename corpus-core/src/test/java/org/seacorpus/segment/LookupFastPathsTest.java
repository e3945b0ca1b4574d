package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The segmenter's look-ups that skip work must answer as the plain ones: the word list's test of a stretch of text
 * by its hash ({@link WordList#isWord(String, int, int)}) as the look-up of the stretch cut out and put in lookup
 * form, the lexicon's root step from a table as its binary search over the root's edges (a word is found exactly
 * when it is listed), the trie walks of the word lists' merges and splits as their whole-stretch look-ups, and the
 * sentence splitter, which keeps one break iterator per thread, as often as it is asked
 * and in any order.
 */
class LookupFastPathsTest {
    private static final WordList VIETNAMESE = WordList.resource("vi/words.txt");
    private static final List<String> LISTED = List.of("học sinh", "Hà Nội", "ΣΟΦΙΑ σοφία", "İstanbul", "straße",
            "a  b", "x\ty", "ǅemal", "𝐀𝐁𝐂", "ﬁsh", "đại học");
    private static final WordList ODD = WordList.parse(String.join("\n", LISTED), "test");

    @Property(tries = 300)
    void aStretchIsAWordExactlyWhenItsTextIs(@ForAll("texts") String text) {
        for (WordList list : List.of(VIETNAMESE, ODD)) {
            for (int s = 0; s < text.length(); s++) {
                for (int e = s + 1; e <= text.length() && e - s <= 30; e++) {
                    assertThat(list.isWord(text, s, e)).as("[%s] %d-%d", text, s, e)
                            .isEqualTo(list.isWord(text.substring(s, e)));
                }
            }
        }
    }

    /**
     * The trie walk the merges use answers as the whole-stretch look-up: walked piece by piece (cut anywhere), a
     * stretch it ends on a word is a word, a stretch it gives up on ({@link WordList#NONE}) is no word and neither is
     * any longer one from the same start; and the compounds' trie test answers as the look-up of the token cut out.
     */
    @Property(tries = 300)
    void theWalksAnswerAsTheWholeStretchLookups(@ForAll("texts") String text) {
        WordList splits = WordList.parse("ΣΟΦ|ΙΑ\nhọc|sinh\nđại | học\nโรง|พยาบาล\nİs|tanbul", "test");
        for (WordList list : List.of(VIETNAMESE, ODD, ODD.with(splits))) {
            for (int s = 0; s < text.length(); s++) {
                int node = Lexicon.root();
                int walked = s;
                boolean none = false;
                for (int e = s + 1; e <= text.length() && e - s <= 30; e++) {
                    boolean listed = list.isWord(text.substring(s, e));
                    if (none) {
                        assertThat(listed).as("[%s] %d-%d after no word begins so", text, s, e).isFalse();
                        continue;
                    }
                    if (Character.isWhitespace(text.charAt(e - 1))) {
                        continue;   // a piece never ends in whitespace: the walk takes it with the next char
                    }
                    if (node != WordList.WHOLE) {
                        node = list.walk(node, text, s, walked, e);   // a char at a time, or a space and the next
                        walked = e;
                    }
                    if (node == WordList.NONE) {
                        none = true;
                        assertThat(listed).as("[%s] %d-%d", text, s, e).isFalse();
                    } else if (node != WordList.WHOLE) {
                        assertThat(list.endsWord(node)).as("[%s] %d-%d", text, s, e).isEqualTo(listed);
                    }
                    assertThat(list.splitOf(text, s, e)).as("[%s] %d-%d", text, s, e)
                            .isEqualTo(list.splitOf(text.substring(s, e)));
                }
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        List<String> pieces = new ArrayList<>(LISTED);
        pieces.addAll(List.of("học", "sinh", "Học", "SINH", "Hà", "NỘI", "đại", "ĐẠI", "Σ", "ς", "İ", "i̇", "ß",
                "\uD835", "\uDC00", "x"));
        VIETNAMESE.words().stream().sorted().limit(200).forEach(pieces::add);
        Arbitrary<String> piece = Arbitraries.of(pieces);
        Arbitrary<String> gap = Arbitraries.of("", " ", " ", "  ", "\t", "\n", "\u00A0", "\u3000", ",", " - ");
        return Arbitraries.entries(piece, gap).list().ofMaxSize(6).map(list -> {
            StringBuilder out = new StringBuilder();
            list.forEach(e -> out.append(e.getKey()).append(e.getValue()));
            return out.toString();
        });
    }

    @Property(tries = 300)
    void theLexiconFindsExactlyItsWords(@ForAll("lexiconWords") List<String> words, @ForAll("probes") String probe) {
        Lexicon lexicon = Lexicon.uniform(words, 2.0f);
        Set<String> set = Set.copyOf(words);
        for (String word : words) {
            assertThat(lexicon.cost(word)).as(word).isEqualTo(2.0f);
        }
        assertThat(Float.isNaN(lexicon.cost(probe))).as(probe).isEqualTo(!set.contains(probe));
    }

    @Provide
    Arbitrary<List<String>> lexiconWords() {
        // Thai, Lao and Khmer letters; sometimes Latin and CJK too, so that the root's labels span too much for a table
        Arbitrary<String> indic = Arbitraries.strings().withCharRange('\u0E01', '\u0E2E').withCharRange('\u0E81',
                '\u0EAE').withCharRange('\u1780', '\u17A2').ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> wide = Arbitraries.strings().withCharRange('a', 'e').withCharRange('\u4E00', '\u4E05')
                .ofMinLength(1).ofMaxLength(3);
        return Arbitraries.oneOf(indic, indic, wide).list().ofMinSize(1).ofMaxSize(40).uniqueElements();
    }

    @Provide
    Arbitrary<String> probes() {
        return Arbitraries.strings().withCharRange('\u0E00', '\u0E30').withCharRange('\u0E80', '\u0EB0')
                .withCharRange('\u1780', '\u17A5').withCharRange('a', 'f').withCharRange('\u4E00', '\u4E06')
                .ofMinLength(1).ofMaxLength(4);
    }

    @Property(tries = 100)
    void sentencesDoNotDependOnWhatTheThreadSplitBefore(@ForAll("documents") List<String> texts) {
        Segmenters segmenters = new Segmenters(org.seacorpus.lang.LanguageProfiles.builtIn());
        List<List<int[]>> first = new ArrayList<>();
        for (String text : texts) {
            first.add(segmenters.forLanguage(language(text)).sentences(text));
        }
        for (int i = texts.size() - 1; i >= 0; i--) {
            // a fresh splitter (its own iterator) gives the same sentences as the one that split the others
            LanguageSegmenter fresh = new LanguageSegmenter(org.seacorpus.lang.LanguageProfiles.builtIn()
                    .segmentation(language(texts.get(i))));
            assertThat(fresh.sentences(texts.get(i))).as(texts.get(i))
                    .usingElementComparator((a, b) -> java.util.Arrays.compare(a, b))
                    .containsExactlyElementsOf(first.get(i));
        }
    }

    private static String language(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x0E00 && c < 0x0E80) ? "th" : "en";
    }

    @Provide
    Arbitrary<List<String>> documents() {
        Arbitrary<String> sentence = Arbitraries.of("The cat sat. It slept!", "Dr. Smith came at 5 p.m. today.",
                "See https://example.org/a.b?c=d. Then stop.", "ผมไปโรงเรียน แล้วกลับบ้าน", "ฉันกินข้าว และดื่มน้ำ",
                "Wait... what?", "ภาษาไทย ๆ กัน", "One\n\nTwo", "   ", "");
        return sentence.list().ofMaxSize(4).map(list -> String.join(" ", list)).list().ofMinSize(1).ofMaxSize(6);
    }
}
