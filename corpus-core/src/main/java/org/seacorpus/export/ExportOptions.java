package org.seacorpus.export;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.seacorpus.document.Status;

/**
 * What to export and how. Build with {@link #builder(Path)}; every option has a default, so
 * {@code ExportOptions.builder(out).build()} exports the documents with status {@code ok} as zstd JSONL, all in
 * the {@code train} split, without filters or redaction.
 *
 * @param out                 output folder; one sub-folder per language, named by its FineWeb-2 style code
 * @param format              file format
 * @param compress            compression of JSONL and text files, or the Parquet codec
 * @param langs               languages to export, empty for all
 * @param shardRows           rows per file before a new file is started
 * @param overwrite           replace an earlier export in {@code out} (only a folder holding a manifest.json)
 * @param shardBytes          bytes per file (as written, compressed) before a new file is started
 * @param statuses            curation states to export: {@code ok} unless duplicates or rejected are asked for
 * @param tags                only documents with at least one of these tags; empty for all
 * @param query               only documents matching this search (Lucene syntax, as {@code corpus search}), or null
 * @param qualityFilter       remove documents that fail their language's quality thresholds
 * @param qualityOverrides    threshold overrides by language code or {@code "*"}, on top of profiles and corpus.yaml
 * @param redactPii           replace personal data with typed placeholders
 * @param dropBoilerplate     remove lines that dedupe found to be boilerplate (reported as unavailable without
 *                            dedupe line data)
 * @param split               named fractions and the seed that assigns each document to one
 * @param decontaminate       benchmark files whose long n-grams must not appear in the training data
 * @param contamination       what to do with a document that shares such an n-gram
 * @param contaminationWords  n of the word n-grams for spaced scripts (13, as GPT-3's decontamination)
 * @param contaminationChars  n of the character n-grams for unspaced scripts (Thai, Lao, Khmer, Burmese, Chinese)
 * @param tokenizer           count the tokens of each language and split with this tokenizer
 *                            ({@link org.seacorpus.tokens.TokenCounters}), or null
 */
public record ExportOptions(Path out, Format format, Compression compress, List<String> langs, int shardRows,
                            boolean overwrite, long shardBytes, Set<Status> statuses, List<String> tags, String query,
                            boolean qualityFilter, Map<String, Map<String, Object>> qualityOverrides,
                            boolean redactPii, boolean dropBoilerplate, SplitSpec split, List<Path> decontaminate,
                            Contamination contamination, int contaminationWords, int contaminationChars,
                            String tokenizer) {
    public static final int DEFAULT_SHARD_ROWS = 100_000;
    public static final long DEFAULT_SHARD_BYTES = 256L << 20;

    public ExportOptions {
        format = format == null ? Format.JSONL : format;
        compress = compress == null ? Compression.ZSTD : compress;
        langs = langs == null ? List.of() : List.copyOf(new TreeSet<>(langs));
        langs.forEach(org.seacorpus.lang.LanguageProfiles.builtIn()::require);
        shardRows = shardRows <= 0 ? DEFAULT_SHARD_ROWS : shardRows;
        shardBytes = shardBytes <= 0 ? DEFAULT_SHARD_BYTES : shardBytes;
        statuses = statuses == null || statuses.isEmpty() ? Set.of(Status.OK) : Set.copyOf(statuses);
        tags = tags == null ? List.of() : List.copyOf(new TreeSet<>(tags));
        query = query == null || query.isBlank() ? null : query;
        qualityOverrides = qualityOverrides == null ? Map.of() : copy(qualityOverrides);
        split = split == null ? SplitSpec.TRAIN_ONLY : split;
        decontaminate = decontaminate == null ? List.of() : List.copyOf(decontaminate);
        contamination = contamination == null ? Contamination.DROP : contamination;
        contaminationWords = contaminationWords <= 0 ? 13 : contaminationWords;
        contaminationChars = contaminationChars <= 0 ? 50 : contaminationChars;
        tokenizer = tokenizer == null || tokenizer.isBlank() ? null : tokenizer.strip();
    }

    /** The options of the first export: folder, format, compression, languages, rows per file, overwrite. */
    public ExportOptions(Path out, Format format, Compression compress, List<String> langs, int shardRows,
                         boolean overwrite) {
        this(out, format, compress, langs, shardRows, overwrite, 0, null, null, null, false, null, false, false,
                null, null, null, 0, 0, null);
    }

    /**
     * A size in bytes as {@code --shard-size} and the pipeline file write it: {@code 256MB}, {@code 1GB},
     * {@code 500k} (binary units, {@code MiB} too), or a plain number of bytes.
     *
     * @throws IllegalArgumentException when it is not a positive size
     */
    public static long parseSize(String size) {
        String s = size.strip().toUpperCase(Locale.ROOT).replace("IB", "B");
        long unit = 1;
        if (s.endsWith("KB") || s.endsWith("K")) {
            unit = 1L << 10;
        } else if (s.endsWith("MB") || s.endsWith("M")) {
            unit = 1L << 20;
        } else if (s.endsWith("GB") || s.endsWith("G")) {
            unit = 1L << 30;
        }
        String number = s.replaceAll("[KMGB]+$", "");
        try {
            long value = (long) (Double.parseDouble(number) * unit);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + size + "' is not a size; use e.g. 64MB or 1GB");
    }

    public static Builder builder(Path out) {
        return new Builder(out);
    }

    private static Map<String, Map<String, Object>> copy(Map<String, Map<String, Object>> in) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        in.forEach((lang, values) -> out.put(lang, Map.copyOf(values)));
        return Map.copyOf(out);
    }

    /** Output formats. */
    public enum Format {
        JSONL("jsonl"), PARQUET("parquet"), TXT("txt"),
        /** Universal Dependencies' CoNLL-U: sentences of tokens (no annotation), for linguists' tools. */
        CONLLU("conllu"),
        /** The vertical format of Sketch Engine, NoSketch Engine and CWB/CQPweb. */
        VERT("vert");

        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** True for the formats that write sentences and tokens rather than whole texts. */
        public boolean tokenized() {
            return this == CONLLU || this == VERT;
        }

        public static Format parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** Compression of exported files (for Parquet: the column codec inside the file). */
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

    /** What happens to a document that shares a long n-gram with a benchmark. */
    public enum Contamination {
        /** Left out of the export (counted in the manifest). */
        DROP,
        /** Exported with {@code metadata.contaminated} naming the benchmark files. */
        FLAG;

        public static Contamination parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** Fluent construction; unset options keep their defaults. */
    public static final class Builder {
        private final Path out;
        private Format format;
        private Compression compress;
        private List<String> langs;
        private int shardRows;
        private long shardBytes;
        private boolean overwrite;
        private Set<Status> statuses;
        private List<String> tags;
        private String query;
        private boolean qualityFilter;
        private Map<String, Map<String, Object>> qualityOverrides;
        private boolean redactPii;
        private boolean dropBoilerplate;
        private SplitSpec split;
        private List<Path> decontaminate;
        private Contamination contamination;
        private int contaminationWords;
        private int contaminationChars;
        private String tokenizer;

        private Builder(Path out) {
            this.out = out;
        }

        public Builder format(Format v) { format = v; return this; }
        public Builder compress(Compression v) { compress = v; return this; }
        public Builder langs(List<String> v) { langs = v; return this; }
        public Builder shardRows(int v) { shardRows = v; return this; }
        public Builder shardBytes(long v) { shardBytes = v; return this; }
        public Builder overwrite(boolean v) { overwrite = v; return this; }
        public Builder statuses(Set<Status> v) { statuses = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder query(String v) { query = v; return this; }
        public Builder qualityFilter(boolean v) { qualityFilter = v; return this; }
        public Builder qualityOverrides(Map<String, Map<String, Object>> v) { qualityOverrides = v; return this; }
        public Builder redactPii(boolean v) { redactPii = v; return this; }
        public Builder dropBoilerplate(boolean v) { dropBoilerplate = v; return this; }
        public Builder split(SplitSpec v) { split = v; return this; }
        public Builder decontaminate(List<Path> v) { decontaminate = v; return this; }
        public Builder contamination(Contamination v) { contamination = v; return this; }
        public Builder contaminationWords(int v) { contaminationWords = v; return this; }
        public Builder contaminationChars(int v) { contaminationChars = v; return this; }
        public Builder tokenizer(String v) { tokenizer = v; return this; }

        public ExportOptions build() {
            return new ExportOptions(out, format, compress, langs, shardRows, overwrite, shardBytes, statuses, tags,
                    query, qualityFilter, qualityOverrides, redactPii, dropBoilerplate, split, decontaminate,
                    contamination, contaminationWords, contaminationChars, tokenizer);
        }
    }
}
