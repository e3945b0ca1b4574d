package org.seacorpus.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What to export and how.
 *
 * @param out       output folder; one sub-folder per language, named by its FineWeb-2 style code
 * @param format    file format (JSONL for now)
 * @param compress  compression of the files
 * @param langs     languages to export, empty for all
 * @param shardRows rows per file before a new file is started
 * @param overwrite replace an earlier export in {@code out} (only a folder holding a manifest.json)
 */
public record ExportOptions(Path out, Format format, Compression compress, List<String> langs, int shardRows,
                            boolean overwrite) {
    public ExportOptions {
        format = format == null ? Format.JSONL : format;
        compress = compress == null ? Compression.ZSTD : compress;
        langs = langs == null ? List.of() : List.copyOf(langs);
        shardRows = shardRows <= 0 ? 100_000 : shardRows;
    }

    /** Output formats. */
    public enum Format {
        JSONL("jsonl");

        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public static Format parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** Compression of exported files. */
    public enum Compression {
        ZSTD(".zst"), GZIP(".gz"), NONE("");

        public final String suffix;

        Compression(String suffix) {
            this.suffix = suffix;
        }

        public static Compression parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }
}
