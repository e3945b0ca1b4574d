package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenters;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hashing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The keys of {@link DedupeKeysStage#keys} (session 16: shingles hashed from one byte buffer, one sort giving both the
 * distinct shingles and their 32-bit set, the signature of the shingles in that sort's order, band keys hashed from
 * a buffer) equal the keys as main computed them before: {@link KeysBefore}'s sorted shingles, signed in numeric
 * order, their band keys from a hash stream, {@link DedupeKeys#shingleSetOf}, {@link TextKeys#keys}.
 */
class StageKeysOracleTest {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());
    private static final List<SignatureScheme> SCHEMES = List.of(SignatureScheme.DEFAULT,
            SignatureScheme.SUPERMINHASH_256, SignatureScheme.DEFAULT.withAlgorithm(SignatureScheme.Algorithm.MINHASH),
            SignatureScheme.DEFAULT.withShingles(new ShingleScheme(ShingleScheme.Kind.CHARS, 5)),
            SignatureScheme.DEFAULT.withShingles(new ShingleScheme(ShingleScheme.Kind.WORDS, 1)),
            new SignatureScheme(new ShingleScheme(ShingleScheme.Kind.WORDS, 3), SignatureScheme.Algorithm.SUPERMINHASH,
                    64, 16, 16, 4));

    /** The keys as main computed them (e3d1c34), from the code before session 11's oracle and a band stream. */
    static DedupeKeys keysBefore(String text, String lang, SignatureScheme scheme) {
        long[] shingles = scheme.shingles().kind() == ShingleScheme.Kind.WORDS
                ? KeysBefore.wordShingles(text, SEGMENTERS.forLanguage(lang), scheme.shingles().size())
                : charShinglesBefore(text, scheme.shingles().size());
        MinHashSigner signer = new MinHashSigner(scheme);
        byte[] signature = null;
        long[] bands = null;
        if (shingles.length > 0) {
            signature = signer.sign(shingles);
            bands = bandsBefore(scheme, signer, signature);
        }
        TextKeys.Keys textKeys = KeysBefore.keys(text);
        return new DedupeKeys(textKeys.looseHash(), scheme.id(), shingles.length, signature, bands,
                textKeys.lineHashes(), DedupeKeys.shingleSetOf(shingles));
    }

    /** Character shingles as main computed them: each shingle's code points through a hash stream. */
    static long[] charShinglesBefore(String text, int size) {
        long[] units = TextKeys.fold(text, false).codePoints().asLongStream().toArray();
        if (units.length == 0) {
            return units;
        }
        int count = Math.max(1, units.length - size + 1);
        long[] out = new long[count];
        HashStream64 stream = Hashing.xxh3_64(0x7368696e67L).hashStream();
        for (int i = 0; i < count; i++) {
            out[i] = stream.reset().putLongs(units, i, Math.min(size, units.length - i)).getAsLong();
        }
        Arrays.sort(out);
        return TextKeys.distinct(out);
    }

    /** {@link MinHashSigner#bands} as main computed them: a hash stream of the band number and its components. */
    static long[] bandsBefore(SignatureScheme scheme, MinHashSigner signer, byte[] signature) {
        var policy = scheme.algorithm() == SignatureScheme.Algorithm.SUPERMINHASH
                ? com.dynatrace.hash4j.similarity.SimilarityHashing.superMinHash(scheme.components(),
                scheme.bitsPerComponent())
                : com.dynatrace.hash4j.similarity.SimilarityHashing.minHash(scheme.components(),
                scheme.bitsPerComponent());
        long[] keys = new long[scheme.bands()];
        HashStream64 stream = Hashing.xxh3_64(Hashing.xxh3_64().hashCharsToLong(scheme.id())).hashStream();
        for (int band = 0; band < keys.length; band++) {
            stream.reset().putInt(band);
            for (int row = 0; row < scheme.rows(); row++) {
                stream.putLong(policy.getComponent(signature, band * scheme.rows() + row));
            }
            keys[band] = stream.getAsLong();
        }
        return keys;
    }

    @Property(tries = 300)
    void theStageGivesTheKeysOfTheCodeBefore(@ForAll("documents") List<String> documents,
                                             @ForAll("languages") String lang) {
        for (SignatureScheme scheme : SCHEMES) {
            DedupeKeysStage stage = new DedupeKeysStage(SEGMENTERS, new DedupeSettings(scheme, java.util.Map.of()));
            for (String text : documents) {
                DedupeKeys keys = stage.keys(text, lang);
                DedupeKeys before = keysBefore(text, lang, scheme);
                assertThat(keys).isEqualTo(before);
                assertThat(keys.bands()).isEqualTo(before.bands());
            }
        }
    }

    @Test
    void longAndRepetitiveDocumentsGetTheKeysOfTheCodeBefore() {
        String thai = "ข้าวหอมมะลิ ราคา ๑๒ บาท น้ำ\nPADI naik Rp 10.000\n";
        List<String> texts = List.of(thai.repeat(2_000), thai.repeat(3), "น้ำ", "", "a b c d e f g h i j k l m n o p",
                "the same five words here ".repeat(200), "Việt Nam ".repeat(2000) + "TIẾNG Việt\r\nស\u200Bរ");
        for (SignatureScheme scheme : SCHEMES) {
            DedupeKeysStage stage = new DedupeKeysStage(SEGMENTERS, new DedupeSettings(scheme, java.util.Map.of()));
            for (String text : texts) {
                for (String lang : List.of("th", "vi", "km", "en")) {
                    assertThat(stage.keys(text, lang)).isEqualTo(keysBefore(text, lang, scheme));
                }
            }
        }
    }

    @Test
    void oneSortGivesTheDistinctShinglesAndTheirSetEvenWhenHalvesCollide() {
        Random random = new Random(16);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(round % 10 == 0 ? 3_000 : 300);
            long[] hashes = new long[n];
            for (int i = 0; i < n; i++) {
                long x = switch (random.nextInt(6)) {
                    case 0 -> i > 0 ? hashes[random.nextInt(i)] : random.nextLong(); // a repeat
                    case 1 -> {
                        // another shingle of the same 32-bit member: the same high ^ low, another low half
                        long other = i > 0 ? hashes[random.nextInt(i)] : random.nextLong();
                        int fold = (int) (other ^ (other >>> 32));
                        int low = random.nextInt();
                        yield ((long) (fold ^ low) << 32) | (low & 0xFFFF_FFFFL);
                    }
                    case 2 -> random.nextInt(5) - 2L; // small values, negatives and 0
                    case 3 -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
                    default -> random.nextLong();
                };
                hashes[i] = x;
            }
            long[] sorted = hashes.clone();
            Arrays.sort(sorted);
            long[] distinct = TextKeys.distinct(sorted);
            DedupeKeysStage.ShingleSets sets = DedupeKeysStage.ShingleSets.of(hashes.clone());
            long[] shingles = sets.shingles().clone();
            Arrays.sort(shingles);
            assertThat(shingles).isEqualTo(distinct);
            assertThat(sets.shingleSet()).isEqualTo(DedupeKeys.shingleSetOf(distinct));
        }
    }

    @Test
    void theSignatureOfASetIsTheSameInAnyOrder() {
        Random random = new Random(7);
        for (SignatureScheme scheme : SCHEMES) {
            MinHashSigner signer = new MinHashSigner(scheme);
            for (int round = 0; round < 300; round++) {
                long[] set = random.longs(1 + random.nextInt(400)).toArray();
                long[] sorted = set.clone();
                Arrays.sort(sorted);
                assertThat(signer.sign(set)).isEqualTo(signer.sign(sorted));
                assertThat(signer.bands(signer.sign(set))).isEqualTo(bandsBefore(scheme, signer, signer.sign(sorted)));
            }
        }
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("th", "lo", "km", "my", "vi", "id", "fil", "zh", "ta", "en", "und");
    }

    @Provide
    Arbitrary<List<String>> documents() {
        Arbitrary<String> pieces = Arbitraries.of("ข้าว", "น้ำ", "ราคา", "ประเทศไทย", "๒๕๖๙", "ເຂົ້າໜຽວ", "កសិករ",
                "ដាំម្រេច", "မြန်မာ", "Việt Nam", "TIẾNG", "e\u0301", "Harga", "PADI", "naik", "Rp 10.000", "ang mga",
                "中文", "漢字", "தமிழ்நாடு", "ß", "ﬁ", "Ｐａｄｉ", "\u200B", "\uD83D\uDE00", " ", "  ", " ", " ", ",", ".",
                "\n", "\r\n", "07:45", "12", "word", "word", "again");
        return pieces.list().ofMaxSize(120).map(list -> String.join("", list)).list().ofMinSize(1).ofMaxSize(4);
    }
}
