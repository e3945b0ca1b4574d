package org.seacorpus.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one output file on their way to the disk: counted and hashed (SHA-256) as they pass, so the
 * manifest needs no second read of the file.
 */
final class FileSink extends DigestOutputStream {
    private final Path file;
    private long count;

    FileSink(Path file) throws IOException {
        super(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), sha256());
        this.file = file;
    }

    Path file() {
        return file;
    }

    long count() {
        return count;
    }

    /** The SHA-256 of everything written; call once, after closing. */
    String sha256Hex() {
        return HexFormat.of().formatHex(getMessageDigest().digest());
    }

    @Override
    public void write(int b) throws IOException {
        super.write(b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        super.write(b, off, len);
        count += len;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
