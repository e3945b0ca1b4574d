package org.seacorpus.curate;

/** A document a curation action changed (or would change, in a dry run), for the report shown to the curator. */
public record ChangedDocument(String id, String lang, String source, String part, String statusBefore,
                              String statusAfter) {
}
