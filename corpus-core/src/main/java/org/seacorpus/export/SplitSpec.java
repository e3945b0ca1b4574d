package org.seacorpus.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named splits with their fractions ({@code train=0.98,validation=0.01,test=0.01}) and the seed that assigns
 * documents to them. A document's split depends only on its id and the seed: the first 8 bytes of
 * SHA-256(seed ":" id) read as a number in [0, 1) pick the split whose cumulative range holds it. So a document
 * stays in its split when other documents are added or removed, and the same corpus and options give the same
 * files. Immutable.
 *
 * @param fractions split name to fraction, in the order given; the fractions add up to 1
 * @param seed      mixed into the hash; change it to draw a different partition
 */
public record SplitSpec(Map<String, Double> fractions, long seed) {
    public static final SplitSpec TRAIN_ONLY = new SplitSpec(Map.of("train", 1.0), 0);

    public SplitSpec {
        if (fractions.isEmpty()) {
            throw new IllegalArgumentException("a split needs at least one name=fraction, e.g. train=1");
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : fractions.entrySet()) {
            if (!e.getKey().matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("split name '" + e.getKey() + "' must be lower-case letters, "
                        + "digits and _ (e.g. train, validation, test)");
            }
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 1) {
                throw new IllegalArgumentException("split '" + e.getKey() + "' has fraction " + e.getValue()
                        + "; use a number between 0 and 1");
            }
            sum += e.getValue();
        }
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("split fractions " + fractions + " add up to " + sum + ", not 1");
        }
        fractions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fractions));
    }

    /**
     * Parses {@code name=fraction,…}; a lone name means all of it ({@code train}).
     *
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static SplitSpec parse(String spec, long seed) {
        Map<String, Double> fractions = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String name = (eq < 0 ? p : p.substring(0, eq)).strip();
            double fraction;
            try {
                fraction = eq < 0 ? 1.0 : Double.parseDouble(p.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("split '" + p + "' is not name=fraction (e.g. train=0.98)");
            }
            if (fractions.put(name, fraction) != null) {
                throw new IllegalArgumentException("split '" + name + "' is given twice in '" + spec + "'");
            }
        }
        return new SplitSpec(fractions, seed);
    }

    public List<String> names() {
        return new ArrayList<>(fractions.keySet());
    }

    /** The split of the document with this id. */
    public String assign(String id) {
        double u = unit(id);
        double cumulative = 0;
        String last = null;
        for (Map.Entry<String, Double> e : fractions.entrySet()) {
            cumulative += e.getValue();
            if (e.getValue() > 0) {
                last = e.getKey();
                if (u < cumulative) {
                    return last;
                }
            }
        }
        return last; // rounding: u just below 1 with fractions summing to 1 - 1e-12
    }

    /** The document's point in [0, 1): 53 bits of SHA-256(seed ":" id). */
    double unit(String id) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (hash[i] & 0xFF);
            }
            return (bits >>> 11) * 0x1.0p-53;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** {@code train=0.98,validation=0.01,test=0.01} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        fractions.forEach((k, v) -> out.append(out.isEmpty() ? "" : ",").append(k).append('=').append(v));
        return out.toString();
    }
}
