package org.seacorpus.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.StoredField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.document.TokenSpans;

/**
 * The tokens a source gave ({@link TokenSpans}) as the stored binary field {@code given_tokens}: per sentence its
 * id and its tokens as variable-length gaps and lengths (a few bytes a token), so an export writes them back and
 * a rewritten document is indexed with them again.
 */
final class TokenSpansFields implements AnnotationFields<TokenSpans> {
    private static final int VERSION = 1;

    @Override
    public Class<TokenSpans> type() {
        return TokenSpans.class;
    }

    @Override
    public void write(TokenSpans tokens, org.apache.lucene.document.Document out) {
        ByteBuffersDataOutput bytes = new ByteBuffersDataOutput();
        try {
            bytes.writeVInt(VERSION);
            bytes.writeVInt(tokens.sentences().size());
            int last = 0;
            for (TokenSpans.Sentence sentence : tokens.sentences()) {
                bytes.writeString(sentence.id());
                bytes.writeVInt(sentence.tokens().size());
                for (TokenSpans.Span t : sentence.tokens()) {
                    bytes.writeVInt(t.start() - last);
                    bytes.writeVInt(t.end() - t.start());
                    last = t.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the given tokens", e);
        }
        out.add(new StoredField(Fields.GIVEN_TOKENS, new BytesRef(bytes.toArrayCopy())));
    }

    @Override
    public Optional<TokenSpans> read(org.apache.lucene.document.Document stored) {
        BytesRef ref = stored.getBinaryValue(Fields.GIVEN_TOKENS);
        if (ref == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(new ByteArrayDataInput(ref.bytes, ref.offset, ref.length)));
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt given_tokens field", e);
        }
    }

    private static TokenSpans decode(ByteArrayDataInput in) throws IOException {
        int version = in.readVInt();
        if (version != VERSION) {
            throw new IllegalStateException("given_tokens written by a newer version (" + version + ")");
        }
        int sentences = in.readVInt();
        List<TokenSpans.Sentence> out = new ArrayList<>(sentences);
        int last = 0;
        for (int s = 0; s < sentences; s++) {
            String id = in.readString();
            int count = in.readVInt();
            List<TokenSpans.Span> tokens = new ArrayList<>(count);
            for (int t = 0; t < count; t++) {
                int start = last + in.readVInt();
                int end = start + in.readVInt();
                tokens.add(new TokenSpans.Span(start, end));
                last = end;
            }
            out.add(new TokenSpans.Sentence(id, tokens));
        }
        return new TokenSpans(out);
    }
}
