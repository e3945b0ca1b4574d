package org.seacorpus.document;

/**
 * Where deduplication placed a document: its cluster, and the member kept in its place (null for the kept one).
 * Stored as the {@code cluster} and {@code duplicate_of} fields.
 */
public record DuplicateMark(String cluster, String duplicateOf) {
}
