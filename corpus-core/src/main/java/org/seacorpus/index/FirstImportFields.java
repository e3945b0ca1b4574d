package org.seacorpus.index;

import java.util.Optional;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.seacorpus.document.FirstImport;

/**
 * {@link FirstImport} as {@code first_imported_at} and {@code first_import_seq}: stored (so a rewrite keeps them)
 * and numeric doc values (so dedupe's keep policy reads them without loading stored fields).
 */
final class FirstImportFields implements AnnotationFields<FirstImport> {
    @Override
    public Class<FirstImport> type() {
        return FirstImport.class;
    }

    @Override
    public void write(FirstImport value, org.apache.lucene.document.Document out) {
        out.add(new StoredField(Fields.FIRST_IMPORTED_AT, value.at()));
        out.add(new NumericDocValuesField(Fields.FIRST_IMPORTED_AT, value.at()));
        out.add(new StoredField(Fields.FIRST_IMPORT_SEQ, value.sequence()));
        out.add(new NumericDocValuesField(Fields.FIRST_IMPORT_SEQ, value.sequence()));
    }

    @Override
    public Optional<FirstImport> read(org.apache.lucene.document.Document stored) {
        IndexableField at = stored.getField(Fields.FIRST_IMPORTED_AT);
        IndexableField seq = stored.getField(Fields.FIRST_IMPORT_SEQ);
        if (at == null || at.numericValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new FirstImport(at.numericValue().longValue(),
                seq == null || seq.numericValue() == null ? 0 : seq.numericValue().longValue()));
    }
}
