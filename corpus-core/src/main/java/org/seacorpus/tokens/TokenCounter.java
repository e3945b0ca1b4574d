package org.seacorpus.tokens;

/**
 * Counts the tokens a language model's tokenizer makes of a text: what an ML team budgets training data in.
 * Counted without the special tokens a model adds around a sequence ({@code [CLS]}, {@code <s>}). A special
 * token's spelling inside the text ({@code <|endoftext|>}) is ordinary text for the built-in encodings; a
 * Hugging Face tokenizer.json matches its added tokens in the text, as that tokenizer itself does.
 * Implementations are thread-safe.
 *
 * <pre>{@code
 * TokenCounter cl100k = TokenCounters.open("cl100k_base");
 * cl100k.count("tiktoken is great!");               // 6 (OpenAI cookbook, "How to count tokens with tiktoken")
 * TokenCounters.open("o200k_base").count("お誕生日おめでとう"); // 8 (same page; 9 with cl100k_base)
 * }</pre>
 */
public interface TokenCounter {
    /**
     * What the counts are in, as the manifest and reports name it: {@code o200k_base}, or for a tokenizer file
     * its name and the start of its SHA-256 ({@code tokenizer.json sha256:1a2b3c4d5e6f}), never a local path.
     */
    String name();

    /** The tokens of {@code text}. */
    long count(String text);
}
