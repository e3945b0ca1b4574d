package org.seacorpus.search;

import java.util.Map;

/**
 * The figures a batch run's checks are made of, read from the committed index.
 *
 * @param documents    live documents of every status
 * @param byStatus     documents per status ({@code ok}, {@code duplicate}, {@code rejected})
 * @param okByLanguage documents with status {@code ok} per language: what an export would write
 * @param exactCopies  documents with status {@code ok} whose text (content hash) equals the text of another
 *                     {@code ok} document, not counting the first of each group: copies dedupe has not marked
 */
public record CorpusHealth(long documents, Map<String, Long> byStatus, Map<String, Long> okByLanguage,
                           long exactCopies) {
    public CorpusHealth {
        byStatus = Map.copyOf(byStatus);
        okByLanguage = Map.copyOf(okByLanguage);
    }

    public long status(String status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /**
     * Share of duplicates among the documents that are not rejected: those dedupe marked {@code duplicate}
     * plus the unmarked exact copies, over {@code ok} + {@code duplicate}; 0 for an empty corpus.
     */
    public double duplicateRate() {
        long marked = status("duplicate");
        long considered = status("ok") + marked;
        return considered == 0 ? 0.0 : (double) (marked + exactCopies) / considered;
    }
}
