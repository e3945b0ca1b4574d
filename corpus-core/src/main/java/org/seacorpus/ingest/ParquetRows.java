package org.seacorpus.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import org.seacorpus.util.ParquetCodecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rows of a Parquet file (as the Hugging Face hub and most dataset tools publish them), one row group at a
 * time, each as field name to text: primitive columns as their text, nested and repeated columns as JSON. Reads
 * through Parquet's own {@link InputFile}, so no Hadoop install is needed; archive entries are read from memory.
 */
final class ParquetRows {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Receives each row with its 1-based number. */
    interface RowConsumer {
        void row(long rowNumber, Map<String, String> fields) throws ExtractionException;
    }

    /** Told of rows that were not read, and why (a row group too large to hold in memory). */
    interface SkipConsumer {
        void skipped(String rows, String reason);
    }

    private ParquetRows() {
    }

    /**
     * Reads every row. A row group whose values take more than {@code maxFileBytes} uncompressed is skipped and
     * reported rather than read: Parquet reads a row group into memory whole.
     */
    static void read(InputItem item, ImportLimits limits, RowConsumer consumer, SkipConsumer skips)
            throws IOException, ExtractionException {
        InputFile input = item.file() != null ? new LocalInputFile(item.file()) : new BytesInputFile(item.bytes());
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs()).build();
        try (ParquetFileReader reader = new ParquetFileReader(input, options)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            MessageColumnIO columns = new ColumnIOFactory().getColumnIO(schema);
            long row = 0;
            for (BlockMetaData block : reader.getRowGroups()) {
                if (block.getTotalByteSize() > limits.maxFileBytes()) {
                    skips.skipped("rows " + (row + 1) + "-" + (row + block.getRowCount()), String.format(
                            java.util.Locale.ROOT, "row group of %,d bytes uncompressed, more than the limit of %,d: "
                                    + "refused; rewrite the file with smaller row groups", block.getTotalByteSize(),
                            limits.maxFileBytes()));
                    reader.skipNextRowGroup();
                    row += block.getRowCount();
                    continue;
                }
                PageReadStore pages = reader.readNextRowGroup();
                if (pages == null) {
                    break;
                }
                RecordReader<Group> records = columns.getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    consumer.row(++row, fields(records.read()));
                }
            }
        }
    }

    private static Map<String, String> fields(Group group) {
        Map<String, String> out = new LinkedHashMap<>();
        GroupType type = group.getType();
        for (int i = 0; i < type.getFieldCount(); i++) {
            Type field = type.getType(i);
            int count = group.getFieldRepetitionCount(i);
            if (count == 0) {
                continue; // null
            }
            if (field.isPrimitive() && !field.isRepetition(Type.Repetition.REPEATED)) {
                out.put(field.getName(), primitive(group, i, 0));
            } else {
                out.put(field.getName(), value(group, i).toString());
            }
        }
        return out;
    }

    /** A nested or repeated column as JSON: groups become objects, repeated values arrays. */
    private static JsonNode value(Group group, int index) {
        Type field = group.getType().getType(index);
        int count = group.getFieldRepetitionCount(index);
        if (field.isRepetition(Type.Repetition.REPEATED)) {
            ArrayNode array = JSON.arrayNode();
            for (int k = 0; k < count; k++) {
                array.add(single(group, index, k));
            }
            return array;
        }
        return single(group, index, 0);
    }

    private static JsonNode single(Group group, int index, int k) {
        Type field = group.getType().getType(index);
        if (field.isPrimitive()) {
            return JSON.textNode(primitive(group, index, k));
        }
        Group child = group.getGroup(index, k);
        if (field.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
            return list(child);
        }
        ObjectNode object = JSON.objectNode();
        for (int i = 0; i < child.getType().getFieldCount(); i++) {
            if (child.getFieldRepetitionCount(i) > 0) {
                object.set(child.getType().getFieldName(i), value(child, i));
            }
        }
        return object;
    }

    /**
     * A primitive value as a person would write it: decimals with their scale, dates and timestamps in ISO 8601,
     * everything else (text, numbers, booleans) as Parquet prints it.
     */
    private static String primitive(Group group, int index, int k) {
        PrimitiveType type = group.getType().getType(index).asPrimitiveType();
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
            BigInteger unscaled = switch (type.getPrimitiveTypeName()) {
                case INT32 -> BigInteger.valueOf(group.getInteger(index, k));
                case INT64 -> BigInteger.valueOf(group.getLong(index, k));
                default -> new BigInteger(group.getBinary(index, k).getBytes());
            };
            return new BigDecimal(unscaled, decimal.getScale()).toPlainString();
        }
        if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            return LocalDate.ofEpochDay(group.getInteger(index, k)).toString();
        }
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp
                && type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT64) {
            long value = group.getLong(index, k);
            Instant instant = switch (timestamp.getUnit()) {
                case MILLIS -> Instant.ofEpochMilli(value);
                case MICROS -> Instant.EPOCH.plus(value, ChronoUnit.MICROS);
                case NANOS -> Instant.EPOCH.plusNanos(value);
            };
            return instant.toString();
        }
        return group.getValueToString(index, k);
    }

    /**
     * A column of the LIST logical type as a plain JSON array: the standard three levels ({@code list} repeated,
     * one {@code element} inside) are the file's layout, not the data.
     */
    private static JsonNode list(Group listGroup) {
        ArrayNode array = JSON.arrayNode();
        if (listGroup.getType().getFieldCount() != 1) {
            return array;
        }
        for (int k = 0; k < listGroup.getFieldRepetitionCount(0); k++) {
            Type repeated = listGroup.getType().getType(0);
            if (repeated.isPrimitive()) {
                array.add(JSON.textNode(primitive(listGroup, 0, k)));
                continue;
            }
            Group item = listGroup.getGroup(0, k);
            if (item.getType().getFieldCount() == 1) {
                array.add(item.getFieldRepetitionCount(0) == 0 ? JSON.nullNode() : single(item, 0, 0));
            } else {
                array.add(single(listGroup, 0, k));
            }
        }
        return array;
    }

    /** An archive entry already in memory, as a Parquet input (Parquet reads the footer first, so it must seek). */
    private record BytesInputFile(byte[] bytes) implements InputFile {
        @Override
        public long getLength() {
            return bytes.length;
        }

        @Override
        public SeekableInputStream newStream() {
            SeekableBytes in = new SeekableBytes(bytes);
            return new DelegatingSeekableInputStream(in) {
                @Override
                public long getPos() {
                    return in.position();
                }

                @Override
                public void seek(long newPos) {
                    in.seek((int) newPos);
                }
            };
        }
    }

    private static final class SeekableBytes extends ByteArrayInputStream {
        SeekableBytes(byte[] bytes) {
            super(bytes);
        }

        int position() {
            return pos;
        }

        void seek(int newPos) {
            pos = Math.min(Math.max(0, newPos), count);
        }
    }
}
