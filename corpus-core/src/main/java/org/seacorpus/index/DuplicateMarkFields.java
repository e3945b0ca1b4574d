package org.seacorpus.index;

import java.util.Optional;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.document.DuplicateMark;

/** {@link DuplicateMark} as the {@code cluster} and {@code duplicate_of} keyword fields. */
final class DuplicateMarkFields implements AnnotationFields<DuplicateMark> {
    @Override
    public Class<DuplicateMark> type() {
        return DuplicateMark.class;
    }

    @Override
    public void write(DuplicateMark mark, org.apache.lucene.document.Document out) {
        if (mark.cluster() != null) {
            out.add(new StringField(Fields.CLUSTER, mark.cluster(), Field.Store.YES));
            out.add(new SortedDocValuesField(Fields.CLUSTER, new BytesRef(mark.cluster())));
        }
        if (mark.duplicateOf() != null) {
            out.add(new StringField(Fields.DUPLICATE_OF, mark.duplicateOf(), Field.Store.YES));
        }
    }

    @Override
    public Optional<DuplicateMark> read(org.apache.lucene.document.Document stored) {
        String cluster = stored.get(Fields.CLUSTER);
        String duplicateOf = stored.get(Fields.DUPLICATE_OF);
        return cluster == null && duplicateOf == null ? Optional.empty()
                : Optional.of(new DuplicateMark(cluster, duplicateOf));
    }
}
