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
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Hex SHA-256 of a text's UTF-8 bytes: the exact-duplicate key and the change fingerprint. */
    public static String contentHash(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
