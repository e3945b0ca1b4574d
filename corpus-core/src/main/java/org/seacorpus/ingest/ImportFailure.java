package org.seacorpus.ingest;

/**
 * An input that could not be imported, reported and skipped.
 *
 * @param path  the file path as the user knows it
 * @param part  archive entry or dataset row, empty for a whole file
 * @param error what went wrong, in words
 */
public record ImportFailure(String path, String part, String error) {
}
