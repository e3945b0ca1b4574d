package org.seacorpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.document.Status;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.Manifest;
import org.seacorpus.export.SplitSpec;
import org.seacorpus.util.SafeText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus export --out DIR}: a training set with splits, filters, a manifest and a dataset card. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export documents as a training set, laid out the Hugging Face way:",
            "OUT/<code>/<split>-00000-of-000NN.<ext> with code FineWeb-2 style (tha_Thai, khm_Khmr, zsm_Latn, …),",
            "manifest.json (options, corpus state, what each filter removed, every file with its SHA-256) and a",
            "README.md dataset card that `datasets.load_dataset(OUT, \"tha_Thai\")` reads. Same corpus and",
            "options, same bytes."},
        footer = {"", "JSONL and Parquet rows: id, text, lang, script, source, and metadata (a JSON object as text:",
            "part, title, url, mime, encoding, lang_score, words, tags, source fields, redacted, contaminated).",
            "txt holds each document's non-blank lines, one blank line between documents.",
            "conllu: CoNLL-U sentences and tokens (a treebank's own tokens kept); vert: the vertical format of",
            "Sketch Engine, NoSketch Engine and CQPweb (docs/interop.md).",
            "", "Examples:",
            "  corpus export --out out/",
            "  corpus export --out out/ --format parquet --split train=0.98,validation=0.01,test=0.01",
            "  corpus export --out out/ --quality --redact-pii --decontaminate bench/*.jsonl",
            "  corpus export --out out/ --lang th --quality --quality-set th.min_words=30",
            "  corpus export --out ske/ --format vert --compress gzip --lang km"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (new or empty).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            completionCandidates = Candidates.ExportFormats.class,
            description = "jsonl, parquet, txt, conllu or vert (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--compress", paramLabel = "KIND", defaultValue = "zstd",
            completionCandidates = Candidates.Compressions.class,
            description = "zstd, gzip or none; for Parquet the column codec (default: ${DEFAULT-VALUE}).")
    String compress;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only this language (repeatable).")
    List<String> langs = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "Only documents with this tag (repeatable: any).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--query", paramLabel = "QUERY", description = "Only documents matching this search.")
    String query;

    @Option(names = "--include-duplicates", description = "Also export documents marked duplicate.")
    boolean includeDuplicates;

    @Option(names = "--include-rejected", description = "Also export rejected documents.")
    boolean includeRejected;

    @Option(names = "--quality", description = "Remove documents failing their language's quality thresholds.")
    boolean quality;

    @Option(names = "--quality-set", paramLabel = "[LANG.]KEY=VALUE",
            description = "Override a threshold (repeatable), e.g. th.min_words=30, max_dup_lines=0.4.")
    List<String> qualitySet = new ArrayList<>();

    @Option(names = "--redact-pii", description = "Replace e-mails, IPs, phones, cards and national IDs with "
            + "typed placeholders (<EMAIL>, <PHONE>, …).")
    boolean redactPii;

    @Option(names = "--drop-boilerplate", description = "Remove boilerplate lines: lines found in 3 or more "
            + "documents that are not duplicates (dedupe's line hashes).")
    boolean dropBoilerplate;

    @Option(names = "--split", paramLabel = "NAME=F,…", defaultValue = "train=1",
            description = "Splits by a seeded hash of the id (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of the split hash.")
    long seed;

    @Option(names = "--shard-rows", paramLabel = "N", defaultValue = "100000",
            description = "Rows per file before the next file starts (default: ${DEFAULT-VALUE}).")
    int shardRows;

    @Option(names = "--shard-size", paramLabel = "SIZE", defaultValue = "256MB",
            description = "Bytes per file before the next file starts, e.g. 64MB, 1GB (default: ${DEFAULT-VALUE}).")
    String shardSize;

    @Option(names = "--decontaminate", paramLabel = "FILE", arity = "1..*",
            description = "Benchmark files (JSONL or text): drop documents sharing a 13-word n-gram "
                    + "(50 characters in unspaced scripts) with them.")
    List<Path> decontaminate = new ArrayList<>();

    @Option(names = "--contaminated", paramLabel = "drop|flag", defaultValue = "drop",
            description = "drop contaminated documents, or flag them in metadata (default: ${DEFAULT-VALUE}).")
    String contaminated;

    @Option(names = "--tokenizer", paramLabel = "NAME", completionCandidates = Candidates.Tokenizers.class,
            description = "Count the tokens of each language and split with a model's tokenizer (o200k_base, "
                    + "cl100k_base, or a tokenizer.json path) into the manifest and dataset card.")
    String tokenizer;

    @Option(names = "--overwrite", description = {"Replace an earlier export in --out: removes only the files it",
            "wrote (listed in its manifest.json, unchanged); anything else there refuses the export (exit 2)."})
    boolean overwrite;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        EnumSet<Status> statuses = EnumSet.of(Status.OK);
        if (includeDuplicates) {
            statuses.add(Status.DUPLICATE);
        }
        if (includeRejected) {
            statuses.add(Status.REJECTED);
        }
        Map<String, Map<String, Object>> overrides = QualityOverrides.parse(qualitySet);
        if (!overrides.isEmpty() && !quality) {
            output.warn("note: --quality-set has no effect without --quality");
        }
        ExportOptions options = ExportOptions.builder(out)
                .format(parse(() -> ExportOptions.Format.parse(format), "--format", format,
                        "jsonl, parquet, txt, conllu, vert"))
                .compress(parse(() -> ExportOptions.Compression.parse(compress), "--compress", compress,
                        "zstd, gzip, none"))
                .langs(langs).tags(tags).query(query).statuses(statuses)
                .qualityFilter(quality).qualityOverrides(overrides)
                .redactPii(redactPii).dropBoilerplate(dropBoilerplate)
                .split(SplitSpec.parse(split, seed))
                .shardRows(shardRows).shardBytes(bytes(shardSize))
                .decontaminate(decontaminate)
                .contamination(parse(() -> ExportOptions.Contamination.parse(contaminated), "--contaminated",
                        contaminated, "drop, flag"))
                .overwrite(overwrite)
                .tokenizer(tokenizer)
                .build();
        Manifest manifest = Corpus.open(root.corpusHome()).export(options);
        Manifest.Boilerplate boilerplate = manifest.filters().boilerplate();
        if (boilerplate.requested() && !boilerplate.available()) {
            output.warn("warning: --drop-boilerplate: " + boilerplate.note());
        }
        manifest.warnings().forEach(w -> output.warn("warning: " + w));
        if (output.json) {
            output.json(manifest);
            return 0;
        }
        if (output.quiet) {
            return 0;
        }
        output.println("exported " + TextTable.count(manifest.rows(), "document") + " in "
                + TextTable.count(manifest.files().size(), "file") + " to "
                + SafeText.oneLine(out.toAbsolutePath().normalize().toString()));
        for (Manifest.FileEntry file : manifest.files()) {
            output.println(String.format(java.util.Locale.ROOT, "  %-44s %8d %-4s %12d bytes", file.path(),
                    file.rows(), file.rows() == 1 ? "row" : "rows", file.bytes()));
        }
        ExportSummary.print(output, manifest);
        output.println("manifest: " + SafeText.oneLine(out.resolve("manifest.json").toString()) + ", dataset card: "
                + SafeText.oneLine(out.resolve("README.md").toString()));
        return 0;
    }

    /** {@code 256MB}, {@code 1GB}, {@code 500k}, or a number of bytes. */
    static long bytes(String size) {
        try {
            return ExportOptions.parseSize(size);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--shard-size " + e.getMessage());
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String option, String value, String allowed) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + option + " '" + value + "'; use " + allowed);
        }
    }
}
