package org.seacorpus.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code split}: {@code train=0.8,validation=0.1,test=0.1} as {@code corpus export --split} takes it, or
 * the mapping {@code {train: 0.8, validation: 0.1, test: 0.1}}. Checked by the validator.
 */
public record Splits(String spec) {
    public static final Splits DEFAULT = new Splits("train=1");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Splits of(String spec) {
        return new Splits(spec);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Splits of(Map<String, Double> fractions) {
        List<String> parts = new ArrayList<>();
        fractions.forEach((name, fraction) -> parts.add(name + "=" + fraction));
        return new Splits(String.join(",", parts));
    }

    @JsonValue
    @Override
    public String spec() {
        return spec;
    }
}
