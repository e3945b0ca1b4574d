package org.seacorpus.index;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Marks;
import org.seacorpus.document.MetaEdits;
import org.seacorpus.document.Rejection;
import org.seacorpus.document.Status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How {@link Marks} are kept in the index: doc-values-only fields (no terms, nothing stored), because those are the
 * only fields Lucene can change in place ({@code IndexWriter.updateDocValues}): marking a million documents then
 * writes a new generation of a few small columns per segment instead of re-indexing a million texts. An update
 * applies to the documents holding the id at the time it is buffered, is committed with everything else the writer
 * holds, and is carried into the merged segment when segments merge.
 *
 * <table>
 *   <caption>Mark fields</caption>
 *   <tr><th>field</th><th>doc values</th><th>filter / facet name</th></tr>
 *   <tr><td>{@code mark.status}</td><td>numeric: 0 ok, 1 duplicate, 2 rejected</td><td>{@code status}</td></tr>
 *   <tr><td>{@code mark.tags}</td><td>binary: the sorted tags, UTF-8, each followed by a 0 byte</td><td>{@code tags}</td></tr>
 *   <tr><td>{@code mark.cluster}</td><td>binary UTF-8</td><td>{@code cluster}</td></tr>
 *   <tr><td>{@code mark.duplicate_of}</td><td>binary UTF-8</td><td>{@code duplicate_of}</td></tr>
 *   <tr><td>{@code mark.cluster_size}</td><td>numeric</td><td>{@code cluster_size}</td></tr>
 *   <tr><td>{@code mark.reject_reason}, {@code mark.rejected_at}</td><td>binary UTF-8</td><td>{@code reject_reason}</td></tr>
 *   <tr><td>{@code mark.rejected_from}</td><td>numeric status</td><td></td></tr>
 *   <tr><td>{@code mark.meta_edits}</td><td>binary JSON {@code {"set":{…},"unset":[…]}}</td><td></td></tr>
 * </table>
 * A field a document does not have is absent (the update unsets it), so "has a cluster" is a field-exists query.
 */
public final class MarkFields {
    public static final String PREFIX = "mark.";
    public static final String STATUS = PREFIX + "status";
    public static final String TAGS = PREFIX + "tags";
    public static final String CLUSTER = PREFIX + "cluster";
    public static final String DUPLICATE_OF = PREFIX + "duplicate_of";
    public static final String CLUSTER_SIZE = PREFIX + "cluster_size";
    public static final String REJECT_REASON = PREFIX + "reject_reason";
    public static final String REJECTED_AT = PREFIX + "rejected_at";
    public static final String REJECTED_FROM = PREFIX + "rejected_from";
    public static final String META_EDITS = PREFIX + "meta_edits";
    /** Every mark field, in the order {@link #fields} lists them. */
    public static final List<String> ALL = List.of(STATUS, TAGS, CLUSTER, DUPLICATE_OF, CLUSTER_SIZE, REJECT_REASON,
            REJECTED_AT, REJECTED_FROM, META_EDITS);

    /** The name users filter and count by ({@code status}, {@code tags}…) and the mark field behind it. */
    public static final Map<String, String> BY_FILTER_NAME = Map.of(
            Fields.STATUS, STATUS, Fields.TAGS, TAGS, Fields.CLUSTER, CLUSTER, Fields.DUPLICATE_OF, DUPLICATE_OF,
            "reject_reason", REJECT_REASON);

    /** Commit user-data key: the version of the marks layout this index holds (see the marks upgrade). */
    public static final String LAYOUT_KEY = "seacorpus.marks";
    public static final String LAYOUT_VERSION = "1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private MarkFields() {
    }

    /** The stored code of a status. */
    public static long code(Status status) {
        return switch (status) {
            case OK -> 0;
            case DUPLICATE -> 1;
            case REJECTED -> 2;
        };
    }

    /** The status of a stored code; an unknown code (a newer build's) reads as ok. */
    public static Status status(long code) {
        return code == 1 ? Status.DUPLICATE : code == 2 ? Status.REJECTED : Status.OK;
    }

    /** The fields of these marks, for a new document (absent marks are left out). */
    public static List<Field> fields(Marks marks) {
        List<Field> out = new ArrayList<>();
        for (Field f : values(marks)) {
            if (hasValue(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The doc-values updates that turn {@code before} into {@code after}: only the fields that differ, absent
     * values as unsetting updates. Empty when the marks are equal.
     */
    public static Field[] updates(Marks before, Marks after) {
        List<Field> was = values(before);
        List<Field> now = values(after);
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            if (!sameValue(was.get(i), now.get(i))) {
                out.add(now.get(i));
            }
        }
        return out.toArray(new Field[0]);
    }

    /** Every mark field with its value (or an unsetting null), in the order of {@link #ALL}. */
    static List<Field> values(Marks marks) {
        DuplicateMark dup = marks.duplicate();
        Rejection rejection = marks.rejection();
        return List.of(
                new NumericDocValuesField(STATUS, code(marks.status())),
                new BinaryDocValuesField(TAGS, marks.tags().isEmpty() ? null : encodeTags(marks.tags())),
                new BinaryDocValuesField(CLUSTER, dup == null ? null : utf8(dup.cluster())),
                new BinaryDocValuesField(DUPLICATE_OF, dup == null || dup.duplicateOf() == null ? null
                        : utf8(dup.duplicateOf())),
                new NumericDocValuesField(CLUSTER_SIZE, dup == null ? null : (Long) (long) dup.clusterSize()),
                new BinaryDocValuesField(REJECT_REASON, rejection == null ? null : utf8(rejection.reason())),
                new BinaryDocValuesField(REJECTED_AT, rejection == null ? null : utf8(rejection.at())),
                new NumericDocValuesField(REJECTED_FROM, rejection == null ? null
                        : (Long) code(rejection.previous())),
                new BinaryDocValuesField(META_EDITS, marks.metaEdits().isEmpty() ? null
                        : new BytesRef(json(marks.metaEdits()))));
    }

    private static boolean hasValue(Field f) {
        return f.numericValue() != null || f.binaryValue() != null;
    }

    private static boolean sameValue(Field a, Field b) {
        return Objects.equals(a.numericValue(), b.numericValue()) && Objects.equals(a.binaryValue(), b.binaryValue());
    }

    static BytesRef utf8(String value) {
        return new BytesRef(value);
    }

    /** Tags as one value: each tag's UTF-8 bytes followed by a 0 byte, in sorted order. */
    public static BytesRef encodeTags(Set<String> tags) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String tag : new TreeSet<>(tags)) {
            if (tag.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException("a tag may not hold the character U+0000: '" + tag + "'");
            }
            out.writeBytes(tag.getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        return new BytesRef(out.toByteArray());
    }

    /** The tags of an encoded value. */
    public static Set<String> decodeTags(BytesRef value) {
        Set<String> out = new TreeSet<>();
        int start = value.offset;
        int end = value.offset + value.length;
        for (int i = start; i < end; i++) {
            if (value.bytes[i] == 0) {
                out.add(new String(value.bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return out;
    }

    static String json(MetaEdits edits) {
        try {
            return JSON.writeValueAsString(Map.of("set", edits.set(), "unset", edits.unset()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise metadata edits " + edits, e);
        }
    }

    @SuppressWarnings("unchecked")
    static MetaEdits metaEdits(BytesRef value) {
        try {
            Map<String, Object> map = JSON.readValue(value.bytes, value.offset, value.length, Map.class);
            return new MetaEdits((Map<String, String>) map.getOrDefault("set", Map.of()),
                    new TreeSet<>((List<String>) map.getOrDefault("unset", List.of())));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("corrupt metadata edits in the index: " + value.utf8ToString(), e);
        }
    }
}
