package org.seacorpus.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.seacorpus.document.Utf8;
import org.seacorpus.pii.PiiKind;
import org.seacorpus.quality.QualityRule;

/**
 * Counts what an export selected, removed, changed and wrote, per language code and split. Not thread-safe; the
 * tallies of an export run in parts (one per worker) are added up with {@link #merge}.
 */
final class ExportTally implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** The language of each language code seen (for the filter report's thresholds). */
    final Map<String, String> languages = new TreeMap<>();
    final Map<String, Long> selected = new TreeMap<>();
    final Map<String, Long> qualityRemoved = new TreeMap<>();
    final Map<String, Map<String, Long>> failedRules = new TreeMap<>();
    long measuredAtExport;
    final Map<String, Long> contaminated = new TreeMap<>();
    final Map<String, Long> contaminatedByBenchmark = new TreeMap<>();
    long boilerplateLines;
    long boilerplateDocuments;
    final Map<String, Long> piiReplaced = new TreeMap<>();
    long piiDocuments;
    final Map<String, Long> emptied = new TreeMap<>();
    private final Map<String, Map<String, long[]>> written = new TreeMap<>();
    /** Per language code and split: rows, words, tokens (when a tokenizer counts). */
    private final Map<String, Map<String, long[]>> tokens = new TreeMap<>();

    /** Adds another tally's counts to this one. */
    void merge(ExportTally other) {
        languages.putAll(other.languages);
        other.selected.forEach((k, v) -> selected.merge(k, v, Long::sum));
        other.qualityRemoved.forEach((k, v) -> qualityRemoved.merge(k, v, Long::sum));
        other.failedRules.forEach((code, rules) -> {
            Map<String, Long> mine = failedRules.computeIfAbsent(code, c -> new TreeMap<>());
            rules.forEach((k, v) -> mine.merge(k, v, Long::sum));
        });
        measuredAtExport += other.measuredAtExport;
        other.contaminated.forEach((k, v) -> contaminated.merge(k, v, Long::sum));
        other.contaminatedByBenchmark.forEach((k, v) -> contaminatedByBenchmark.merge(k, v, Long::sum));
        boilerplateLines += other.boilerplateLines;
        boilerplateDocuments += other.boilerplateDocuments;
        other.piiReplaced.forEach((k, v) -> piiReplaced.merge(k, v, Long::sum));
        piiDocuments += other.piiDocuments;
        other.emptied.forEach((k, v) -> emptied.merge(k, v, Long::sum));
        other.written.forEach((code, splits) -> splits.forEach((split, c) -> {
            long[] mine = written.computeIfAbsent(code, k -> new LinkedHashMap<>())
                    .computeIfAbsent(split, k -> new long[4]);
            for (int i = 0; i < mine.length; i++) {
                mine[i] += c[i];
            }
        }));
        other.tokens.forEach((code, splits) -> splits.forEach((split, c) -> {
            long[] mine = tokens.computeIfAbsent(code, k -> new LinkedHashMap<>())
                    .computeIfAbsent(split, k -> new long[3]);
            for (int i = 0; i < mine.length; i++) {
                mine[i] += c[i];
            }
        }));
    }

    void selected(String code) {
        selected.merge(code, 1L, Long::sum);
    }

    void qualityRemoved(String code, List<QualityRule> failures) {
        qualityRemoved.merge(code, 1L, Long::sum);
        // by rule name: the same order however the documents were spread over workers
        Map<String, Long> rules = failedRules.computeIfAbsent(code, c -> new TreeMap<>());
        for (QualityRule rule : failures) {
            rules.merge(rule.key(), 1L, Long::sum);
        }
    }

    void contaminated(String code, List<String> benchmarks) {
        contaminated.merge(code, 1L, Long::sum);
        benchmarks.forEach(b -> contaminatedByBenchmark.merge(b, 1L, Long::sum));
    }

    void pii(Map<PiiKind, Integer> counts) {
        if (!counts.isEmpty()) {
            piiDocuments++;
            counts.forEach((kind, n) -> piiReplaced.merge(kind.key(), (long) n, Long::sum));
        }
    }

    void emptied(String code) {
        emptied.merge(code, 1L, Long::sum);
    }

    /** A row written: rows, words, characters, UTF-8 bytes of its text. */
    void written(String code, String split, long words, String text) {
        long[] c = written.computeIfAbsent(code, k -> new LinkedHashMap<>()).computeIfAbsent(split, s -> new long[4]);
        c[0]++;
        c[1] += words;
        c[2] += text.codePointCount(0, text.length());
        c[3] += Utf8.length(text);
    }

    /** The tokens of a row written. */
    void tokens(String code, String split, long words, long count) {
        long[] c = tokens.computeIfAbsent(code, k -> new LinkedHashMap<>()).computeIfAbsent(split, x -> new long[3]);
        c[0]++;
        c[1] += words;
        c[2] += count;
    }

    /** Tokens per language and split (splits in the order given), or null without a tokenizer. */
    Manifest.Tokens tokenCounts(String tokenizer, List<String> splitOrder) {
        if (tokenizer == null) {
            return null;
        }
        Map<String, Map<String, Manifest.TokenCounts>> out = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, Map<String, long[]>> e : tokens.entrySet()) {
            Map<String, Manifest.TokenCounts> bySplit = new LinkedHashMap<>();
            for (String split : splitOrder) {
                long[] c = e.getValue().get(split);
                if (c != null) {
                    double perWord = c[1] == 0 ? 0 : Math.round(1000.0 * c[2] / c[1]) / 1000.0;
                    bySplit.put(split, new Manifest.TokenCounts(c[0], c[1], c[2], perWord));
                    total += c[2];
                }
            }
            out.put(e.getKey(), bySplit);
        }
        return new Manifest.Tokens(tokenizer, total, out);
    }

    long rows() {
        return written.values().stream().flatMap(m -> m.values().stream()).mapToLong(c -> c[0]).sum();
    }

    Map<String, Long> rowsByLanguage() {
        Map<String, Long> out = new TreeMap<>();
        written.forEach((code, splits) -> out.put(code, splits.values().stream().mapToLong(c -> c[0]).sum()));
        return out;
    }

    /**
     * Counts per language and split (splits in the order given), with the file bytes taken from the files written.
     */
    Map<String, Map<String, Manifest.SplitCounts>> counts(List<Manifest.FileEntry> files, List<String> splitOrder) {
        Map<String, Map<String, Manifest.SplitCounts>> out = new TreeMap<>();
        written.forEach((code, splits) -> {
            Map<String, Manifest.SplitCounts> bySplit = new LinkedHashMap<>();
            for (String split : splitOrder) {
                long[] c = splits.get(split);
                if (c == null) {
                    continue;
                }
                long fileBytes = files.stream().filter(f -> f.lang().equals(code) && f.split().equals(split))
                        .mapToLong(Manifest.FileEntry::bytes).sum();
                bySplit.put(split, new Manifest.SplitCounts(c[0], c[1], c[2], c[3], fileBytes));
            }
            out.put(code, bySplit);
        });
        return out;
    }
}
