package org.seacorpus.export;

import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of an export (DESIGN §5): the options used, the state of the corpus it came from, what
 * each filter removed, counts per language and split, and every file written with its checksum, so a training
 * run can prove which data it read. Written in snake_case; the field names are a contract (add, never rename).
 *
 * @param tool           {@code seacorpus}
 * @param createdAt      when the export ran (the only time anywhere in the export; data files have none)
 * @param corpus         the corpus and the state it was read in
 * @param options        the options, as given
 * @param filters        what selection, filters and transforms did
 * @param rows           rows written in all files
 * @param rowsByLanguage rows per language code ({@code tha_Thai})
 * @param counts         per language code, per split: rows, words, characters, bytes
 * @param files          every data file, in path order
 * @param warnings       what a user of the data should know (splits that came out empty), empty when all is well
 * @param tokens         tokens by a model's tokenizer per language and split ({@code --tokenizer}), or null
 * @param cardSha256     SHA-256 of the {@code README.md} dataset card written beside it (null before the card is
 *                       rendered), so that a later {@code --overwrite} can tell the card from a user's file
 */
public record Manifest(String tool, String createdAt, CorpusState corpus, Map<String, Object> options,
                       Filters filters, long rows, Map<String, Long> rowsByLanguage,
                       Map<String, Map<String, SplitCounts>> counts, List<FileEntry> files, List<String> warnings,
                       Tokens tokens, String cardSha256) {

    public Manifest {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A manifest without the card's checksum (the card is rendered from it, then {@link #withCard} adds it). */
    public Manifest(String tool, String createdAt, CorpusState corpus, Map<String, Object> options,
                    Filters filters, long rows, Map<String, Long> rowsByLanguage,
                    Map<String, Map<String, SplitCounts>> counts, List<FileEntry> files, List<String> warnings,
                    Tokens tokens) {
        this(tool, createdAt, corpus, options, filters, rows, rowsByLanguage, counts, files, warnings, tokens, null);
    }

    /** The same manifest, naming the SHA-256 of the dataset card written beside it. */
    public Manifest withCard(String sha256) {
        return new Manifest(tool, createdAt, corpus, options, filters, rows, rowsByLanguage, counts, files, warnings,
                tokens, sha256);
    }

    /**
     * Tokens of the text written, counted by a language model's tokenizer, with the words beside them.
     *
     * @param tokenizer what they are counted in (an encoding's name, or a tokenizer file's name and SHA-256)
     * @param total     tokens in all files
     * @param counts    per language code, per split
     */
    public record Tokens(String tokenizer, long total, Map<String, Map<String, TokenCounts>> counts) {
    }

    /** Rows, words and tokens of one language and split, and tokens per word. */
    public record TokenCounts(long rows, long words, long tokens, double tokensPerWord) {
    }

    /**
     * The corpus read: its name, live documents and Lucene commit generation, how many documents the selection
     * matched, and a SHA-256 over (id, content hash, status) of those documents in export order, which changes
     * whenever anything that went into the export changes.
     */
    public record CorpusState(String name, long documents, long generation, long selected, String selectionSha256) {
    }

    /**
     * One language and split: rows, words (as counted at import), characters and UTF-8 bytes of the text written,
     * and bytes of the files.
     */
    public record SplitCounts(long rows, long words, long chars, long textBytes, long fileBytes) {
    }

    /** One file of the export; {@code path} is relative to the export folder. */
    public record FileEntry(String path, String split, String lang, long rows, long bytes, String sha256) {
    }

    /** Selection, filters and transforms, in the order they ran. */
    public record Filters(Map<String, Long> selected, Quality quality, Decontamination decontamination,
                          Boilerplate boilerplate, Pii pii, Map<String, Long> emptied) {
    }

    /**
     * The quality filter: per language code, the thresholds and where they come from, documents removed, and
     * how many documents failed each rule (a document can fail several). {@code measuredAtExport} counts
     * documents stored without signals (imported before the quality stage), measured on the fly.
     */
    public record Quality(boolean applied, Map<String, String> source, Map<String, Map<String, Object>> thresholds,
                          Map<String, Long> removed, Map<String, Map<String, Long>> failedRules,
                          long measuredAtExport) {
    }

    /** Decontamination: the benchmark files and documents removed or flagged, per language and per benchmark. */
    public record Decontamination(boolean applied, String mode, int wordNgram, int charNgram,
                                  List<BenchmarkFile> benchmarks, Map<String, Long> matched,
                                  Map<String, Long> matchedByBenchmark) {
    }

    /** A benchmark file: name, SHA-256, texts read and distinct n-grams taken from it. */
    public record BenchmarkFile(String file, String sha256, long texts, long ngrams) {
    }

    /**
     * Boilerplate lines: asked for, available, the note (what counts as boilerplate, or why there was no data),
     * lines removed and documents changed.
     */
    public record Boilerplate(boolean requested, boolean available, String note, long linesRemoved,
                              long documentsChanged) {
    }

    /** PII redaction: replacements per kind ({@code email}, {@code phone}, …) and documents changed. */
    public record Pii(boolean applied, Map<String, Long> replaced, long documentsChanged) {
    }
}
