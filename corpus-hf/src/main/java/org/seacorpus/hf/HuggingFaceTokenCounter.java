package org.seacorpus.hf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.seacorpus.tokens.TokenCounter;
import org.seacorpus.tokens.TokenizerException;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

/**
 * Counts tokens with a Hugging Face {@code tokenizer.json} (BPE, WordPiece, Unigram, with their normalizers and
 * pre-tokenizers), through DJL's binding of the Rust {@code tokenizers} library. The file is read from disk:
 * nothing is fetched from a hub. No special tokens are added ({@code [CLS]}, {@code <s>}), no truncation: the
 * count is the text's own tokens. Named by the file's name and the start of its SHA-256, so a manifest says
 * which vocabulary counted without carrying a local path. Thread-safe (the Rust tokenizer is).
 */
final class HuggingFaceTokenCounter implements TokenCounter, AutoCloseable {
    private final HuggingFaceTokenizer tokenizer;
    private final String name;

    private HuggingFaceTokenCounter(HuggingFaceTokenizer tokenizer, String name) {
        this.tokenizer = tokenizer;
        this.name = name;
    }

    /** Opens {@code file}. */
    static HuggingFaceTokenCounter open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TokenizerException("no tokenizer file at " + file + " (give a tokenizer.json, or the folder "
                    + "of a model that has one)");
        }
        String sha = sha256(file);
        try {
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(file, Map.of(
                    "addSpecialTokens", "false", "truncation", "false", "padding", "false"));
            return new HuggingFaceTokenCounter(tokenizer, file.getFileName() + " sha256:" + sha.substring(0, 12));
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            throw new TokenizerException("cannot read the tokenizer " + file + ": " + e.getMessage()
                    + " (is it a Hugging Face tokenizer.json?)", e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long count(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        return tokenizer.encode(text, false, false).getIds().length;
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new TokenizerException("cannot read the tokenizer " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
