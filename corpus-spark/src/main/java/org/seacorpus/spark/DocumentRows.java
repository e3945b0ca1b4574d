package org.seacorpus.spark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.catalyst.util.MapData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Document;
import org.seacorpus.document.DocumentId;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.FirstImport;
import org.seacorpus.document.SourceLocation;
import org.seacorpus.document.LangSpan;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Normalization;
import org.seacorpus.document.Origin;
import org.seacorpus.document.Status;
import org.seacorpus.document.TextCounts;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.Signal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.spark.unsafe.types.UTF8String;

import scala.jdk.javaapi.CollectionConverters;

/**
 * The store of record at scale: a {@link Document} as one row of the {@code documents} Parquet dataset, and back.
 * The columns are those of {@code corpus export} ({@code id, text, lang, script, source} and, in place of the
 * metadata JSON, its fields as columns), plus everything the store keeps: the normalisation audit, spans, counts,
 * the quality signals (one column each, as in the index), the first import (run and place in its walk), the dedupe keys
 * (MinHash signature, LSH band keys, line hashes, shingle set) and the dedupe marks ({@code status, cluster, duplicate_of, cluster_size}). The dataset is partitioned
 * by {@code lang}. Field names follow the index's (DESIGN §4).
 */
public final class DocumentRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Column names used by the jobs. */
    public static final String ID = "id";
    public static final String LANG = "lang";
    public static final String STATUS = "status";
    public static final String CLUSTER = "cluster";
    public static final String DUPLICATE_OF = "duplicate_of";
    public static final String CLUSTER_SIZE = "cluster_size";
    public static final String LOOSE_HASH = "loose_hash";
    public static final String MINHASH = "minhash";
    public static final String LSH_BANDS = "lsh_bands";
    public static final String LINE_HASHES = "line_hashes";
    public static final String IMPORTED_AT = "imported_at";
    public static final String IMPORT_SEQ = "import_seq";
    public static final String SHINGLE_SET = "shingle_set";
    /** Where the file lay when it was read (a URI): kept in the corpus, never exported, as the CLI keeps it. */
    public static final String LOCATION = "location";
    public static final String CHARS = "chars";
    public static final String LANG_SCORE = "lang_score";
    public static final String TEXT = "text";
    public static final String QUALITY = "quality";

    private static final StructType QUALITY_TYPE;

    static {
        List<StructField> fields = new ArrayList<>();
        fields.add(field("version", DataTypes.IntegerType, false));
        for (Signal signal : Signal.values()) {
            fields.add(field(signal.key(), DataTypes.DoubleType, false));
        }
        QUALITY_TYPE = new StructType(fields.toArray(new StructField[0]));
    }

    /** The schema of the {@code documents} dataset, in column order. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        field(ID, DataTypes.StringType, false),
        field(TEXT, DataTypes.StringType, false),
        field(LANG, DataTypes.StringType, false),
        field("script", DataTypes.StringType, false),
        field("source", DataTypes.StringType, false),
        field("part", DataTypes.StringType, false),
        field("title", DataTypes.StringType, false),
        field("url", DataTypes.StringType, false),
        field("mime", DataTypes.StringType, false),
        field("encoding", DataTypes.StringType, false),
        field("meta", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false),
        field("tags", DataTypes.createArrayType(DataTypes.StringType, false), false),
        field(IMPORTED_AT, DataTypes.LongType, false),
        field(IMPORT_SEQ, DataTypes.LongType, false),
        field(LOCATION, DataTypes.StringType, true),
        field("original", DataTypes.StringType, true),
        field("normalization", DataTypes.StringType, false),
        field(LANG_SCORE, DataTypes.DoubleType, false),
        field("lang_forced", DataTypes.BooleanType, false),
        field("lang_spans", DataTypes.StringType, false),
        field(CHARS, DataTypes.LongType, false),
        field("words", DataTypes.LongType, false),
        field("sentences", DataTypes.LongType, false),
        field("content_hash", DataTypes.StringType, false),
        field(QUALITY, QUALITY_TYPE, true),
        field(LOOSE_HASH, DataTypes.StringType, true),
        field("dedupe_scheme", DataTypes.StringType, true),
        field("shingles", DataTypes.IntegerType, false),
        field(MINHASH, DataTypes.BinaryType, true),
        field(LSH_BANDS, DataTypes.createArrayType(DataTypes.LongType, false), false),
        field(LINE_HASHES, DataTypes.createArrayType(DataTypes.LongType, false), false),
        field(SHINGLE_SET, DataTypes.createArrayType(DataTypes.IntegerType, false), false),
        field(STATUS, DataTypes.StringType, false),
        field(CLUSTER, DataTypes.StringType, true),
        field(DUPLICATE_OF, DataTypes.StringType, true),
        field(CLUSTER_SIZE, DataTypes.IntegerType, false),
    });

    private DocumentRows() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return new StructField(name, type, nullable, Metadata.empty());
    }

    /**
     * A processed document as a row of {@link #SCHEMA}, in Spark's internal form (strings as UTF-8, the arrays of
     * hashes as primitive arrays): prepare hands these to Spark as they are, so no encoder converts each value and
     * boxes each of a document's hundreds of shingle hashes on the way. Its {@link FirstImport} (the prepare run's
     * start and its place in the run's walk, as {@code corpus import} gives it) becomes {@code imported_at} and
     * {@code import_seq}; a document without one takes {@code importedAt} and place 0.
     */
    public static InternalRow toInternalRow(Document doc, long importedAt) {
        FirstImport first = doc.annotation(FirstImport.class).orElse(new FirstImport(importedAt, 0));
        Origin origin = doc.origin();
        LanguageInfo language = doc.language();
        TextCounts counts = doc.counts();
        DedupeKeys keys = doc.annotation(DedupeKeys.class).orElse(null);
        DuplicateMark mark = doc.annotation(DuplicateMark.class).orElse(null);
        InternalRow quality = doc.annotation(QualitySignals.class).map(DocumentRows::qualityRow).orElse(null);
        return new GenericInternalRow(new Object[] {
                required(ID, doc.id()), required(TEXT, doc.text()), required(LANG, language.lang()),
                required("script", language.script()), required("source", origin.source()),
                required("part", origin.part()), required("title", origin.title()), required("url", origin.url()),
                required("mime", origin.mime()), required("encoding", origin.encoding()), map(origin.meta()),
                strings(doc.tags()),
                first.at(), first.sequence(),
                utf8(doc.annotation(SourceLocation.class).map(SourceLocation::uri).orElse(null)),
                utf8(doc.normalization().original()), utf8(json(doc.normalization().rules())),
                language.score(), language.forced(), utf8(json(language.spans())),
                counts.chars(), counts.words(), counts.sentences(), utf8(DocumentId.contentHash(doc.text())), quality,
                utf8(keys == null ? null : keys.looseHash()), utf8(keys == null ? null : keys.scheme()),
                keys == null ? 0 : keys.shingles(), keys == null || !keys.hasSignature() ? null : keys.signature(),
                UnsafeArrayData.fromPrimitiveArray(keys == null ? new long[0] : keys.bands()),
                UnsafeArrayData.fromPrimitiveArray(keys == null ? new long[0] : keys.lineHashes()),
                UnsafeArrayData.fromPrimitiveArray(keys == null ? new int[0] : keys.shingleSet()),
                required(STATUS, doc.status().value()), utf8(mark == null ? null : mark.cluster()),
                utf8(mark == null ? null : mark.duplicateOf()), mark == null ? 0 : mark.clusterSize()});
    }

    /** Rows made by {@link #toInternalRow} as a dataset of {@link #SCHEMA}. */
    static Dataset<Row> dataset(SparkSession spark, JavaRDD<InternalRow> rows) {
        return ((org.apache.spark.sql.classic.SparkSession) spark).internalCreateDataFrame(rows.rdd(), SCHEMA, false);
    }

    /** A row of the {@code documents} dataset (any column order, extra columns ignored) as a document. */
    public static Document fromRow(Row row) {
        Map<String, String> meta = new TreeMap<>(CollectionConverters.asJava(row.<scala.collection.Map<String, String>>getAs("meta")));
        Origin origin = new Origin(row.getAs("source"), row.getAs("part"), row.getAs("mime"), row.getAs("encoding"),
                row.getAs("title"), row.getAs("url"), meta);
        String original = row.getAs("original");
        Map<String, Integer> rules = read(row.getAs("normalization"), new TypeReference<Map<String, Integer>>() { });
        List<LangSpan> spans = read(row.getAs("lang_spans"), new TypeReference<List<LangSpan>>() { });
        LanguageInfo language = new LanguageInfo(row.getAs(LANG), row.getAs("script"),
                row.<Double>getAs(LANG_SCORE), spans, row.<Boolean>getAs("lang_forced"));
        TextCounts counts = new TextCounts(row.<Long>getAs(CHARS), row.<Long>getAs("words"),
                row.<Long>getAs("sentences"));
        List<String> tags = CollectionConverters.asJava(row.<scala.collection.Seq<String>>getAs("tags"));
        Document doc = new Document(row.getAs(ID), origin, row.getAs(TEXT), new Normalization(original, rules),
                language, counts, new LinkedHashSet<>(tags), Status.parse(row.getAs(STATUS)));
        Row quality = row.getAs(QUALITY);
        if (quality != null) {
            double[] values = new double[Signal.values().length];
            for (Signal signal : Signal.values()) {
                values[signal.ordinal()] = quality.<Double>getAs(signal.key());
            }
            doc = doc.with(new QualitySignals(quality.<Integer>getAs("version"), values));
        }
        String loose = row.getAs(LOOSE_HASH);
        if (loose != null) {
            doc = doc.with(new DedupeKeys(loose, row.getAs("dedupe_scheme"), row.<Integer>getAs("shingles"),
                    row.getAs(MINHASH), longArray(row, LSH_BANDS), longArray(row, LINE_HASHES),
                    intArray(row, SHINGLE_SET)));
        }
        doc = doc.with(new FirstImport(row.<Long>getAs(IMPORTED_AT), row.<Long>getAs(IMPORT_SEQ)));
        String location = row.getAs(LOCATION);
        if (location != null) {
            doc = doc.with(new SourceLocation(location));
        }
        String cluster = row.getAs(CLUSTER);
        if (cluster != null) {
            doc = doc.with(new DuplicateMark(cluster, row.getAs(DUPLICATE_OF), row.<Integer>getAs(CLUSTER_SIZE)));
        }
        return doc;
    }

    private static InternalRow qualityRow(QualitySignals signals) {
        Object[] values = new Object[Signal.values().length + 1];
        values[0] = signals.version();
        double[] v = signals.values();
        for (int i = 0; i < v.length; i++) {
            values[i + 1] = v[i];
        }
        return new GenericInternalRow(values);
    }

    private static UTF8String utf8(String s) {
        return s == null ? null : UTF8String.fromString(s);
    }

    /** A value of a column that holds no nulls (Spark's own rows would carry a null there unnoticed). */
    private static UTF8String required(String column, String s) {
        if (s == null) {
            throw new IllegalArgumentException("no value for the column " + column);
        }
        return UTF8String.fromString(s);
    }

    private static ArrayData strings(java.util.Collection<String> values) {
        Object[] out = new Object[values.size()];
        int i = 0;
        for (String v : values) {
            out[i++] = utf8(v);
        }
        return new GenericArrayData(out);
    }

    private static MapData map(Map<String, String> values) {
        Object[] keys = new Object[values.size()];
        Object[] vals = new Object[values.size()];
        int i = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            keys[i] = utf8(e.getKey());
            vals[i++] = utf8(e.getValue());
        }
        return new ArrayBasedMapData(new GenericArrayData(keys), new GenericArrayData(vals));
    }

    private static int[] intArray(Row row, String column) {
        scala.collection.Seq<Integer> seq = row.getAs(column);
        int[] out = new int[seq.size()];
        int i = 0;
        for (Integer v : CollectionConverters.asJava(seq)) {
            out[i++] = v;
        }
        return out;
    }

    private static long[] longArray(Row row, String column) {
        scala.collection.Seq<Long> seq = row.getAs(column);
        long[] out = new long[seq.size()];
        int i = 0;
        for (Long v : CollectionConverters.asJava(seq)) {
            out[i++] = v;
        }
        return out;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON in the documents dataset: " + json, e);
        }
    }
}
