package org.seacorpus.ingest;

/**
 * Defences against absurd and hostile input, applied while reading (never after the damage is done).
 *
 * @param maxFileBytes        largest single file or archive entry that is extracted
 * @param maxArchiveBytes     most bytes expanded from one archive, all entries together
 * @param maxArchiveEntries   most entries read from one archive
 * @param maxCompressionRatio an entry expanding more than this many times its compressed size is a bomb
 * @param maxArchiveDepth     archives inside archives are expanded this deep
 * @param maxTextChars        characters of text kept from one document (the rest is cut, and reported)
 */
public record ImportLimits(long maxFileBytes, long maxArchiveBytes, int maxArchiveEntries,
                           int maxCompressionRatio, int maxArchiveDepth, int maxTextChars) {
    public static final ImportLimits DEFAULTS = new ImportLimits(
            256L << 20, 2L << 30, 100_000, 200, 2, 20_000_000);
}
