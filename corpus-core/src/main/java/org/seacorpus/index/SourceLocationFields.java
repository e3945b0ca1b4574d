package org.seacorpus.index;

import java.util.Optional;

import org.apache.lucene.document.StoredField;
import org.seacorpus.document.SourceLocation;

/** {@link SourceLocation} as the stored-only {@code location} field: read back, never searched or exported. */
final class SourceLocationFields implements AnnotationFields<SourceLocation> {
    @Override
    public Class<SourceLocation> type() {
        return SourceLocation.class;
    }

    @Override
    public void write(SourceLocation location, org.apache.lucene.document.Document out) {
        out.add(new StoredField(Fields.LOCATION, location.uri()));
    }

    @Override
    public Optional<SourceLocation> read(org.apache.lucene.document.Document stored) {
        return Optional.ofNullable(stored.get(Fields.LOCATION)).map(SourceLocation::new);
    }
}
