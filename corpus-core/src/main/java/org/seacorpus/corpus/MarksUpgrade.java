package org.seacorpus.corpus;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.Bits;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Marks;
import org.seacorpus.document.Rejection;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkFields;

/**
 * Converts an index written before marks were doc values: each document's stored {@code status}, {@code tags},
 * {@code cluster}, {@code duplicate_of} and rejection fields become its {@link MarkFields} (doc-values updates,
 * no re-indexing), and its import time becomes its first import. The old fields stay in the old documents but are
 * never read again. Runs once, when a writer first opens such an index; the commit then records
 * {@link MarkFields#LAYOUT_KEY}.
 */
final class MarksUpgrade {
    private static final Set<String> OLD_FIELDS = Set.of(Fields.ID, Fields.STATUS, Fields.TAGS, Fields.CLUSTER,
            Fields.DUPLICATE_OF, "reject_reason", "rejected_at", "rejected_from", Fields.IMPORTED_AT);

    private final IndexWriter writer;
    private final DirectoryReader reader;

    MarksUpgrade(IndexWriter writer, DirectoryReader reader) {
        this.writer = writer;
        this.reader = reader;
    }

    /** True for an index with documents whose commits never recorded the marks layout. */
    static boolean needed(DirectoryReader reader) throws IOException {
        if (MarkFields.LAYOUT_VERSION.equals(reader.getIndexCommit().getUserData().get(MarkFields.LAYOUT_KEY))) {
            return false;
        }
        FieldInfo status = FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.STATUS);
        return reader.maxDoc() > 0 && status != null;
    }

    /** Writes the marks of every live document; the caller commits. Returns the documents converted. */
    long run() throws IOException {
        java.util.Map<String, Long> sizes = clusterSizes();
        long converted = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                org.apache.lucene.document.Document d = stored.document(doc, OLD_FIELDS);
                Marks marks = marks(d, sizes);
                java.util.List<Field> fields = new java.util.ArrayList<>(
                        Arrays.asList(MarkFields.updates(new Marks(Status.OK, Set.of(), null, null, null), marks)));
                if (fields.stream().noneMatch(f -> f.name().equals(MarkFields.STATUS))) {
                    fields.add(new NumericDocValuesField(MarkFields.STATUS, MarkFields.code(marks.status())));
                }
                var imported = d.getField(Fields.IMPORTED_AT);
                long at = imported == null || imported.numericValue() == null ? 0 : imported.numericValue().longValue();
                fields.add(new NumericDocValuesField(Fields.FIRST_IMPORTED_AT, at));
                fields.add(new NumericDocValuesField(Fields.FIRST_IMPORT_SEQ, 0L));
                writer.updateDocValues(new Term(Fields.ID, d.get(Fields.ID)), fields.toArray(new Field[0]));
                converted++;
            }
        }
        return converted;
    }

    private java.util.Map<String, Long> clusterSizes() throws IOException {
        java.util.Map<String, Long> sizes = new java.util.HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    String cluster = stored.document(doc, Set.of(Fields.CLUSTER)).get(Fields.CLUSTER);
                    if (cluster != null) {
                        sizes.merge(cluster, 1L, Long::sum);
                    }
                }
            }
        }
        return sizes;
    }

    private static Marks marks(org.apache.lucene.document.Document d, java.util.Map<String, Long> sizes) {
        String s = d.get(Fields.STATUS);
        Status status = s == null ? Status.OK : Status.parse(s);
        Set<String> tags = new TreeSet<>(Arrays.asList(d.getValues(Fields.TAGS)));
        String cluster = d.get(Fields.CLUSTER);
        DuplicateMark dup = cluster == null ? null : new DuplicateMark(cluster, d.get(Fields.DUPLICATE_OF),
                (int) Math.max(2, sizes.getOrDefault(cluster, 2L)));
        String reason = d.get("reject_reason");
        String from = d.get("rejected_from");
        Rejection rejection = reason == null ? null : new Rejection(reason,
                d.get("rejected_at") == null ? "" : d.get("rejected_at"), from == null ? Status.OK : Status.parse(from));
        return new Marks(status, tags, dup, rejection, null);
    }
}
