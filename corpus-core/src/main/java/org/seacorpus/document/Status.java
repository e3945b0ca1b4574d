package org.seacorpus.document;

/** Curation state of a stored document. Dedupe and curation change it; nothing is ever deleted. */
public enum Status {
    OK, DUPLICATE, REJECTED;

    /** The value stored in the index and shown to users. */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Status parse(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
