package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenters;

/** Folded keys, shingles, signatures, schemes and settings on real text. */
class KeysAndSchemesTest {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());

    @Test
    void looseHashIgnoresCaseSpacingPunctuationAndZeroWidthSpaces() {
        String vi = "Chợ nổi Cái Răng họp từ lúc trời còn tối.";
        assertThat(TextKeys.looseHash(vi)).hasSize(32)
                .isEqualTo(TextKeys.looseHash("  CHỢ NỔI cái răng — họp từ lúc trời còn tối!!"))
                .isNotEqualTo(TextKeys.looseHash("Chợ nổi Cái Răng họp từ lúc trời còn sáng."));
        // Khmer writers type U+200B between words: the same text with and without it is one key
        String km = "កសិករ\u200Bដាំ\u200Bម្រេច\u200Bនៅ\u200Bខេត្ត\u200Bកំពត។";
        assertThat(TextKeys.looseHash(km)).isEqualTo(TextKeys.looseHash("កសិករដាំម្រេចនៅខេត្តកំពត"));
        // numbers are content: 15 percent is not 10 percent
        assertThat(TextKeys.looseHash("ប្រមាណ ១៥ ភាគរយ")).isNotEqualTo(TextKeys.looseHash("ប្រមាណ ១០ ភាគរយ"));
        assertThat(TextKeys.looseHash("")).isEqualTo(TextKeys.looseHash(" \n…"));
    }

    @Test
    void lineHashesFoldDigitsAndSkipLinesWithoutEnoughLetters() {
        assertThat(TextKeys.lineHash("อัปเดตล่าสุด 07:45 น.")).isEqualTo(TextKeys.lineHash("อัปเดตล่าสุด ๑๓:๓๐ น."));
        assertThat(TextKeys.lineHash("|")).isEmpty();
        assertThat(TextKeys.lineHash("1.")).isEmpty();
        assertThat(TextKeys.lineHash("")).isEmpty();
        assertThat(TextKeys.lineHash("ข่าว")).isPresent();
        long[] lines = TextKeys.lineHashes("หน้าแรก\n\nหน้าแรก\nเกษตร ท่องเที่ยว\n|\n");
        assertThat(lines).hasSize(2).isSorted();
        assertThat(TextKeys.lineHashes("")).isEmpty();
    }

    @Test
    void wordShinglesComeFromTheDictionarySegmenter() {
        String th = "ชาวนาปลูกข้าวหอมมะลิในฤดูฝน";
        int words = SEGMENTERS.forLanguage("th").words(th).size();
        assertThat(words).isGreaterThanOrEqualTo(6); // ชาว นา ปลูก ข้าว หอม มะลิ ใน ฤดู ฝน: not one "word"
        Shingler shingler = new Shingler(ShingleScheme.WORDS_5);
        assertThat(shingler.shingles(th, SEGMENTERS.forLanguage("th"))).hasSize(words - 4).isSorted();
        // spacing between Thai phrases does not change the words
        assertThat(shingler.shingles("ชาวนาปลูกข้าว หอมมะลิ ในฤดูฝน", SEGMENTERS.forLanguage("th")))
                .isEqualTo(shingler.shingles(th, SEGMENTERS.forLanguage("th")));
        assertThat(shingler.shingles("ข้าว", SEGMENTERS.forLanguage("th"))).hasSize(1);
        assertThat(shingler.shingles("", SEGMENTERS.forLanguage("th"))).isEmpty();
        assertThat(shingler.shingles(" … ", SEGMENTERS.forLanguage("th"))).isEmpty();
        Shingler chars = new Shingler(ShingleScheme.parse("chars:5"));
        assertThat(chars.shingles("ABCDEFG", SEGMENTERS.forLanguage("en")))
                .isEqualTo(chars.shingles("a b c d e f g", SEGMENTERS.forLanguage("en"))).hasSize(3);
    }

    @Test
    void jaccardOfSortedSets() {
        assertThat(Shingler.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4})).isEqualTo(0.5);
        assertThat(Shingler.jaccard(new long[] {1}, new long[] {1})).isEqualTo(1.0);
        assertThat(Shingler.jaccard(new long[0], new long[0])).isZero();
        assertThat(Shingler.jaccard(new long[0], new long[] {1})).isZero();
    }

    @Test
    void signaturesEstimateJaccardAndEqualSetsShareEveryBand() {
        for (SignatureScheme scheme : List.of(SignatureScheme.DEFAULT, SignatureScheme.SUPERMINHASH_256,
                SignatureScheme.CLASSIC)) {
            signaturesEstimateJaccard(new MinHashSigner(scheme));
        }
    }

    private static void signaturesEstimateJaccard(MinHashSigner signer) {
        Shingler shingler = new Shingler(ShingleScheme.WORDS_5);
        for (String lang : PlantedCorpus.LANGUAGES) {
            var docs = PlantedCorpus.build(lang);
            long[] base = shingler.shingles(docs.get(0).text(), SEGMENTERS.forLanguage(lang));
            for (var doc : docs) {
                long[] other = shingler.shingles(doc.text(), SEGMENTERS.forLanguage(lang));
                double estimate = signer.similarity(signer.sign(base), signer.sign(other));
                // 4 standard errors of the estimate at its widest (J = 0.5): 0.17 with 140 components, 0.125 with 256
                assertThat(estimate).as(doc.name() + " " + signer.scheme().id())
                        .isCloseTo(Shingler.jaccard(base, other), org.assertj.core.data.Offset.offset(
                                4 * Math.sqrt(0.25 / signer.scheme().components())));
                // the 32-bit shingle set kept for exact checks gives the same Jaccard as the 64-bit set
                assertThat(DedupeKeys.jaccard(DedupeKeys.shingleSetOf(base), DedupeKeys.shingleSetOf(other)))
                        .isEqualTo(Shingler.jaccard(base, other));
            }
            assertThat(signer.bands(signer.sign(base))).hasSize(28).isEqualTo(signer.bands(signer.sign(base.clone())));
        }
        assertThat(signer.signatureBytes()).isEqualTo(signer.scheme().components());
        assertThatThrownBy(() -> signer.sign(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultSCurveIsAsDocumented() {
        SignatureScheme s = SignatureScheme.DEFAULT;
        assertThat(s.id()).isEqualTo("w5-s140x8-b28r5");
        assertThat(SignatureScheme.SUPERMINHASH_256.id()).isEqualTo("w5-s256x8-b28r5");
        assertThat(SignatureScheme.CLASSIC.id()).isEqualTo("w5-m256x8-b28r5");
        assertThat(SignatureScheme.signingOf("c6-s256x8-b28r5", s)).contains(SignatureScheme.SUPERMINHASH_256);
        assertThat(SignatureScheme.signingOf("w5-m256x8-b28r5", s)).contains(SignatureScheme.CLASSIC);
        assertThat(SignatureScheme.signingOf("w5-s64x8-b28r5", s)).as("fewer components than bands × rows").isEmpty();
        assertThat(SignatureScheme.signingOf("w5-oph", s)).isEmpty();
        assertThat(SignatureScheme.Algorithm.ofSchemeId("w5-m256x8-b28r5")).isEqualTo(
                SignatureScheme.Algorithm.MINHASH);
        assertThat(SignatureScheme.Algorithm.ofSchemeId("c6-s256x8-b28r5")).isEqualTo(
                SignatureScheme.Algorithm.SUPERMINHASH);
        assertThat(s.candidateProbability(0.7)).isBetween(0.994, 0.995);
        assertThat(s.candidateProbability(0.6)).isBetween(0.89, 0.91);
        assertThat(s.candidateProbability(0.3)).isBetween(0.068, 0.070);
        assertThat(s.candidateProbability(0.0)).isLessThan(1e-9);
        assertThat(s.curveMidpoint()).isBetween(0.51, 0.52);
        assertThatThrownBy(() -> new SignatureScheme(ShingleScheme.WORDS_5, 64, 16, 20, 6))
                .hasMessageContaining("need 120 components");
    }

    @Test
    void schemesAndSettingsParseOrSayWhatIsWrong() {
        assertThat(ShingleScheme.parse("chars:7")).isEqualTo(new ShingleScheme(ShingleScheme.Kind.CHARS, 7));
        assertThat(ShingleScheme.parse(" Words ")).isEqualTo(ShingleScheme.WORDS_5);
        assertThatThrownBy(() -> ShingleScheme.parse("letters:3")).hasMessageContaining("use words:N or chars:N");
        assertThatThrownBy(() -> ShingleScheme.parse("words:x")).hasMessageContaining("no number");
        assertThatThrownBy(() -> ShingleScheme.parse("words:0")).hasMessageContaining("1 to 32");
        DedupeSettings settings = DedupeSettings.from(Map.of("dedupe.shingles", "words:4",
                "dedupe.shingles.my", "chars:6", "other.key", 3));
        assertThat(settings.forLanguage("th").shingles()).isEqualTo(ShingleScheme.parse("words:4"));
        assertThat(settings.forLanguage("my").id()).isEqualTo("c6-s140x8-b28r5");
        assertThat(DedupeSettings.from(Map.of())).isEqualTo(DedupeSettings.DEFAULTS);
        assertThat(DedupeSettings.from(Map.of("dedupe.minhash", "classic")).forLanguage("th").id())
                .isEqualTo("w5-m256x8-b28r5");
        assertThat(DedupeSettings.from(Map.of(), SignatureScheme.CLASSIC).defaults())
                .as("a corpus signed with classic MinHash keeps it").isEqualTo(SignatureScheme.CLASSIC);
        assertThat(DedupeSettings.from(Map.of("dedupe.minhash", "super"), SignatureScheme.CLASSIC)
                .defaults()).as("unless its settings say otherwise").isEqualTo(SignatureScheme.DEFAULT);
        assertThat(DedupeSettings.from(Map.of(), SignatureScheme.SUPERMINHASH_256).defaults())
                .as("a corpus signed with 256 components keeps them").isEqualTo(SignatureScheme.SUPERMINHASH_256);
        assertThat(DedupeSettings.from(Map.of("dedupe.minhash", "super"), SignatureScheme.SUPERMINHASH_256)
                .defaults()).as("naming its own algorithm changes nothing").isEqualTo(SignatureScheme.SUPERMINHASH_256);
        assertThat(DedupeSettings.from(Map.of("dedupe.components", "140"), SignatureScheme.SUPERMINHASH_256)
                .defaults()).as("unless the components are named").isEqualTo(SignatureScheme.DEFAULT);
        assertThat(DedupeSettings.from(Map.of("dedupe.components", 256)).defaults())
                .isEqualTo(SignatureScheme.SUPERMINHASH_256);
        assertThatThrownBy(() -> DedupeSettings.from(Map.of("dedupe.components", "128")))
                .hasMessageContaining("corpus setting dedupe.components").hasMessageContaining("from 140");
        assertThatThrownBy(() -> DedupeSettings.from(Map.of("dedupe.components", "many")))
                .hasMessageContaining("'many' is not a number");
        assertThatThrownBy(() -> DedupeSettings.from(Map.of("dedupe.minhash", "fast")))
                .hasMessageContaining("corpus setting dedupe.minhash").hasMessageContaining("super or classic");
        assertThatThrownBy(() -> DedupeSettings.from(Map.of("dedupe.shingles", "bytes")))
                .hasMessageContaining("corpus setting dedupe.shingles");
        assertThat(KeepPolicy.parse("best-quality")).isEqualTo(KeepPolicy.BEST_QUALITY);
        assertThatThrownBy(() -> KeepPolicy.parse("newest")).hasMessageContaining("first, longest or best-quality");
        assertThat(new LineThreshold(3, 0.01).requiredDocs(1000)).isEqualTo(10);
        assertThat(new LineThreshold(3, 0.01).requiredDocs(10)).isEqualTo(3);
        assertThatThrownBy(() -> new LineThreshold(1, 0)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> DedupeOptions.DEFAULTS.withThreshold(1.5)).hasMessageContaining("--threshold");
    }

    @Test
    void theStageComputesEveryKeyAndNoSignatureForTextWithoutWords() {
        DedupeKeysStage stage = new DedupeKeysStage(SEGMENTERS, DedupeSettings.DEFAULTS);
        DedupeKeys keys = stage.keys(PlantedCorpus.build("my").get(0).text(), "my");
        assertThat(keys.hasSignature()).isTrue();
        assertThat(keys.signature()).hasSize(140);
        assertThat(keys.bands()).hasSize(28);
        assertThat(keys.lineHashes()).hasSize(2);
        assertThat(keys.scheme()).isEqualTo("w5-s140x8-b28r5");
        assertThat(keys.shingleSet()).hasSize(keys.shingles()).isSorted();
        DedupeKeys empty = stage.keys("— … —", "my");
        assertThat(empty.hasSignature()).isFalse();
        assertThat(empty.bands()).isEmpty();
        assertThat(empty.shingles()).isZero();
        assertThat(stage.keys("", "und").lineHashes()).isEmpty();
    }
}
