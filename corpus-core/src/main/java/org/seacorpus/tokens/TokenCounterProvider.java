package org.seacorpus.tokens;

import java.util.Optional;

/**
 * Opens token counters that do not come with the core, found through {@link java.util.ServiceLoader}: the
 * optional module {@code corpus-hf} reads Hugging Face {@code tokenizer.json} files this way, so the CLI jar
 * stays free of its native libraries.
 */
public interface TokenCounterProvider {
    /**
     * The counter {@code spec} names, or empty when this provider does not handle it.
     *
     * @throws TokenizerException when it handles {@code spec} but cannot open it (a damaged file, say)
     */
    Optional<TokenCounter> open(String spec);

    /** One line for the error that lists what can be opened: {@code a path to a tokenizer.json (Hugging Face)}. */
    String describe();
}
