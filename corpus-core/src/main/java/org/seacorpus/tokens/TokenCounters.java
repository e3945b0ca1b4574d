package org.seacorpus.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

import com.knuddels.jtokkit.api.EncodingType;

/**
 * Opens a token counter by name: OpenAI's encodings are built in ({@code o200k_base}, {@code cl100k_base},
 * {@code p50k_base}, {@code r50k_base}); anything else is asked of the {@link TokenCounterProvider}s on the
 * class path (the optional module {@code corpus-hf}: a path to a Hugging Face {@code tokenizer.json}).
 */
public final class TokenCounters {
    /** The encodings always available, most recent first. */
    public static final List<String> BUILT_IN = List.of("o200k_base", "cl100k_base", "p50k_base", "r50k_base");

    private TokenCounters() {
    }

    /**
     * The counter {@code spec} names.
     *
     * @throws TokenizerException naming what is available (and how to get tokenizer.json support) when nothing
     *                            opens it
     */
    public static TokenCounter open(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new TokenizerException("no tokenizer named; built in: " + String.join(", ", BUILT_IN));
        }
        String name = spec.strip();
        if (BUILT_IN.contains(name.toLowerCase(Locale.ROOT))) {
            return new TiktokenCounter(EncodingType.fromName(name.toLowerCase(Locale.ROOT)).orElseThrow());
        }
        List<String> others = new ArrayList<>();
        for (TokenCounterProvider provider : ServiceLoader.load(TokenCounterProvider.class)) {
            Optional<TokenCounter> counter = provider.open(name);
            if (counter.isPresent()) {
                return counter.get();
            }
            others.add(provider.describe());
        }
        String hint = others.isEmpty()
                ? "; a Hugging Face tokenizer.json needs the optional module corpus-hf (bin/corpus adds it once it "
                        + "is built: mvn -pl corpus-hf -am package)"
                : "; or " + String.join("; or ", others);
        throw new TokenizerException("unknown tokenizer '" + name + "': built in are " + String.join(", ", BUILT_IN)
                + hint);
    }
}
