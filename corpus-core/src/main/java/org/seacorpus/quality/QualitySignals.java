package org.seacorpus.quality;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quality signals of one document (see {@link Signal}), attached as a document annotation by
 * {@link QualityStage} and stored by {@link QualitySignalsFields}. Immutable.
 *
 * @param version the version of the measuring code that produced the values ({@link QualityAnalyzer#VERSION})
 * @param values  one value per {@link Signal}, in the enum's order
 */
public record QualitySignals(int version, double[] values) {
    public QualitySignals {
        if (values.length != Signal.values().length) {
            throw new IllegalArgumentException("expected " + Signal.values().length + " signal values, got "
                    + values.length);
        }
        values = values.clone();
    }

    public static QualitySignals of(int version, Map<Signal, Double> byName) {
        double[] values = new double[Signal.values().length];
        byName.forEach((signal, value) -> values[signal.ordinal()] = value);
        return new QualitySignals(version, values);
    }

    public double get(Signal signal) {
        return values[signal.ordinal()];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The values keyed by signal, in the enum's order. */
    public Map<Signal, Double> asMap() {
        Map<Signal, Double> out = new EnumMap<>(Signal.class);
        for (Signal s : Signal.values()) {
            out.put(s, values[s.ordinal()]);
        }
        return out;
    }

    /** The values keyed by snake_case signal name, for JSON. */
    public Map<String, Double> asJson() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Signal s : Signal.values()) {
            out.put(s.key(), values[s.ordinal()]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QualitySignals other && version == other.version && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * version + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "QualitySignals" + asJson();
    }
}
