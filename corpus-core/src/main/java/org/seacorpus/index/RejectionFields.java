package org.seacorpus.index;

import java.util.Optional;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.seacorpus.document.Rejection;
import org.seacorpus.document.Status;

/**
 * {@link Rejection} as the {@code reject_reason} keyword (so rejected documents can be filtered by reason) and
 * the stored {@code rejected_at} and {@code rejected_from} fields.
 */
public final class RejectionFields implements AnnotationFields<Rejection> {
    public static final String REASON = "reject_reason";
    public static final String AT = "rejected_at";
    public static final String FROM = "rejected_from";
    /** Longer reasons are stored but not indexed as a term (Lucene's term limit is 32 KB). */
    private static final int MAX_INDEXED = 512;

    @Override
    public Class<Rejection> type() {
        return Rejection.class;
    }

    @Override
    public void write(Rejection rejection, org.apache.lucene.document.Document out) {
        if (rejection.reason().length() <= MAX_INDEXED) {
            out.add(new StringField(REASON, rejection.reason(), Field.Store.YES));
        } else {
            out.add(new StoredField(REASON, rejection.reason()));
        }
        out.add(new StoredField(AT, rejection.at()));
        out.add(new StoredField(FROM, rejection.previous().value()));
    }

    @Override
    public Optional<Rejection> read(org.apache.lucene.document.Document stored) {
        String reason = stored.get(REASON);
        if (reason == null) {
            return Optional.empty();
        }
        String from = stored.get(FROM);
        return Optional.of(new Rejection(reason, stored.get(AT) == null ? "" : stored.get(AT),
                from == null ? Status.OK : Status.parse(from)));
    }
}
