package org.seacorpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.Manifest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus export --out DIR}: training-data files with a manifest. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export documents with status ok as training data: one folder per language named by its",
            "FineWeb-2 style code (tha_Thai, khm_Khmr, zsm_Latn, …), files of at most --shard-rows rows, and",
            "manifest.json listing every file with its rows, bytes and SHA-256. Same corpus, same output."},
        footer = {"", "Each JSON line: {\"id\", \"text\", \"lang\", \"script\", \"source\", \"metadata\": {…}}",
            "", "Examples:",
            "  corpus export --out out/",
            "  corpus export --out out/ --lang th --lang lo --compress gzip"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (new or empty).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "File format: jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--compress", paramLabel = "KIND", defaultValue = "zstd",
            description = "zstd, gzip or none (default: ${DEFAULT-VALUE}).")
    String compress;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only this language (repeatable).")
    List<String> langs = new ArrayList<>();

    @Option(names = "--shard-rows", paramLabel = "N", defaultValue = "100000",
            description = "Rows per file before the next file starts (default: ${DEFAULT-VALUE}).")
    int shardRows;

    @Option(names = "--overwrite", description = "Replace an earlier export in --out.")
    boolean overwrite;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        ExportOptions.Format fmt = parse(() -> ExportOptions.Format.parse(format), "--format", format, "jsonl");
        ExportOptions.Compression comp = parse(() -> ExportOptions.Compression.parse(compress), "--compress",
                compress, "zstd, gzip, none");
        Corpus corpus = Corpus.open(root.corpusHome());
        Manifest manifest = corpus.export(new ExportOptions(out, fmt, comp, langs, shardRows, overwrite));
        if (output.json) {
            output.json(manifest);
        } else {
            output.println("exported " + manifest.rows() + " documents in " + manifest.files().size() + " files to "
                    + out.toAbsolutePath().normalize());
            for (Manifest.FileEntry file : manifest.files()) {
                output.println(String.format("  %-40s %8d rows %10d bytes", file.path(), file.rows(), file.bytes()));
            }
            output.println("manifest: " + out.resolve("manifest.json"));
        }
        return 0;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String option, String value, String allowed) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + option + " '" + value + "'; use " + allowed);
        }
    }
}
