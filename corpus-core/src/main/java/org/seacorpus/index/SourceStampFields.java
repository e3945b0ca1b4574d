package org.seacorpus.index;

import java.util.Optional;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.seacorpus.document.SourceStamp;

/** {@link SourceStamp} as the {@code source_stamp} keyword field (stored, and indexed to find stale documents). */
final class SourceStampFields implements AnnotationFields<SourceStamp> {
    @Override
    public Class<SourceStamp> type() {
        return SourceStamp.class;
    }

    @Override
    public void write(SourceStamp stamp, org.apache.lucene.document.Document out) {
        out.add(new StringField(Fields.SOURCE_STAMP, stamp.value(), Field.Store.YES));
    }

    @Override
    public Optional<SourceStamp> read(org.apache.lucene.document.Document stored) {
        return Optional.ofNullable(stored.get(Fields.SOURCE_STAMP)).map(SourceStamp::new);
    }
}
