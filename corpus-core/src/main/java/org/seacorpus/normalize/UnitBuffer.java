package org.seacorpus.normalize;

/**
 * A per-thread array that a hot loop copies a text's UTF-16 units into before reading them: one bulk
 * {@code getChars} costs less than a bounds-checked {@code charAt} a unit. Each user holds its own instance, so
 * that a rule reading its copy never finds it overwritten by a scan it calls. Only the first {@code to - from}
 * units of the returned array are the text's; the array is reused by the next call on the same thread.
 */
public final class UnitBuffer {
    private final ThreadLocal<char[]> buffer;

    /** A buffer that starts at {@code initialSize} units and doubles as texts need. */
    public UnitBuffer(int initialSize) {
        this.buffer = ThreadLocal.withInitial(() -> new char[initialSize]);
    }

    /** The whole text, from index 0. */
    public char[] copy(String text) {
        return copy(text, 0, text.length());
    }

    /** {@code text[from, to)}, from index 0. */
    public char[] copy(String text, int from, int to) {
        char[] units = buffer.get();
        if (units.length < to - from) {
            units = new char[Math.max(to - from, 2 * units.length)];
            buffer.set(units);
        }
        text.getChars(from, to, units, 0);
        return units;
    }
}
