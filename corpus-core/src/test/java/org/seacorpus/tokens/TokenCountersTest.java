package org.seacorpus.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OpenAI's encodings through JTokkit give the counts OpenAI publishes: the cookbook page "How to count tokens with
 * tiktoken" (openai-cookbook, examples/How_to_count_tokens_with_tiktoken.ipynb) lists these strings with their
 * tokens under each encoding.
 */
class TokenCountersTest {
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        cl100k_base | tiktoken is great!            | 6
        cl100k_base | antidisestablishmentarianism  | 6
        cl100k_base | 2 + 2 = 4                     | 7
        cl100k_base | お誕生日おめでとう                | 9
        o200k_base  | antidisestablishmentarianism  | 6
        o200k_base  | 2 + 2 = 4                     | 7
        o200k_base  | お誕生日おめでとう                | 8
        p50k_base   | antidisestablishmentarianism  | 5
        r50k_base   | お誕生日おめでとう                | 14
        """)
    void countsAsPublishedByOpenAI(String encoding, String text, long tokens) {
        assertThat(TokenCounters.open(encoding).count(text)).isEqualTo(tokens);
    }

    @Test
    void specialTokenSpellingsInTheTextAreOrdinaryText() {
        TokenCounter o200k = TokenCounters.open("o200k_base");
        // as text, <|endoftext|> is several tokens (as a special token it would be one, or an error)
        assertThat(o200k.count("<|endoftext|>")).isGreaterThan(1);
        assertThat(o200k.count("")).isZero();
    }

    @Test
    void burmeseAndKhmerCostMoreTokensThanEnglishForTheSameMessage() {
        TokenCounter o200k = TokenCounters.open("o200k_base");
        long english = o200k.count("The farmers harvest rice in the rainy season.");
        long burmese = o200k.count("လယ်သမားများသည် မိုးရာသီတွင် စပါးရိတ်သိမ်းကြသည်။");
        long khmer = o200k.count("កសិករប្រមូលផលស្រូវនៅរដូវវស្សា។");
        assertThat(burmese).isGreaterThan(english);
        assertThat(khmer).isGreaterThan(english);
    }

    @Test
    void namesAreCaseInsensitiveAndUnknownOnesSayWhatIsAvailable() {
        assertThat(TokenCounters.open("O200K_BASE").name()).isEqualTo("o200k_base");
        assertThatThrownBy(() -> TokenCounters.open("gpt-9"))
                .isInstanceOf(TokenizerException.class)
                .hasMessageContaining("unknown tokenizer 'gpt-9'")
                .hasMessageContaining("o200k_base, cl100k_base")
                .hasMessageContaining("corpus-hf");
    }
}
