package org.seacorpus.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import org.seacorpus.util.ParquetCodecs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parquet files with the columns {@code id, text, lang, script, source} (strings), {@code minhash_cluster_size}
 * (int64) and {@code metadata} (the JSONL
 * metadata object as JSON text, since its keys vary between documents). Written through Parquet's
 * {@link OutputFile} with a plain configuration and {@link ParquetCodecs}, so no Hadoop file system, runtime,
 * install or winutils is involved; the codec (zstd by default) compresses each column chunk. Row groups are kept at {@value #ROW_GROUP_BYTES} bytes so
 * the few files open at once stay small in memory. The file has no timestamps: same rows, same bytes.
 */
final class ParquetRowWriter extends RowWriter {
    static final int ROW_GROUP_BYTES = 32 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final MessageType SCHEMA = Types.buildMessage()
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("id")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("text")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("lang")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("script")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("source")
            .required(PrimitiveTypeName.INT64).named(ExportRow.CLUSTER_SIZE)
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("metadata")
            .named("document");

    private final ParquetWriter<ExportRow> writer;

    ParquetRowWriter(Path file, ExportOptions.Compression compression) throws IOException {
        super(file);
        CompressionCodecName codec = switch (compression) {
            case ZSTD -> CompressionCodecName.ZSTD;
            case GZIP -> CompressionCodecName.GZIP;
            case NONE -> CompressionCodecName.UNCOMPRESSED;
        };
        this.writer = new Builder(new SinkOutputFile(sink))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs())
                .withCompressionCodec(codec)
                .withRowGroupSize((long) ROW_GROUP_BYTES)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
    }

    @Override
    protected void append(ExportRow row) throws IOException {
        writer.write(row);
    }

    @Override
    long size() {
        return writer.getDataSize();
    }

    @Override
    protected void finish() throws IOException {
        writer.close();
    }

    /** Turns an {@link ExportRow} into one Parquet record. */
    private static final class RowWriteSupport extends WriteSupport<ExportRow> {
        private RecordConsumer consumer;

        @Override
        public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(ExportRow row) {
            consumer.startMessage();
            field(0, "id", row.id());
            field(1, "text", row.text());
            field(2, "lang", row.lang());
            field(3, "script", row.script());
            field(4, "source", row.source());
            consumer.startField(ExportRow.CLUSTER_SIZE, 5);
            consumer.addLong(row.clusterSize());
            consumer.endField(ExportRow.CLUSTER_SIZE, 5);
            try {
                field(6, "metadata", JSON.writeValueAsString(row.metadata()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the metadata of " + row.id() + " as JSON", e);
            }
            consumer.endMessage();
        }

        private void field(int index, String name, String value) {
            consumer.startField(name, index);
            consumer.addBinary(Binary.fromString(value == null ? "" : value));
            consumer.endField(name, index);
        }
    }

    private static final class Builder extends ParquetWriter.Builder<ExportRow, Builder> {
        Builder(OutputFile file) {
            super(file);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<ExportRow> getWriteSupport(org.apache.hadoop.conf.Configuration configuration) {
            return new RowWriteSupport();
        }

        @Override
        protected WriteSupport<ExportRow> getWriteSupport(ParquetConfiguration configuration) {
            return new RowWriteSupport();
        }
    }

    /** Parquet's view of a {@link FileSink}: the position is the count of bytes written. */
    private record SinkOutputFile(FileSink sink) implements OutputFile {
        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return stream();
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return stream();
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return ROW_GROUP_BYTES;
        }

        @Override
        public String getPath() {
            return sink.file().toString();
        }

        private PositionOutputStream stream() {
            return new PositionOutputStream() {
                @Override
                public long getPos() {
                    return sink.count();
                }

                @Override
                public void write(int b) throws IOException {
                    sink.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    sink.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    sink.flush();
                }

                @Override
                public void close() throws IOException {
                    sink.close();
                }
            };
        }
    }
}
