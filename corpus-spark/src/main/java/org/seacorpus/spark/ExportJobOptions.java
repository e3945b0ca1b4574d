package org.seacorpus.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.seacorpus.document.Status;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.SplitSpec;

/**
 * What the {@code export} job writes: the options of {@code corpus export} (format, compression, languages, file
 * limits, selection, quality filter, PII redaction, boilerplate lines, splits, decontamination), in a form that
 * travels to the executors. {@code --query} has no equivalent: it needs the index (export from {@code index}'s
 * shards with {@code corpus export -C} for that), nor do the token formats (CoNLL-U, vertical).
 */
public record ExportJobOptions(String in, String out, String format, String compress, List<String> langs,
                               int shardRows, long shardBytes, List<String> statuses, List<String> tags,
                               boolean qualityFilter, Map<String, Map<String, Object>> qualityOverrides,
                               boolean redactPii, boolean dropBoilerplate, String split, long seed,
                               List<String> decontaminate, String contamination, int contaminationWords,
                               int contaminationChars, boolean overwrite) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ExportJobOptions {
        if (in == null || out == null) {
            throw new IllegalArgumentException("export needs an input folder and an output folder (--out)");
        }
        format = format == null ? "jsonl" : format;
        if (ExportOptions.Format.parse(format).tokenized()) {
            throw new IllegalArgumentException("the Spark export writes jsonl, parquet or txt; for " + format
                    + " build the index shards with the index job and run corpus export -C on them");
        }
        compress = compress == null ? "zstd" : compress;
        langs = langs == null ? List.of() : List.copyOf(langs);
        statuses = statuses == null || statuses.isEmpty() ? List.of(Status.OK.value()) : List.copyOf(statuses);
        tags = tags == null ? List.of() : List.copyOf(tags);
        qualityOverrides = qualityOverrides == null ? Map.of() : new LinkedHashMap<>(qualityOverrides);
        split = split == null || split.isBlank() ? "train=1" : split;
        decontaminate = decontaminate == null ? List.of() : List.copyOf(decontaminate);
        contamination = contamination == null ? "drop" : contamination;
    }

    /** The defaults of {@code corpus export}. */
    public static ExportJobOptions of(String in, String out) {
        return new ExportJobOptions(in, out, null, null, null, 0, 0, null, null, false, null, false, false, null, 0,
                null, null, 0, 0, false);
    }

    public ExportJobOptions withOverwrite(boolean value) {
        return new ExportJobOptions(in, out, format, compress, langs, shardRows, shardBytes, statuses, tags,
                qualityFilter, qualityOverrides, redactPii, dropBoilerplate, split, seed, decontaminate,
                contamination, contaminationWords, contaminationChars, value);
    }

    /** The core's options, writing to {@code dir}, with the benchmark files found at {@code benchmarks}. */
    ExportOptions toExportOptions(Path dir, List<Path> benchmarks) {
        Set<Status> wanted = statuses.stream().map(Status::parse).collect(Collectors.toCollection(TreeSet::new));
        return ExportOptions.builder(dir)
                .format(ExportOptions.Format.parse(format)).compress(ExportOptions.Compression.parse(compress))
                .langs(langs).shardRows(shardRows).shardBytes(shardBytes).statuses(wanted).tags(tags)
                .qualityFilter(qualityFilter).qualityOverrides(qualityOverrides).redactPii(redactPii)
                .dropBoilerplate(dropBoilerplate).split(SplitSpec.parse(split, seed)).decontaminate(benchmarks)
                .contamination(ExportOptions.Contamination.parse(contamination))
                .contaminationWords(contaminationWords).contaminationChars(contaminationChars)
                .overwrite(overwrite).build();
    }
}
