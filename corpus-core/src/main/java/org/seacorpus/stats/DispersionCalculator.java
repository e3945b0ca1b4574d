package org.seacorpus.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.seacorpus.index.Fields;
import org.seacorpus.segment.Segmenters;

/**
 * Range and Gries' DP (deviation of proportions; Gries 2008, "Dispersions and adjusted frequencies in corpora")
 * of words over the parts of a subcorpus. With s_i the share of the subcorpus's words in part i and v_i the
 * share of the word's occurrences in part i: DP = ½ Σ |v_i − s_i|. Parts are documents by default, or the
 * values of a single-valued field (source, lang, script, mime, meta.NAME) to see how a word spreads over
 * sources or genres. Parts without words are not parts.
 */
public final class DispersionCalculator {
    private static final Set<String> PART_FIELDS = Set.of(Fields.SOURCE, Fields.LANG, Fields.SCRIPT, Fields.MIME,
            Fields.STATUS);

    private final SubcorpusScanner scanner;
    private final Segmenters segmenters;

    public DispersionCalculator(SubcorpusScanner scanner, Segmenters segmenters) {
        this.scanner = scanner;
        this.segmenters = segmenters;
    }

    /** @param partsBy null or {@code document} for documents, else a field name */
    public DispersionResult measure(Query subcorpus, List<String> words, String partsBy) throws IOException {
        String by = check(words, partsBy);
        List<NodeWords> nodes = new ArrayList<>();
        words.forEach(w -> nodes.add(new NodeWords(w, segmenters)));
        Parts tally = scanner.scan(subcorpus, () -> new Parts(nodes, by), false, by == null ? Set.of() : Set.of(by));
        return result(words, by, tally.parts);
    }

    /** Checks the words and the parts asked for; the field parts are made of, or null for documents. */
    static String check(List<String> words, String partsBy) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no word given; name at least one word");
        }
        String by = partsBy == null || partsBy.isBlank() || partsBy.equals("document") ? null : partsBy;
        if (by != null && !PART_FIELDS.contains(by) && !by.startsWith(Fields.META_PREFIX)) {
            throw new IllegalArgumentException("cannot make parts of '" + by + "'; use document, source, lang, "
                    + "script, mime, status or meta.NAME");
        }
        return by;
    }

    /** The dispersion of each word from the parts' counts: [words, occurrences of word 1, of word 2, …]. */
    static DispersionResult result(List<String> words, String by, Map<String, long[]> parts) {
        long tokens = 0;
        long smallest = Long.MAX_VALUE;
        for (long[] part : parts.values()) {
            tokens += part[0];
            smallest = Math.min(smallest, part[0]);
        }
        List<Dispersion> out = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            out.add(dispersion(words.get(w), w + 1, parts, tokens, smallest));
        }
        return new DispersionResult(by == null ? "document" : by, tokens, parts.size(), out);
    }

    static Dispersion dispersion(String word, int slot, Map<String, long[]> parts, long tokens, long smallest) {
        long frequency = 0;
        long range = 0;
        for (long[] part : parts.values()) {
            frequency += part[slot];
            range += part[slot] > 0 ? 1 : 0;
        }
        if (frequency == 0) {
            return new Dispersion(word, 0, 0, 0, parts.size(), null, null);
        }
        // summed smallest first: the same parts give the same DP whatever order they come in
        double[] deviations = new double[parts.size()];
        int i = 0;
        for (long[] part : parts.values()) {
            deviations[i++] = Math.abs((double) part[slot] / frequency - (double) part[0] / tokens);
        }
        java.util.Arrays.sort(deviations);
        double sum = 0;
        for (double d : deviations) {
            sum += d;
        }
        double dp = sum / 2;
        double maximum = 1 - (double) smallest / tokens;
        Double dpNorm = parts.size() < 2 || maximum <= 0 ? null : dp / maximum;
        return new Dispersion(word, frequency, FrequencyTally.perMillion(frequency, tokens), range, parts.size(), dp,
                dpNorm);
    }

    /** Per part: [words, occurrences of word 1, of word 2, …]. */
    static final class Parts implements SubcorpusScanner.Tally<Parts> {
        final Map<String, long[]> parts = new HashMap<>();
        private final List<NodeWords> nodes;
        private final String by;

        Parts(List<NodeWords> nodes, String by) {
            this.nodes = nodes;
            this.by = by;
        }

        @Override
        public void add(SubcorpusScanner.ScannedDocument doc) {
            if (doc.words().length == 0) {
                return;
            }
            String value = by == null ? doc.id() : doc.stored().get(by);
            String key = value == null ? "" : value;
            long[] part = parts.computeIfAbsent(key, k -> new long[nodes.size() + 1]);
            part[0] += doc.words().length;
            for (int w = 0; w < nodes.size(); w++) {
                part[w + 1] += NodeWords.positions(doc.words(), nodes.get(w).words(doc.lang())).length;
            }
        }

        @Override
        public void merge(Parts other) {
            other.parts.forEach((key, counts) -> {
                long[] mine = parts.computeIfAbsent(key, k -> new long[counts.length]);
                for (int i = 0; i < counts.length; i++) {
                    mine[i] += counts[i];
                }
            });
        }
    }
}
