package org.seacorpus.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Typed values that later stages attach to a document (a MinHash signature, quality signals, dedupe marks…),
 * keyed by their class, in the manner of Lucene's attributes: a stage adds its own record type without the
 * document record growing a component for each. Immutable.
 */
public final class Annotations {
    public static final Annotations NONE = new Annotations(Map.of());

    private final Map<Class<?>, Object> values;

    private Annotations(Map<Class<?>, Object> values) {
        this.values = values;
    }

    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(values.get(type)));
    }

    /** A copy with {@code value} set (replacing any earlier value of the same class). */
    public Annotations with(Object value) {
        Map<Class<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(value.getClass(), value);
        return new Annotations(Collections.unmodifiableMap(copy));
    }

    /** A copy without the value of this class. */
    public Annotations without(Class<?> type) {
        if (!values.containsKey(type)) {
            return this;
        }
        Map<Class<?>, Object> copy = new LinkedHashMap<>(values);
        copy.remove(type);
        return new Annotations(Collections.unmodifiableMap(copy));
    }

    public Iterable<Object> values() {
        return values.values();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Annotations other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.values().toString();
    }
}
