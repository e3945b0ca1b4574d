package org.seacorpus.curate;

import java.nio.file.Path;
import java.util.List;

/**
 * What a curation action did.
 *
 * @param record  the audit record (also written to {@code runs/} unless it was a dry run)
 * @param changed the documents changed, in index order
 * @param file    the report written to {@code runs/}, or null for a dry run
 */
public record CurationOutcome(CurationRecord record, List<ChangedDocument> changed, Path file) {
}
