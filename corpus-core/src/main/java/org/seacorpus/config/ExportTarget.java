package org.seacorpus.config;

import java.util.List;
import java.util.Map;

import org.seacorpus.export.ExportOptions;

/**
 * One export: the options of {@code corpus export}, key for flag ({@code --redact-pii} is
 * {@code redact_pii}), with the same defaults. {@code --overwrite} has no key: the pipeline owns {@code out}.
 *
 * @param out                output folder, owned by the pipeline (replaced on each export)
 * @param format             {@code jsonl} (default), {@code parquet} or {@code txt}
 * @param compress           {@code zstd} (default), {@code gzip} or {@code none}
 * @param langs              languages to export (default: all); {@code --lang}
 * @param tags               only documents with at least one of these tags (default: all); {@code --tag}
 * @param query              only documents matching this search (default: all)
 * @param includeDuplicates  also export documents marked duplicate (default false)
 * @param includeRejected    also export rejected documents (default false)
 * @param quality            remove documents failing their language's quality thresholds (default false)
 * @param qualitySet         threshold overrides, {@code [LANG.]KEY: VALUE} or {@code LANG: {KEY: VALUE}},
 *                           on top of corpus.yaml and the pipeline's {@code quality:} (default none)
 * @param redactPii          replace personal data with typed placeholders (default false)
 * @param dropBoilerplate    remove boilerplate lines found by dedupe (default false)
 * @param split              named fractions, {@code train=0.98,validation=0.01,test=0.01} or a mapping
 *                           (default {@code train=1})
 * @param seed               seed of the split hash (default 0)
 * @param shardRows          rows per file (default 100000)
 * @param shardSize          bytes per file, {@code 64MB}, {@code 1GB} or a number (default {@code 256MB})
 * @param decontaminate      benchmark files, relative to the pipeline file (default none)
 * @param contaminated       {@code drop} (default) or {@code flag} documents sharing a long n-gram with them
 */
public record ExportTarget(String out, ExportOptions.Format format, ExportOptions.Compression compress,
                           List<String> langs, List<String> tags, String query, Boolean includeDuplicates,
                           Boolean includeRejected, Boolean quality, Map<String, Object> qualitySet,
                           Boolean redactPii, Boolean dropBoilerplate, Splits split, Long seed,
                           Integer shardRows, String shardSize, List<String> decontaminate,
                           ExportOptions.Contamination contaminated) {
    public static final String DEFAULT_SHARD_SIZE = "256MB";

    public ExportTarget {
        format = format == null ? ExportOptions.Format.JSONL : format;
        compress = compress == null ? ExportOptions.Compression.ZSTD : compress;
        langs = langs == null ? List.of() : List.copyOf(langs);
        tags = tags == null ? List.of() : List.copyOf(tags);
        query = query == null || query.isBlank() ? null : query;
        includeDuplicates = includeDuplicates != null && includeDuplicates;
        includeRejected = includeRejected != null && includeRejected;
        quality = quality != null && quality;
        qualitySet = qualitySet == null ? Map.of() : qualitySet;
        redactPii = redactPii != null && redactPii;
        dropBoilerplate = dropBoilerplate != null && dropBoilerplate;
        split = split == null ? Splits.DEFAULT : split;
        seed = seed == null ? 0L : seed;
        shardRows = shardRows == null ? ExportOptions.DEFAULT_SHARD_ROWS : shardRows;
        shardSize = shardSize == null || shardSize.isBlank() ? DEFAULT_SHARD_SIZE : shardSize.strip();
        decontaminate = decontaminate == null ? List.of() : List.copyOf(decontaminate);
        contaminated = contaminated == null ? ExportOptions.Contamination.DROP : contaminated;
    }

    /** A target with the first options only: folder, format, compression, languages, rows per file. */
    public ExportTarget(String out, ExportOptions.Format format, ExportOptions.Compression compress,
                        List<String> langs, Integer shardRows) {
        this(out, format, compress, langs, null, null, null, null, null, null, null, null, null, null,
                shardRows, null, null, null);
    }
}
