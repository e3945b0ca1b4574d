package org.seacorpus.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * OpenAI's byte-pair encodings ({@code o200k_base} of GPT-4o and later, {@code cl100k_base} of GPT-4 and
 * GPT-3.5, and the older {@code p50k_base}, {@code r50k_base}) through JTokkit, a pure-Java port of tiktoken
 * whose vocabularies ship inside its jar: no file and no network. Special-token spellings in the text are
 * counted as ordinary text ({@link Encoding#countTokensOrdinary}). Thread-safe, as JTokkit's encodings are.
 */
final class TiktokenCounter implements TokenCounter {
    /** Loads each encoding on first use (a vocabulary takes a few MB and ~100 ms to load). */
    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    private final EncodingType type;
    private final Encoding encoding;

    TiktokenCounter(EncodingType type) {
        this.type = type;
        this.encoding = REGISTRY.getEncoding(type);
    }

    @Override
    public String name() {
        return type.getName();
    }

    @Override
    public long count(String text) {
        return encoding.countTokensOrdinary(text);
    }
}
