package org.seacorpus.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import com.github.luben.zstd.ZstdOutputStream;

/**
 * One output file: counts bytes and computes SHA-256 of what reaches the disk, so the manifest needs no second
 * read. gzip and zstd streams are deterministic here (no timestamps, fixed level).
 */
final class ShardWriter implements AutoCloseable {
    private final Path file;
    private final CountingDigestStream sink;
    private final OutputStream out;
    private long rows;

    ShardWriter(Path file, ExportOptions.Compression compression) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        this.sink = new CountingDigestStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        this.out = switch (compression) {
            case ZSTD -> new ZstdOutputStream(sink, 3);
            case GZIP -> new GZIPOutputStream(sink, 1 << 16);
            case NONE -> sink;
        };
    }

    OutputStream stream() {
        return out;
    }

    void rowWritten() {
        rows++;
    }

    long rows() {
        return rows;
    }

    Path file() {
        return file;
    }

    long bytes() {
        return sink.count;
    }

    String sha256() {
        return HexFormat.of().formatHex(sink.digest.digest());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Counts and hashes the bytes written to the file. */
    private static final class CountingDigestStream extends DigestOutputStream {
        private final MessageDigest digest;
        private long count;

        CountingDigestStream(OutputStream out) {
            super(out, sha256Digest());
            this.digest = getMessageDigest();
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

        private static MessageDigest sha256Digest() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
