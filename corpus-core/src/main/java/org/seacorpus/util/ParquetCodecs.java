package org.seacorpus.util;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

import com.github.luben.zstd.Zstd;

import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;

/**
 * Parquet page codecs without Hadoop. Parquet's own {@code CodecFactory} builds a Hadoop {@code Configuration} for
 * every codec, which drags in the whole Hadoop client runtime (30 MB of shaded libraries) only to read an XML
 * parser's settings; this factory compresses and decompresses pages directly with the libraries already on the
 * class path: snappy-java, zstd-jni, the JDK's gzip and aircompressor's LZ4 block format.
 *
 * <p>Covered: {@code UNCOMPRESSED, SNAPPY, GZIP, ZSTD, LZ4_RAW}, which is what DuckDB, Arrow, pandas, Spark and
 * Hugging Face datasets write. {@code LZO}, {@code BROTLI} and Hadoop-framed {@code LZ4} are refused with an error
 * naming the codec and what to do, rather than half-read.
 */
public final class ParquetCodecs implements CompressionCodecFactory {
    /** Parquet's own default zstd level, so files match what other writers produce at the default. */
    private static final int ZSTD_LEVEL = 3;

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return new Compressor(codec);
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new Decompressor(codec);
    }

    @Override
    public void release() {
        // nothing held: every call allocates its own buffers
    }

    static IOException unsupported(CompressionCodecName codec) {
        return new IOException(String.format(Locale.ROOT,
                "Parquet pages compressed with %s are not supported; rewrite the file with zstd, snappy or gzip "
                        + "(for example with DuckDB: COPY (FROM 'in.parquet') TO 'out.parquet' (COMPRESSION zstd))",
                codec));
    }

    private record Compressor(CompressionCodecName codec) implements BytesInputCompressor {
        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            byte[] in = bytes.toByteArray();
            return BytesInput.from(switch (codec) {
                case UNCOMPRESSED -> in;
                case SNAPPY -> Snappy.compress(in);
                case ZSTD -> Zstd.compress(in, ZSTD_LEVEL);
                case GZIP -> gzip(in);
                case LZ4_RAW -> lz4(in);
                default -> throw unsupported(codec);
            });
        }

        @Override
        public CompressionCodecName getCodecName() {
            return codec;
        }

        @Override
        public void release() {
        }

        private static byte[] gzip(byte[] in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length / 2));
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(in);
            }
            return out.toByteArray();
        }

        private static byte[] lz4(byte[] in) {
            Lz4Compressor lz4 = new Lz4Compressor();
            byte[] out = new byte[lz4.maxCompressedLength(in.length)];
            int length = lz4.compress(in, 0, in.length, out, 0, out.length);
            return java.util.Arrays.copyOf(out, length);
        }
    }

    private record Decompressor(CompressionCodecName codec) implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            return BytesInput.from(decompress(bytes.toByteArray(), uncompressedSize));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.duplicate().get(in);
            output.put(decompress(in, uncompressedSize));
        }

        @Override
        public void release() {
        }

        private byte[] decompress(byte[] in, int size) throws IOException {
            byte[] out = switch (codec) {
                case UNCOMPRESSED -> in;
                case SNAPPY -> Snappy.uncompress(in);
                case ZSTD -> Zstd.decompress(in, size);
                case GZIP -> gunzip(in, size);
                case LZ4_RAW -> lz4(in, size);
                default -> throw unsupported(codec);
            };
            if (out.length != size) {
                throw new IOException(String.format(Locale.ROOT,
                        "damaged Parquet page: %s gave %,d bytes where the page header says %,d", codec, out.length,
                        size));
            }
            return out;
        }

        private static byte[] gunzip(byte[] in, int size) throws IOException {
            try (InputStream zip = new GZIPInputStream(new ByteArrayInputStream(in))) {
                return zip.readNBytes(size);
            }
        }

        private static byte[] lz4(byte[] in, int size) {
            byte[] out = new byte[size];
            int length = new Lz4Decompressor().decompress(in, 0, in.length, out, 0, size);
            return length == size ? out : java.util.Arrays.copyOf(out, length);
        }
    }
}
