package org.seacorpus.ingest;

import java.util.Locale;

/**
 * Defences against absurd and hostile input, applied while reading (never after the damage is done).
 *
 * <p>Memory: no reader holds more than one document of at most {@code maxTextChars} characters (plus its
 * metadata) at a time; a document that would pass the limit is refused with a reason as soon as the limit is
 * reached, not read to the end and cut. Files are read as streams, except archive entries and web-archive
 * payloads, which are held as bytes within {@code maxFileBytes}. Compressed datasets ({@code .jsonl.gz},
 * {@code .csv.zst}, …) get the archive limits: at most {@code maxCompressionRatio} times their size and at most
 * {@code maxArchiveBytes} expanded.
 *
 * @param maxFileBytes        largest single file, archive entry or dataset line that is read
 * @param maxArchiveBytes     most bytes expanded from one archive or compressed dataset, all entries together
 * @param maxArchiveEntries   most entries read from one archive
 * @param maxCompressionRatio an entry or compressed dataset expanding more than this many times its compressed
 *                            size is a bomb
 * @param maxArchiveDepth     archives inside archives are expanded this deep
 * @param maxTextChars        characters of text in one document; a longer document is refused. Analysing a
 *                            document takes about 50 bytes of heap per character (measured on Thai: a 9.9 million
 *                            character document needs most of a 512 MB heap), so the default, 5 million
 *                            characters (some 2,000 pages), leaves room for the other workers in a small heap
 */
public record ImportLimits(long maxFileBytes, long maxArchiveBytes, int maxArchiveEntries,
                           int maxCompressionRatio, int maxArchiveDepth, int maxTextChars) {
    public static final ImportLimits DEFAULTS = new ImportLimits(
            256L << 20, 2L << 30, 100_000, 200, 2, 5_000_000);

    /** Expanded bytes below which no ratio is checked: small inputs compress well and harm no one. */
    public static final long RATIO_FLOOR_BYTES = 1L << 20;

    /** The same limits with another per-document character limit. */
    public ImportLimits withMaxTextChars(int chars) {
        if (chars <= 0) {
            throw new IllegalArgumentException("the character limit per document must be positive, not " + chars);
        }
        return new ImportLimits(maxFileBytes, maxArchiveBytes, maxArchiveEntries, maxCompressionRatio,
                maxArchiveDepth, chars);
    }

    /** The reason given for a document with more than {@code maxTextChars} characters. */
    public String documentTooLong() {
        return String.format(Locale.ROOT, "document longer than %,d characters (the limit per document): refused; "
                + "split it into smaller documents", maxTextChars);
    }

    /** The reason given for a file or dataset line past {@code maxFileBytes}. */
    public String fileTooLarge(String what, long bytes) {
        return bytes >= 0
                ? String.format(Locale.ROOT, "%s too large: %,d bytes (limit %,d)", what, bytes, maxFileBytes)
                : String.format(Locale.ROOT, "%s too large: more than %,d bytes", what, maxFileBytes);
    }

    /** Most bytes an input of {@code compressedBytes} may expand to, by ratio (never below the floor). */
    public long expansionLimit(long compressedBytes) {
        if (compressedBytes <= 0) {
            return maxArchiveBytes;
        }
        long byRatio = compressedBytes > Long.MAX_VALUE / maxCompressionRatio ? Long.MAX_VALUE
                : compressedBytes * maxCompressionRatio;
        return Math.max(byRatio, RATIO_FLOOR_BYTES);
    }
}
