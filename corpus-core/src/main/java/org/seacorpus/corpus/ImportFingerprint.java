package org.seacorpus.corpus;

import org.seacorpus.document.Document;
import org.seacorpus.document.DocumentId;

/**
 * Everything a stored document is made from, hashed: equal fingerprints mean a re-import has nothing to redo.
 * The document is the one extracted (raw text, the import's tags and metadata); its source name is part of its
 * origin, its local location is not (an annotation), so the same files read from another folder match. A
 * schema migration recomputes it under a document's new name (see {@link SchemaMigration}).
 */
final class ImportFingerprint {
    private ImportFingerprint() {
    }

    static String of(Document doc, String forcedLang) {
        StringBuilder key = new StringBuilder(doc.text().length() + 256)
                .append(ImportJob.PIPELINE_VERSION).append('\u0000')
                .append(doc.origin()).append('\u0000')
                .append(forcedLang).append('\u0000')
                .append(doc.tags()).append('\u0000')
                .append(doc.text());
        return DocumentId.contentHash(key.toString());
    }
}
