package org.seacorpus.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A decompressing stream held to the archive limits of {@link ImportLimits}: it fails as soon as it has expanded
 * more than {@code maxCompressionRatio} times the compressed size (never below
 * {@link ImportLimits#RATIO_FLOOR_BYTES}) or more than {@code maxArchiveBytes}, so a compression bomb costs
 * seconds, not the ten minutes it takes to expand a gigabyte and parse it.
 */
final class ExpansionGuard extends FilterInputStream {
    private final long limit;
    private final String reason;
    private long expanded;

    /**
     * @param compressed the decompressing stream
     * @param compressedBytes size of the compressed input
     */
    ExpansionGuard(InputStream compressed, long compressedBytes, ImportLimits limits) {
        super(compressed);
        long byRatio = limits.expansionLimit(compressedBytes);
        if (byRatio < limits.maxArchiveBytes()) {
            this.limit = byRatio;
            this.reason = String.format(Locale.ROOT, "expands more than %d times its compressed size (%,d bytes): "
                    + "refused as a possible compression bomb", limits.maxCompressionRatio(), compressedBytes);
        } else {
            this.limit = limits.maxArchiveBytes();
            this.reason = String.format(Locale.ROOT, "expands past %,d bytes (the limit for a compressed input): "
                    + "refused; decompress it, or split it into smaller files", limits.maxArchiveBytes());
        }
    }

    /** The reading stopped at a limit; the message says which. */
    static final class LimitException extends IOException {
        LimitException(String message) {
            super(message);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws LimitException {
        expanded += n;
        if (expanded > limit) {
            throw new LimitException(reason);
        }
    }
}
