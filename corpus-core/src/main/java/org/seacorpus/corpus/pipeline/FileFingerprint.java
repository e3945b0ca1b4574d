package org.seacorpus.corpus.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * What identifies the content of a source file: size and modification time (cheap, from the file system) and the
 * SHA-256 of its bytes (read once, streaming). Equal size and time are trusted as "unchanged" in quick mode, as
 * make and rsync do; the hash decides when they differ (a fresh checkout touches every file).
 *
 * @param size     bytes
 * @param modified modification time in nanoseconds since the epoch (the file system's own precision)
 * @param sha256   hex SHA-256 of the bytes, or null when not computed yet
 */
record FileFingerprint(long size, long modified, String sha256) {

    /** Size and modification time only. */
    static FileFingerprint stat(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileFingerprint(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), null);
    }

    FileFingerprint hashed(Path file) throws IOException {
        if (sha256 != null) {
            return this;
        }
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return new FileFingerprint(size, modified, HexFormat.of().formatHex(digest.digest()));
    }

    /** Hex SHA-256 of the parts joined by NUL, cut to 32 characters: stamps and settings keys. */
    static String key(String... parts) {
        MessageDigest digest = newDigest();
        for (String part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
