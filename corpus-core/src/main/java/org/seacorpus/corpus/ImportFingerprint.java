package org.seacorpus.corpus;

import org.seacorpus.document.Document;
import org.seacorpus.document.DocumentId;
import org.seacorpus.document.TokenSpans;

/**
 * Everything a stored document is made from, hashed: equal fingerprints mean a re-import has nothing to redo.
 * The document is the one extracted (raw text and metadata; not its tags, which are marks changed in place); its
 * source name is part of its origin, its local location is not (an annotation), so the same files read from another folder match. A
 * schema migration recomputes it under a document's new name (see {@link SchemaMigration}).
 */
final class ImportFingerprint {
    private ImportFingerprint() {
    }

    static String of(Document doc, String forcedLang) {
        return hash(doc, forcedLang, false, true);
    }

    /**
     * Whether a stored fingerprint is this document's in any form an import ever wrote: today's (tags left out:
     * they are marks, changed in place), and the earlier ones that hashed the import's tags, with or without the
     * source's tokens (CoNLL-U). A schema migration uses it to recognise a document before renaming it.
     */
    static boolean matchesStored(Document doc, String forcedLang, String stored) {
        return of(doc, forcedLang).equals(stored)
                || hash(doc, forcedLang, true, true).equals(stored)
                || hash(doc, forcedLang, true, false).equals(stored);
    }

    private static String hash(Document doc, String forcedLang, boolean tags, boolean tokenSpans) {
        StringBuilder key = new StringBuilder(256)
                .append(ImportJob.PIPELINE_VERSION).append('\u0000')
                .append(doc.origin()).append('\u0000')
                .append(forcedLang).append('\u0000');
        if (tags) {
            key.append(doc.tags()).append('\u0000');
        }
        if (tokenSpans) {
            key.append(doc.annotation(TokenSpans.class).map(TokenSpans::fingerprint).orElse("")).append('\u0000');
        }
        // the text is hashed after the key, not appended to it: a long text is not copied twice more
        return DocumentId.contentHash(key.toString(), doc.text());
    }
}
