package org.seacorpus.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Expands zip, tar and tar.gz archives into entries, with the defences of {@link ImportLimits} applied while
 * reading: entry names that climb out of the archive (zip-slip) are refused, as are entries or archives that
 * expand past the size limits or by an absurd ratio (zip bombs). Entries are read into memory one at a time,
 * within those limits, and handed on; nothing is written to disk.
 */
public final class ArchiveReader {
    private final ImportLimits limits;

    public ArchiveReader(ImportLimits limits) {
        this.limits = limits;
    }

    public static boolean isArchive(String lowerName) {
        return lowerName.endsWith(".zip") || lowerName.endsWith(".tar") || lowerName.endsWith(".tar.gz")
                || lowerName.endsWith(".tgz");
    }

    /**
     * Reads the archive's entries in order. Good entries go to {@code entries}; refused entries go to
     * {@code failures} and reading goes on; a broken archive throws.
     */
    public void read(InputItem archive, Consumer<InputItem> entries, ExtractionSink failures)
            throws ExtractionException {
        String name = archive.lowerName();
        try {
            if (name.endsWith(".zip")) {
                readZip(archive, entries, failures);
            } else {
                try (InputStream raw = new BufferedInputStream(archive.open());
                     InputStream in = name.endsWith(".tar") ? raw : new GzipCompressorInputStream(raw);
                     TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
                    readTar(archive, tar, entries, failures);
                }
            }
        } catch (IOException e) {
            throw new ExtractionException("cannot read archive: " + TikaExtractor.rootMessage(e), e);
        }
    }

    /** An archive without a single file to read is a failure, never a silent nothing. */
    private static void requireFiles(Budget budget, boolean zip) throws ExtractionException {
        if (budget.files > 0) {
            return;
        }
        String links = budget.links == 0 ? "" : " (" + budget.links + " symbolic links, which are never followed)";
        throw new ExtractionException(ImportFailure.Kind.NO_DOCUMENTS, zip
                ? "the archive lists no files" + links + ": it is empty, or its central directory is damaged "
                        + "(zip -FF can rebuild it)"
                : "the archive holds no files" + links);
    }

    private void readZip(InputItem archive, Consumer<InputItem> entries, ExtractionSink failures)
            throws IOException, ExtractionException {
        ZipFile.Builder builder = ZipFile.builder();
        if (archive.file() != null) {
            builder.setPath(archive.file());
        } else {
            builder.setSeekableByteChannel(new SeekableInMemoryByteChannel(archive.bytes()));
        }
        try (ZipFile zip = builder.get()) {
            Budget budget = new Budget();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.isUnixSymlink()) {
                    budget.links++;
                    continue; // a link could point anywhere; archives are read for their own files only
                }
                if (entry.isDirectory()) {
                    continue;
                }
                budget.files++;
                if (!admit(entry, budget, failures)) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = readBounded(in, entry.getName(), entry.getCompressedSize(), budget, failures);
                    if (bytes != null) {
                        entries.accept(InputItem.ofEntry(archive, entry.getName(), bytes));
                    }
                }
            }
            requireFiles(budget, true);
        }
    }

    private void readTar(InputItem archive, TarArchiveInputStream tar, Consumer<InputItem> entries,
                         ExtractionSink failures) throws IOException, ExtractionException {
        Budget budget = new Budget();
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            if (entry.isSymbolicLink() || entry.isLink()) {
                budget.links++;
                continue; // links could point anywhere
            }
            if (!entry.isFile()) {
                continue; // directories and devices carry no text
            }
            budget.files++;
            if (!admit(entry, budget, failures)) {
                continue;
            }
            byte[] bytes = readBounded(tar, entry.getName(), -1, budget, failures);
            if (bytes != null) {
                entries.accept(InputItem.ofEntry(archive, entry.getName(), bytes));
            }
        }
        requireFiles(budget, false);
    }

    /** Checks the entry's name, the entry count and the declared size before anything is read. */
    private boolean admit(ArchiveEntry entry, Budget budget, ExtractionSink failures) throws ExtractionException {
        if (++budget.entries > limits.maxArchiveEntries()) {
            throw new ExtractionException(ImportFailure.Kind.TOO_LARGE, "archive has more than "
                    + limits.maxArchiveEntries() + " entries");
        }
        String name = entry.getName();
        if (isUnsafeName(name)) {
            failures.failure(name, "unsafe entry name (absolute path or '..' climbs out of the archive): refused");
            return false;
        }
        if (entry.getSize() > limits.maxFileBytes()) {
            failures.failure(name, ImportFailure.Kind.TOO_LARGE, limits.fileTooLarge("entry", entry.getSize()));
            return false;
        }
        return true;
    }

    /** Reads an entry, stopping as soon as it passes a limit; returns null (and reports) when it does. */
    private byte[] readBounded(InputStream in, String name, long compressedSize, Budget budget,
                               ExtractionSink failures) throws IOException, ExtractionException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long ratioLimit = compressedSize > 0 ? Math.max(compressedSize * limits.maxCompressionRatio(), 1L << 20)
                : Long.MAX_VALUE;
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            budget.bytes += n;
            if (budget.bytes > limits.maxArchiveBytes()) {
                throw new ExtractionException(ImportFailure.Kind.TOO_LARGE, "archive expands past "
                        + limits.maxArchiveBytes() + " bytes: refused as a possible archive bomb");
            }
            if (out.size() > limits.maxFileBytes()) {
                failures.failure(name, ImportFailure.Kind.TOO_LARGE, limits.fileTooLarge("entry", -1));
                return null;
            }
            if (out.size() > ratioLimit) {
                failures.failure(name, ImportFailure.Kind.TOO_LARGE, "entry expands more than "
                        + limits.maxCompressionRatio() + " times its compressed size: refused as a possible archive bomb");
                return null;
            }
        }
        return out.toByteArray();
    }

    static boolean isUnsafeName(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** What one archive has used so far. */
    private static final class Budget {
        int entries;
        int files;
        int links;
        long bytes;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
