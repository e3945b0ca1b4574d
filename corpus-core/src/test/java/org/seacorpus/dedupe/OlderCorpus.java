package org.seacorpus.dedupe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.Manifest;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.StoredDocuments;

/**
 * Builds, for the tests of reading older store layouts, a copy of a freshly imported corpus whose every live
 * document is written again in the shape an older version of import gave it. Only the layout changes: the copy
 * keeps the corpus's files and the index commit's user data, so it opens as the same corpus.
 */
final class OlderCorpus {
    private OlderCorpus() {
    }

    /**
     * Copies {@code from}'s home to {@code home} and replaces its index by one holding {@code layout}'s Lucene
     * document for each live stored document (the mapper is the one that read it, for the caller's {@code toLucene}).
     */
    static Corpus rewrite(Corpus from, Path home, Analyzer analyzer,
                          BiFunction<DocumentMapper.Stored, DocumentMapper, org.apache.lucene.document.Document> layout)
            throws IOException {
        copy(from.home().dir(), home);
        DocumentMapper mapper = new DocumentMapper();
        List<org.apache.lucene.document.Document> docs = new ArrayList<>();
        Map<String, String> userData;
        try (var dir = FSDirectory.open(from.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            userData = reader.getIndexCommit().getUserData();
            Bits live = MultiBits.getLiveDocs(reader);
            StoredDocuments stored = new StoredDocuments(reader, mapper);
            for (int d = 0; d < reader.maxDoc(); d++) {
                if (live == null || live.get(d)) {
                    docs.add(layout.apply(stored.read(d), mapper));
                }
            }
        }
        try (var dir = FSDirectory.open(home.resolve("index"));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            writer.addDocuments(docs);
            writer.setLiveCommitData(userData.entrySet());
        }
        return Corpus.open(home);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** The rows an export of {@code corpus} into {@code out} writes (JSON Lines, every file), sorted. */
    static List<String> exportedRows(Corpus corpus, Path out) throws IOException {
        Manifest manifest = corpus.export(ExportOptions.builder(out).compress(ExportOptions.Compression.NONE).build());
        List<String> rows = new ArrayList<>();
        for (Manifest.FileEntry file : manifest.files()) {
            rows.addAll(Files.readAllLines(out.resolve(file.path())));
        }
        return rows.stream().sorted().toList();
    }
}
