package org.seacorpus.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;
import org.seacorpus.util.LongIntHashMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The quality stage's fast paths give what the plain computation gives, bit for bit: the per-thread word tables
 * (ids of a document's words, each word's traits remembered across documents) against a {@code HashMap} and the
 * traits worked out afresh, and the n-gram keys built one n from the last against {@link RepetitionSignals#key}.
 * {@link #reference} is the measure as it was written before the tables (session 9), kept here as the yardstick.
 */
class QualityFastPathsTest {
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private static final Segmenters SEGMENTERS = new Segmenters(PROFILES);
    private static final Stopwords STOPWORDS = Stopwords.builtIn();
    private static final QualityAnalyzer ANALYZER = new QualityAnalyzer(PROFILES, SEGMENTERS, STOPWORDS);
    private static final List<String> LANGS = List.of("th", "lo", "km", "my", "vi", "id", "ms", "fil", "en", "zh",
            "ta", "jv", "und");

    @Property(tries = 300)
    void everySignalIsTheReferenceSignal(@ForAll("documents") List<String> texts,
                                         @ForAll @IntRange(min = 0, max = 12) int firstLang) {
        // several documents in a row, on one thread: the tables carry words from one document to the next
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < texts.size(); i++) {
                String lang = LANGS.get((firstLang + i) % LANGS.size());
                LanguageInfo info = new LanguageInfo(lang, "", 0.75, List.of(), false);
                double[] fast = ANALYZER.measure(texts.get(i), info).values();
                double[] slow = reference(texts.get(i), info);
                for (Signal signal : Signal.values()) {
                    assertThat(Double.doubleToRawLongBits(fast[signal.ordinal()]))
                            .as("%s of %s in %s", signal.key(), texts.get(i), lang)
                            .isEqualTo(Double.doubleToRawLongBits(slow[signal.ordinal()]));
                }
            }
        }
    }

    @Property(tries = 300)
    void theGrowingKeysAreTheKeys(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 40) Integer> words) {
        int[] ids = words.stream().mapToInt(Integer::intValue).toArray();
        RepetitionSignals.NgramKeys keys = new RepetitionSignals.NgramKeys(ids);
        for (int n = 1; n <= 10; n++) {
            keys.growTo(n);
            for (int i = 0; i + n <= ids.length; i++) {
                assertThat(keys.key(i)).isEqualTo(RepetitionSignals.key(ids, i, n));
            }
        }
    }

    @Property(tries = 300)
    void repetitionIsTheReferenceRepetition(
            @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 6) Integer> words,
            @ForAll @IntRange(min = 1, max = 400) int extraChars) {
        // few distinct words, so n-grams repeat and overlap often
        int[] ids = words.stream().mapToInt(Integer::intValue).toArray();
        int[] lengths = new int[ids.length];
        long chars = extraChars;
        for (int i = 0; i < ids.length; i++) {
            lengths[i] = 1 + ids[i] % 5;
            chars += lengths[i];
        }
        assertThat(RepetitionSignals.measure(ids, lengths, chars)).isEqualTo(referenceRepetition(ids, lengths, chars));
    }

    @Property(tries = 200)
    void repetitionOfManyWordsIsTheReferenceRepetition(
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 30) Integer> words,
            @ForAll @IntRange(min = 0, max = 50) int copyFrom, @ForAll @IntRange(min = 0, max = 40) int copyLength) {
        // more distinct words, and a stretch copied from earlier in the document (a repeat of many words)
        List<Integer> all = new ArrayList<>(words);
        if (copyFrom < all.size()) {
            all.addAll(new ArrayList<>(all.subList(copyFrom, Math.min(all.size(), copyFrom + copyLength))));
        }
        int[] ids = all.stream().mapToInt(Integer::intValue).toArray();
        int[] lengths = new int[ids.length];
        long chars = 1;
        for (int i = 0; i < ids.length; i++) {
            lengths[i] = 1 + ids[i] % 7;
            chars += lengths[i] + 1;
        }
        assertThat(RepetitionSignals.measure(ids, lengths, chars)).isEqualTo(referenceRepetition(ids, lengths, chars));
        // the same in arrays longer than the document (as a thread reuses them), after a longer document
        int[] longer = java.util.Arrays.copyOf(ids, ids.length + 17);
        int[] longerLengths = java.util.Arrays.copyOf(lengths, ids.length + 17);
        java.util.Arrays.fill(longer, ids.length, longer.length, 3);
        java.util.Arrays.fill(longerLengths, ids.length, longer.length, 2);
        RepetitionSignals.measure(longer, longerLengths, chars + 100);
        assertThat(RepetitionSignals.measure(longer, longerLengths, ids.length, chars))
                .isEqualTo(referenceRepetition(ids, lengths, chars));
    }

    @org.junit.jupiter.api.Test
    void theTraitsTableKeepsEveryWordsTraitsWhenItGrowsAndEmpties() {
        QualityAnalyzer.Words table = new QualityAnalyzer.Words();
        List<Set<String>> lists = List.of(STOPWORDS.of("id"), STOPWORDS.of("en"), STOPWORDS.of("und"));
        // words of direct chars never reach the table: these are not (a surrogate pair, a mark composing with the
        // letter before it, a dotted capital I)
        List<String> words = List.of("yang\u0301", "Yang🌾", "the\u0301", "İ", "dan🌾", "x\u0301", "2025🌾", "...🌾",
                "Padi🌾");
        int max = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 3 * QualityAnalyzer.Words.MAX_TRAITS; i++) {
                String word = i % 3 == 0 ? words.get(i / 3 % words.size()) : "w" + (i * 7919 % 60_000) + "🌾";
                Set<String> list = lists.get(i % lists.size());
                assertThat(table.traits(word, list)).as(word).isEqualTo(QualityAnalyzer.traitsOf(word, list));
                max = Math.max(max, table.traitCount());
            }
        }
        assertThat(max).isLessThanOrEqualTo(QualityAnalyzer.Words.MAX_TRAITS / 2);
        assertThat(max).isGreaterThan(QualityAnalyzer.Words.MAX_TRAITS / 4);
    }

    @Provide
    Arbitrary<List<String>> documents() {
        Arbitrary<String> piece = Arbitraries.of("น้ำ", "ข้าว", "ที่", "และ", "ใน", "ทำนา", " ", "\n", "\n\n", ". ", "!",
                "ເຂົ້າ", "ແລະ", "ភាសាខ្មែរ", "និង", "မြန်မာ", "နှင့်", "Tiếng Việt", "và", "CỦA", "yang", "dan", "Yang",
                "DAN", "ang", "mga", "the", "The", "of", "Padi", "PADI", "ﾊﾟﾃﾞｨ", "ß", "İ", "中文", "的", "2025", "๒๕๖๘",
                "\u00AD", "\u0301", "\u200B", "- ", "• ", "...", "…", "tamil தமிழ்", "https://x.th/a", "a@b.co",
                "e\u0301", "Ｐａｄｉ", "🌾");
        return piece.list().ofMaxSize(60).map(p -> String.join("", p)).list().ofMinSize(1).ofMaxSize(6);
    }

    /** The measure as written before the per-thread tables: a HashMap of ids, traits worked out per document. */
    static double[] reference(String text, LanguageInfo language) {
        String lang = language.lang();
        List<Token> words = SEGMENTERS.forLanguage(lang).words(text);
        long chars = text.codePointCount(0, text.length());
        int[] ids = new int[words.size()];
        int[] lengths = new int[words.size()];
        int[] starts = new int[words.size()];
        Map<String, Integer> idOf = new HashMap<>();
        List<Integer> lengthOf = new ArrayList<>();
        List<Boolean> nonAlphaOf = new ArrayList<>();
        List<Boolean> stopOf = new ArrayList<>();
        Set<String> stopList = STOPWORDS.of(lang);
        long wordChars = 0;
        int nonAlpha = 0;
        int stops = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            Integer id = idOf.get(word);
            if (id == null) {
                id = idOf.size();
                idOf.put(word, id);
                lengthOf.add(word.codePointCount(0, word.length()));
                nonAlphaOf.add(word.codePoints().noneMatch(Character::isLetter));
                stopOf.add(!stopList.isEmpty() && stopList.contains(Stopwords.fold(word)));
            }
            ids[i] = id;
            lengths[i] = lengthOf.get(id);
            starts[i] = words.get(i).start();
            wordChars += lengths[i];
            nonAlpha += nonAlphaOf.get(id) ? 1 : 0;
            stops += stopOf.get(id) ? 1 : 0;
        }
        LineSignals.Result lines = LineSignals.measure(text, starts, chars, PROFILES.get(lang).quality());
        double[] repetition = referenceRepetition(ids, lengths, chars);
        return QualityAnalyzer.signals(chars, words.size(), wordChars, nonAlpha, stops, lines, repetition,
                language.score());
    }

    /** Repetition as written before the growing keys: every key from its n ids, a probe to test and one to add. */
    static double[] referenceRepetition(int[] ids, int[] lengths, long totalChars) {
        double[] out = new double[RepetitionSignals.TOP.length + RepetitionSignals.DUP.length];
        if (totalChars == 0 || ids.length < 2) {
            return out;
        }
        for (int k = 0; k < RepetitionSignals.TOP.length; k++) {
            int n = RepetitionSignals.TOP[k];
            if (ids.length < n) {
                continue;
            }
            LongIntHashMap counts = new LongIntHashMap(ids.length);
            int bestCount = 0;
            int bestStart = -1;
            for (int i = 0; i + n <= ids.length; i++) {
                long key = RepetitionSignals.key(ids, i, n);
                int count = counts.get(key, 0) + 1;
                counts.put(key, count);
                if (count > bestCount) {
                    bestCount = count;
                    bestStart = i;
                }
            }
            if (bestCount >= 2) {
                long chars = n - 1L;
                for (int j = bestStart; j < bestStart + n; j++) {
                    chars += lengths[j];
                }
                out[k] = Math.min(1.0, (double) chars * bestCount / totalChars);
            }
        }
        for (int k = 0; k < RepetitionSignals.DUP.length; k++) {
            int n = RepetitionSignals.DUP[k];
            if (ids.length < n) {
                continue;
            }
            LongIntHashMap seen = new LongIntHashMap(ids.length);
            boolean[] marked = new boolean[ids.length];
            for (int i = 0; i + n <= ids.length; i++) {
                long key = RepetitionSignals.key(ids, i, n);
                if (seen.containsKey(key)) {
                    for (int j = i; j < i + n; j++) {
                        marked[j] = true;
                    }
                } else {
                    seen.put(key, 1);
                }
            }
            long chars = 0;
            for (int j = 0; j < ids.length; j++) {
                chars += marked[j] ? lengths[j] : 0;
            }
            out[RepetitionSignals.TOP.length + k] = Math.min(1.0, (double) chars / totalChars);
        }
        return out;
    }
}
