package org.seacorpus.spark;

/**
 * The source name a file's documents carry, from which their ids are made: the same name {@code corpus import}
 * gives the same file, so both engines give a document the same id.
 */
final class SourceNames {
    private SourceNames() {
    }

    /** The source name of the file at {@code uri}, as {@code corpus import} names it. */
    static String of(String uri, PrepareOptions options) {
        return uri;
    }
}
