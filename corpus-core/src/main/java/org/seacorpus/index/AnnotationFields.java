package org.seacorpus.index;

import java.util.Optional;

/**
 * How one annotation type (see {@link org.seacorpus.document.Annotations}) is stored in and read back from the
 * index. Each owner of an annotation type writes one of these beside it and lists it in
 * {@link DocumentMapper#ANNOTATION_FIELDS}, so the mapper never needs to know the type's fields.
 */
public interface AnnotationFields<T> {
    Class<T> type();

    /** Adds the value's fields (stored, indexed, doc values as the owner needs). */
    void write(T value, org.apache.lucene.document.Document out);

    /** Reads the value back from a stored document; empty when the document has none. */
    Optional<T> read(org.apache.lucene.document.Document stored);

    /** Writes a value of this type, cast from an annotation found on a document. */
    default void writeAny(Object value, org.apache.lucene.document.Document out) {
        write(type().cast(value), out);
    }
}
