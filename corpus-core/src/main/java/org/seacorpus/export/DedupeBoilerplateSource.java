package org.seacorpus.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.seacorpus.dedupe.BoilerplateLines;
import org.seacorpus.dedupe.LineThreshold;
import org.seacorpus.index.Fields;

/**
 * Boilerplate lines as dedupe defines them ({@link BoilerplateLines}): a line, folded, that occurs in at least
 * the threshold's number of documents that are not duplicates, counted from the {@code line_hash} terms stored at
 * import. Available whenever the index has line hashes; a corpus whose documents were all imported before the
 * dedupe keys existed has none, and the export says so instead of removing nothing silently.
 */
public final class DedupeBoilerplateSource implements BoilerplateSource {
    private final LineThreshold threshold;

    public DedupeBoilerplateSource(LineThreshold threshold) {
        this.threshold = threshold;
    }

    @Override
    public Optional<Lines> open(IndexReader reader) throws IOException {
        if (MultiTerms.getTerms(reader, Fields.LINE_HASH) == null) {
            return Optional.empty();
        }
        BoilerplateLines lines = new BoilerplateLines(reader, threshold);
        return Optional.of((lang, line) -> {
            try {
                return lines.isBoilerplate(line);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot look up a line hash in the index: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public String unavailableReason() {
        return "no line hashes in the index: its documents were imported before dedupe keys were stored; "
                + "import them again to remove boilerplate lines; no lines were removed";
    }

    @Override
    public String toString() {
        return "lines in at least " + threshold.minDocs() + " documents"
                + (threshold.minShare() > 0 ? " and " + threshold.minShare() * 100 + " % of them" : "");
    }
}
