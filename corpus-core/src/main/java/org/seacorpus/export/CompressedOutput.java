package org.seacorpus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import com.github.luben.zstd.ZstdOutputStream;

/** The compressed stream over a file sink, as the text formats write it: deterministic gzip or zstd, or none. */
final class CompressedOutput {
    private static final int ZSTD_LEVEL = 3;

    private CompressedOutput() {
    }

    static OutputStream over(FileSink sink, ExportOptions.Compression compression) throws IOException {
        return switch (compression) {
            case ZSTD -> new ZstdOutputStream(sink, ZSTD_LEVEL);
            case GZIP -> new GZIPOutputStream(sink, 1 << 16);
            case NONE -> sink;
        };
    }
}
