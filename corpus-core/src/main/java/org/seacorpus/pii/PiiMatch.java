package org.seacorpus.pii;

/** A span of text [start, end) found to be personal data of a kind. */
public record PiiMatch(int start, int end, PiiKind kind) {
    boolean overlaps(PiiMatch other) {
        return start < other.end && other.start < end;
    }
}
