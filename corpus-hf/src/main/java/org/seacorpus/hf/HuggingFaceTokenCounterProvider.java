package org.seacorpus.hf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.seacorpus.tokens.TokenCounter;
import org.seacorpus.tokens.TokenCounterProvider;

/**
 * Opens a Hugging Face tokenizer named by a path: a {@code tokenizer.json} file (any {@code .json}), or a folder
 * holding one (a model downloaded beforehand). Other names are not this provider's.
 */
public final class HuggingFaceTokenCounterProvider implements TokenCounterProvider {
    @Override
    public Optional<TokenCounter> open(String spec) {
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) {
            return Optional.of(HuggingFaceTokenCounter.open(path.resolve("tokenizer.json")));
        }
        if (spec.endsWith(".json") || spec.contains("/") || spec.contains(java.io.File.separator)) {
            return Optional.of(HuggingFaceTokenCounter.open(path));
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "a path to a Hugging Face tokenizer.json (or to the folder holding it)";
    }
}
