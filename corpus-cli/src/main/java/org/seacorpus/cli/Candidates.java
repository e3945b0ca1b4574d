package org.seacorpus.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.seacorpus.export.ExportOptions;
import org.seacorpus.tokens.TokenCounters;

/** Values that shell completion offers for options taking a word ({@code --format <TAB>}). */
final class Candidates {
    private Candidates() {
    }

    /** {@code jsonl parquet txt conllu vert}. */
    static final class ExportFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ExportOptions.Format.values()).map(f -> f.extension).iterator();
        }
    }

    /** {@code zstd gzip none}. */
    static final class Compressions implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ExportOptions.Compression.values()).map(c -> c.name().toLowerCase(Locale.ROOT))
                    .iterator();
        }
    }

    /** The built-in encodings (a tokenizer.json path completes as a file). */
    static final class Tokenizers implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return TokenCounters.BUILT_IN.iterator();
        }
    }

    /** {@code bash zsh}. */
    static final class Shells implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("bash", "zsh").iterator();
        }
    }
}
