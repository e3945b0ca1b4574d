package org.seacorpus.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.seacorpus.document.Document;
import org.seacorpus.document.Status;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.lang.LanguageProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the documents of a corpus as training-data files: one folder per language (FineWeb-2 style code, e.g.
 * {@code tha_Thai}), files rotated every {@code shardRows} rows, and a {@code manifest.json} with the SHA-256 of
 * every file. Documents are read in id order, page by page, so the output is the same for the same corpus and
 * options, and memory does not grow with the corpus. Only documents with status {@code ok} are exported.
 */
public final class ExportJob {
    private static final int PAGE = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IndexReader reader;
    private final ExportOptions options;
    private final LanguageProfiles profiles;
    private final String corpusName;
    private final DocumentMapper mapper = new DocumentMapper();

    public ExportJob(IndexReader reader, ExportOptions options, LanguageProfiles profiles, String corpusName) {
        this.reader = reader;
        this.options = options;
        this.profiles = profiles;
        this.corpusName = corpusName;
    }

    public Manifest run() throws IOException {
        prepareOutput();
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query = selection();
        Sort byId = new Sort(new SortField(Fields.ID, SortField.Type.STRING));
        Map<String, ShardWriter> open = new HashMap<>();
        Map<String, Integer> shardNumbers = new HashMap<>();
        List<Manifest.FileEntry> files = new ArrayList<>();
        Map<String, Long> rowsByLanguage = new TreeMap<>();
        long rows = 0;
        try {
            ScoreDoc after = null;
            while (true) {
                TopDocs page = after == null ? searcher.search(query, PAGE, byId)
                        : searcher.searchAfter(after, query, PAGE, byId);
                if (page.scoreDocs.length == 0) {
                    break;
                }
                for (ScoreDoc hit : page.scoreDocs) {
                    Document doc = mapper.fromLucene(searcher.storedFields().document(hit.doc)).document();
                    String code = profiles.get(doc.language().lang()).datasetCode(doc.language().script());
                    ShardWriter writer = open.get(code);
                    if (writer != null && writer.rows() >= options.shardRows()) {
                        files.add(finish(writer, code));
                        writer = null;
                    }
                    if (writer == null) {
                        int number = shardNumbers.merge(code, 1, Integer::sum) - 1;
                        writer = new ShardWriter(options.out().resolve(code).resolve(String.format(
                                "part-%05d.%s%s", number, options.format().extension, options.compress().suffix)),
                                options.compress());
                        open.put(code, writer);
                    }
                    writer.stream().write(JSON.writeValueAsBytes(row(doc)));
                    writer.stream().write('\n');
                    writer.rowWritten();
                    rowsByLanguage.merge(code, 1L, Long::sum);
                    rows++;
                }
                after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
            }
        } finally {
            for (Map.Entry<String, ShardWriter> entry : open.entrySet()) {
                files.add(finish(entry.getValue(), entry.getKey()));
            }
        }
        files.sort(Comparator.comparing(Manifest.FileEntry::path));
        Manifest manifest = new Manifest("seacorpus", Instant.now().toString(), corpusName, optionsMap(),
                rowsByLanguage, rows, files);
        JSON.writerWithDefaultPrettyPrinter().writeValue(options.out().resolve("manifest.json").toFile(), manifest);
        return manifest;
    }

    private Query selection() {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.STATUS, Status.OK.value())), BooleanClause.Occur.FILTER);
        if (!options.langs().isEmpty()) {
            BooleanQuery.Builder langs = new BooleanQuery.Builder();
            options.langs().forEach(l -> langs.add(new TermQuery(new Term(Fields.LANG, l)), BooleanClause.Occur.SHOULD));
            query.add(langs.build(), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /** One JSON line: the contract fields first, then the metadata object. */
    private static Map<String, Object> row(Document doc) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", doc.id());
        row.put("text", doc.text());
        row.put("lang", doc.language().lang());
        row.put("script", doc.language().script());
        row.put("source", doc.origin().source());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("part", doc.origin().part());
        metadata.put("title", doc.origin().title());
        metadata.put("url", doc.origin().url());
        metadata.put("mime", doc.origin().mime());
        metadata.put("encoding", doc.origin().encoding());
        metadata.put("lang_score", doc.language().score());
        metadata.put("words", doc.counts().words());
        metadata.put("tags", List.copyOf(doc.tags()));
        doc.origin().meta().forEach((k, v) -> metadata.put(metadata.containsKey(k) ? "meta." + k : k, v));
        row.put("metadata", metadata);
        return row;
    }

    private Manifest.FileEntry finish(ShardWriter writer, String code) throws IOException {
        writer.close();
        String path = options.out().relativize(writer.file()).toString().replace('\\', '/');
        return new Manifest.FileEntry(path, "train", code, writer.rows(), writer.bytes(), writer.sha256());
    }

    private Map<String, Object> optionsMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("format", options.format().extension);
        map.put("compress", options.compress().name().toLowerCase(java.util.Locale.ROOT));
        map.put("langs", options.langs());
        map.put("shard_rows", options.shardRows());
        map.put("status", List.of(Status.OK.value()));
        return map;
    }

    /** Refuses to mix with other files; with overwrite, clears only a folder an earlier export made. */
    private void prepareOutput() throws IOException {
        Path out = options.out();
        if (Files.isDirectory(out)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(out)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty) {
                if (!options.overwrite()) {
                    throw new ExportException("output folder " + out + " is not empty; choose another or use "
                            + "--overwrite to replace an earlier export");
                }
                if (!Files.exists(out.resolve("manifest.json"))) {
                    throw new ExportException("output folder " + out + " holds files but no manifest.json: it is "
                            + "not an earlier export, so it is left alone");
                }
                try (Stream<Path> walk = Files.walk(out)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(out)) {
                            Files.delete(p);
                        }
                    }
                }
            }
        }
        Files.createDirectories(out);
    }
}
