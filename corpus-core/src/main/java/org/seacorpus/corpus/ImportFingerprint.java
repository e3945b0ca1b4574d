package org.seacorpus.corpus;

import org.seacorpus.document.Document;
import org.seacorpus.document.DocumentId;
import org.seacorpus.document.TokenSpans;

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
        return hash(doc, forcedLang, true);
    }

    /**
     * The fingerprint as imports computed it before documents could carry their source's tokens (CoNLL-U): a
     * schema migration matches stored fingerprints against both forms.
     */
    static String withoutTokenSpans(Document doc, String forcedLang) {
        return hash(doc, forcedLang, false);
    }

    private static String hash(Document doc, String forcedLang, boolean tokenSpans) {
        StringBuilder key = new StringBuilder(doc.text().length() + 256)
                .append(ImportJob.PIPELINE_VERSION).append('\u0000')
                .append(doc.origin()).append('\u0000')
                .append(forcedLang).append('\u0000')
                .append(doc.tags()).append('\u0000');
        if (tokenSpans) {
            key.append(doc.annotation(TokenSpans.class).map(TokenSpans::fingerprint).orElse("")).append('\u0000');
        }
        return DocumentId.contentHash(key.append(doc.text()).toString());
    }
}
