package org.seacorpus.lang.identify;

/**
 * The sum {@link java.util.stream.DoubleStream#sum()} gives, added up in a plain loop: the same compensated (Kahan)
 * summation, step for step, as the JDK's {@code DoublePipeline.sum} and {@code Collectors.sumWithCompensation} /
 * {@code computeFinalSum} for a sequential stream, so the result is the same to the last bit, without a stream's
 * pipeline objects per call. Values must be added in the stream's encounter order.
 */
final class StreamSum {
    /** The high-order part of the running sum. */
    private double high;
    /** The negated low-order part (the compensation). */
    private double low;
    /** The plain sum, for the infinities the compensated sum turns into NaN. */
    private double simple;

    void add(double value) {
        double tmp = value - low;
        double sum = high;
        double next = sum + tmp;
        low = (next - sum) - tmp;
        high = next;
        simple += value;
    }

    double sum() {
        double tmp = high - low;
        return Double.isNaN(tmp) && Double.isInfinite(simple) ? simple : tmp;
    }
}
