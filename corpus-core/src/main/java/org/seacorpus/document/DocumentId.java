package org.seacorpus.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable, portable identity of a document: a hash of its {@link SourceName} and its part (archive entry,
 * dataset row). Re-importing the same source therefore updates the stored document instead of adding a copy,
 * and the same files imported from another folder or another machine get the same ids (the name never holds a
 * local path). Other engines (Spark) call {@link #of(SourceName, String)} to compute the same ids.
 */
public final class DocumentId {
    private DocumentId() {
    }

    /** The id of a document of a named source: see {@link #of(String, String)}. */
    public static String of(SourceName source, String part) {
        return of(source.value(), part);
    }

    /**
     * 32 hex characters (128 bits of SHA-256 of the source name, a NUL and the part): short enough to type, far
     * from any collision risk.
     */
    public static String of(String source, String part) {
        String key = source + '\u0000' + (part == null ? "" : part);
        return HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    static byte[] sha256(byte[] bytes) {
        return SHA_256.get().digest(bytes); // digest() resets it for the next use
    }

    /**
     * One SHA-256 per thread: looking the algorithm up in the security providers cost about as much as hashing a
     * short text, and import hashes three per document (id, content hash, import fingerprint).
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    });

    /** Hex SHA-256 of a text's UTF-8 bytes: the exact-duplicate key and the change fingerprint. */
    public static String contentHash(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * {@code contentHash(prefix + text)} without joining them: the digest reads the two parts' UTF-8 bytes in turn,
     * so a long text is not copied into a joined string first. The bytes are the same unless a surrogate pair
     * would be cut between the parts (then the joined string is hashed).
     */
    public static String contentHash(String prefix, String text) {
        if (!prefix.isEmpty() && !text.isEmpty() && Character.isHighSurrogate(prefix.charAt(prefix.length() - 1))
                && Character.isLowSurrogate(text.charAt(0))) {
            return contentHash(prefix + text);
        }
        MessageDigest digest = SHA_256.get();
        digest.update(prefix.getBytes(StandardCharsets.UTF_8));
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }
}
