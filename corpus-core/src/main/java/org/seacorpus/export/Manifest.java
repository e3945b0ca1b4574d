package org.seacorpus.export;

import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of an export (DESIGN §5): the options used, the corpus it came from, and every file
 * written with its checksum, so a training run can prove which data it read.
 */
public record Manifest(String tool, String createdAt, String corpus, Map<String, Object> options,
                       Map<String, Long> rowsByLanguage, long rows, List<FileEntry> files) {

    /** One file of the export; {@code path} is relative to the export folder. */
    public record FileEntry(String path, String split, String lang, long rows, long bytes, String sha256) {
    }
}
