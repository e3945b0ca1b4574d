package org.seacorpus.export;

import java.io.IOException;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;

/**
 * Where the export learns which lines are boilerplate (navigation, footers, cookie notices repeated across
 * documents). The dedupe job finds them (line hashes with a high document frequency, DESIGN §4) and plugs its
 * implementation in here; until a corpus has that data, the export reports line removal as not available and
 * removes nothing.
 */
public interface BoilerplateSource {
    /** Says, line by line, whether a line is boilerplate in a language. Thread-safe. */
    interface Lines {
        boolean isBoilerplate(String lang, String line);
    }

    /** The checker for the corpus behind {@code reader}, or empty when it has no boilerplate data. */
    Optional<Lines> open(IndexReader reader) throws IOException;

    /** Why {@link #open} gave nothing, in words for the report and the dataset card. */
    String unavailableReason();

    /** No boilerplate data at all: the state of every corpus until dedupe's line hashes exist. */
    BoilerplateSource NONE = new BoilerplateSource() {
        @Override
        public Optional<Lines> open(IndexReader reader) {
            return Optional.empty();
        }

        @Override
        public String unavailableReason() {
            return "no boilerplate line data: this build has no dedupe line hashes for the corpus "
                    + "(run 'corpus dedupe --lines' once it exists); no lines were removed";
        }
    };
}
