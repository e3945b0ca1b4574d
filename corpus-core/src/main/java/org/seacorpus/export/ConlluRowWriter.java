package org.seacorpus.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.seacorpus.conllu.ConlluWriter;
import org.seacorpus.util.LongIntHashMap;

import com.dynatrace.hash4j.hashing.Hashing;

/**
 * CoNLL-U files: each document a {@code # newdoc id} block with its language and source, then its sentences
 * and tokens ({@link ConlluWriter}); plain, gzip or zstd. Sentence ids are unique in each file (a repeated id
 * from a source gets the document id in front), remembered as 64-bit hashes.
 */
final class ConlluRowWriter extends RowWriter {
    private final Writer out;
    private final ConlluWriter conllu;
    private final LongIntHashMap sentenceIds = new LongIntHashMap(1 << 10);

    ConlluRowWriter(Path file, ExportOptions.Compression compression) throws IOException {
        super(file);
        this.out = new BufferedWriter(new OutputStreamWriter(CompressedOutput.over(sink, compression),
                StandardCharsets.UTF_8), 1 << 16);
        this.conllu = new ConlluWriter(out);
    }

    @Override
    protected void append(ExportRow row) throws IOException {
        Object title = row.metadata().get("title");
        conllu.document(new ConlluWriter.Header(row.id(), row.lang(), row.source(), title == null ? "" : title.toString()),
                row.text(), row.tokens(), this::taken);
    }

    /** True when the id was used before in this file; remembers it. */
    private boolean taken(String id) {
        long hash = Hashing.xxh3_64().hashCharsToLong(id);
        if (sentenceIds.containsKey(hash)) {
            return true;
        }
        sentenceIds.put(hash, 1);
        return false;
    }

    @Override
    long size() {
        return sink.count();
    }

    @Override
    protected void finish() throws IOException {
        out.close();
    }
}
