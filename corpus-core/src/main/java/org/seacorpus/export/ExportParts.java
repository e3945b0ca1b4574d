package org.seacorpus.export;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.seacorpus.document.Document;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.segment.Segmenters;

/**
 * The export of {@link ExportJob} taken apart, for an engine that runs it on many workers (corpus-spark): each
 * worker passes its documents through a {@link Processor} (the same quality filter, decontamination, boilerplate
 * lines, PII redaction and split as {@code corpus export}), the rows of each language and split are written in
 * id order with {@link #writeFiles} (the same formats and file limits), and the caller names the files
 * {@code <split>-NNNNN-of-NNNNN.<ext>} and writes the manifest and card with {@link #finish}. Run so, the data
 * files are those {@code corpus export} writes for the same documents and options.
 */
public final class ExportParts {
    private ExportParts() {
    }

    /**
     * One document ready to be written: its language code ({@code tha_Thai}), split, and the row's fields.
     *
     * @param clusterSize members of its duplicate cluster ({@code minhash_cluster_size}; 1 outside clusters)
     * @param metadata    source metadata and what the export did, in the order written (JSON text in the files)
     */
    public record Row(String code, String split, String id, String text, String lang, String script, String source,
                      long clusterSize, Map<String, Object> metadata) {
    }

    /** A data file written under a temporary name: the caller gives it its final one. */
    public record WrittenFile(Path file, long rows, long bytes, String sha256) implements Serializable {
    }

    /** What the processors of an export counted; tallies of several workers add up with {@link #merge}. */
    public static final class Tally implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ExportTally counts;

        private Tally(ExportTally counts) {
            this.counts = counts;
        }

        public static Tally empty() {
            return new Tally(new ExportTally());
        }

        /** Adds the other tally's counts to this one and returns this. */
        public Tally merge(Tally other) {
            counts.merge(other.counts);
            return this;
        }

        /** Rows written per language code. */
        public Map<String, Long> rowsByLanguage() {
            return counts.rowsByLanguage();
        }
    }

    /** Passes documents through the export's filters and transforms, on one worker. Not thread-safe. */
    public static final class Processor {
        private final DocumentExporter exporter;
        private final ExportTally tally = new ExportTally();

        private Processor(ExportOptions options, LanguageProfiles profiles, QualityAnalyzer analyzer,
                          Map<String, ?> qualitySettings, BoilerplateSource.Lines boilerplate,
                          Segmenters segmenters) {
            this.exporter = new DocumentExporter(options, profiles, analyzer, qualitySettings, boilerplate,
                    segmenters, tally);
        }

        /** The row to write, or empty when a filter removed the document (counted in the tally). */
        public Optional<Row> process(Document doc) {
            return exporter.process(doc).map(out -> new Row(out.code(), out.split(), out.row().id(),
                    out.row().text(), out.row().lang(), out.row().script(), out.row().source(),
                    out.row().clusterSize(), out.row().metadata()));
        }

        /** What this processor counted so far. */
        public Tally tally() {
            ExportTally copy = new ExportTally();
            copy.merge(tally);
            return new Tally(copy);
        }
    }

    /**
     * @param options         the export options; its decontamination files must be readable here
     * @param analyzer        measures documents that carry no quality signals
     * @param qualitySettings threshold overrides of corpus.yaml, or null
     * @param boilerplate     says which lines are boilerplate, or null for none
     * @param segmenters      the corpus's segmenters
     * @throws IllegalArgumentException for the token formats (CoNLL-U, vertical) and a tokenizer count: their
     *                                  rows carry more than this record holds; they are exported from an index
     */
    public static Processor processor(ExportOptions options, LanguageProfiles profiles, QualityAnalyzer analyzer,
                                      Map<String, ?> qualitySettings, BoilerplateSource.Lines boilerplate,
                                      Segmenters segmenters) {
        if (options.format().tokenized() || options.tokenizer() != null) {
            throw new IllegalArgumentException("an export in parts writes jsonl, parquet or txt without token "
                    + "counts; export " + options.format().extension + " or --tokenizer from an index with "
                    + "corpus export");
        }
        return new Processor(options, profiles, analyzer, qualitySettings, boilerplate, segmenters);
    }

    /**
     * Writes rows of one language code and split, in the order given, into files of the export's format, starting
     * a new file when one reaches the row or byte limit of the options, as {@code corpus export} does. Files are
     * named {@code <stem>-NNNNN.<ext>.partial} in {@code dir}, in order.
     */
    public static List<WrittenFile> writeFiles(Path dir, String stem, Iterator<Row> rows, ExportOptions options)
            throws IOException {
        List<WrittenFile> files = new ArrayList<>();
        RowWriter writer = null;
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                if (writer != null && ShardSet.full(writer, options)) {
                    writer.close();
                    files.add(new WrittenFile(writer.file(), writer.rows(), writer.bytes(), writer.sha256()));
                    writer = null;
                }
                if (writer == null) {
                    writer = ShardSet.open(dir.resolve(String.format("%s-%05d.%s.partial", stem, files.size(),
                            extension(options))), options);
                }
                writer.write(new ExportRow(row.id(), row.text(), row.lang(), row.script(), row.source(),
                        row.clusterSize(), new LinkedHashMap<>(row.metadata())));
            }
            if (writer != null) {
                writer.close();
                files.add(new WrittenFile(writer.file(), writer.rows(), writer.bytes(), writer.sha256()));
                writer = null;
            }
        } finally {
            if (writer != null) {
                writer.close();
            }
        }
        return files;
    }

    /** The file extension of the export's data files ({@code jsonl.zst}, {@code parquet}, …). */
    public static String extension(ExportOptions options) {
        return ShardSet.extension(options);
    }

    /** The state of the corpus an export read, for its manifest. */
    public record Source(String corpusName, long documents, long generation, long selected, String selectionSha256) {
    }

    /**
     * Writes {@code manifest.json} and the {@code README.md} dataset card into {@code options.out()} (a local
     * folder) and returns the manifest, built as {@code corpus export} builds it.
     *
     * @param files                every data file, with its final path relative to the export folder
     * @param boilerplateNote      what counts as boilerplate, or why there was no boilerplate data
     * @param boilerplateAvailable whether boilerplate data was there
     */
    public static Manifest finish(ExportOptions options, LanguageProfiles profiles, QualityAnalyzer analyzer,
                                  Map<String, ?> qualitySettings, Source source, Tally tally,
                                  List<Manifest.FileEntry> files, String boilerplateNote,
                                  boolean boilerplateAvailable, String createdAt) throws IOException {
        DocumentExporter exporter = new DocumentExporter(options, profiles, analyzer, qualitySettings, null, null,
                tally.counts);
        List<Manifest.FileEntry> sorted = new ArrayList<>(files);
        sorted.sort(java.util.Comparator.comparing(Manifest.FileEntry::path));
        Map<String, Map<String, Manifest.SplitCounts>> counts = tally.counts.counts(sorted, options.split().names());
        Manifest manifest = new Manifest("seacorpus", createdAt,
                new Manifest.CorpusState(source.corpusName(), source.documents(), source.generation(),
                        source.selected(), source.selectionSha256()),
                ExportSettings.asMap(options), exporter.filters(boilerplateNote, boilerplateAvailable),
                tally.counts.rows(), tally.counts.rowsByLanguage(), counts, sorted,
                SplitWarnings.of(options.split(), counts, tally.counts.rows()), null);
        return ExportJob.writeManifest(manifest, options, profiles);
    }
}
