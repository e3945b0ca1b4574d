package org.seacorpus.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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
import org.apache.lucene.util.BytesRef;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkQueries;
import org.seacorpus.index.MarksReader;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.search.CorpusSearcher;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.util.SafeText;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes a training set from a corpus (DESIGN §3, export): selects documents (status, languages, tags, query),
 * runs them through {@link DocumentExporter} (quality filter, decontamination, boilerplate lines, PII
 * redaction), assigns each to a split by its id, and writes Hugging Face style shards per language with a
 * {@code manifest.json} and a {@code README.md} dataset card.
 *
 * <p>Languages are exported one after the other and each in id order, page by page: memory does not grow with
 * the corpus, and the same corpus and options give byte-identical data files.
 */
public final class ExportJob {
    private static final int PAGE = 2_000;
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final IndexReader reader;
    private final ExportOptions options;
    private final ExportContext context;
    private final LanguageProfiles profiles;
    private final DocumentMapper mapper = new DocumentMapper();

    public ExportJob(IndexReader reader, ExportOptions options, ExportContext context) {
        this.reader = reader;
        this.options = options;
        this.context = context;
        this.profiles = context.profiles();
    }

    public Manifest run() throws IOException {
        BoilerplateSource boilerplate = context.boilerplate();
        Optional<BoilerplateSource.Lines> lines = options.dropBoilerplate() ? boilerplate.open(reader)
                : Optional.empty();
        DocumentExporter exporter = new DocumentExporter(options, profiles, context.quality(),
                context.qualitySettings(), lines.orElse(null), context.analyzers().segmenters());
        prepareOutput();
        IndexSearcher searcher = new IndexSearcher(reader);
        CorpusSearcher queries = new CorpusSearcher(reader, context.analyzers());
        Sort byId = new Sort(new SortField(Fields.ID, SortField.Type.STRING));
        MessageDigest state = sha256();
        long selected = 0;
        List<Manifest.FileEntry> files = new ArrayList<>();
        for (String lang : languages()) {
            Query query = selection(lang, queries);
            Map<String, ShardSet> shards = new java.util.TreeMap<>();
            try {
                ScoreDoc after = null;
                while (true) {
                    TopDocs page = after == null ? searcher.search(query, PAGE, byId)
                            : searcher.searchAfter(after, query, PAGE, byId);
                    if (page.scoreDocs.length == 0) {
                        break;
                    }
                    for (DocumentMapper.Stored stored : load(searcher, page.scoreDocs)) {
                        selected++;
                        state.update((stored.document().id() + "\t" + stored.contentHash() + "\t"
                                + stored.document().status().value() + "\n").getBytes(StandardCharsets.UTF_8));
                        Optional<DocumentExporter.Out> out = exporter.process(stored.document());
                        if (out.isPresent()) {
                            DocumentExporter.Out row = out.get();
                            shards.computeIfAbsent(row.code(), code -> new ShardSet(options.out(), code, options))
                                    .write(row.split(), row.row());
                        }
                    }
                    after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
                }
                for (ShardSet set : shards.values()) {
                    files.addAll(set.finish());
                }
            } finally {
                for (ShardSet set : shards.values()) {
                    set.close();
                }
            }
        }
        files.sort(Comparator.comparing(Manifest.FileEntry::path));
        ExportTally tally = exporter.tally();
        Map<String, Map<String, Manifest.SplitCounts>> counts = tally.counts(files, options.split().names());
        long generation = reader instanceof DirectoryReader dr ? dr.getIndexCommit().getGeneration() : 0;
        Manifest manifest = new Manifest("seacorpus", Instant.now().toString(),
                new Manifest.CorpusState(context.corpusName(), reader.numDocs(), generation, selected,
                        java.util.HexFormat.of().formatHex(state.digest())),
                ExportSettings.asMap(options), exporter.filters(lines.isPresent() ? boilerplate.toString()
                        : boilerplate.unavailableReason(), lines.isPresent()),
                tally.rows(), tally.rowsByLanguage(), counts, files,
                SplitWarnings.of(options.split(), counts, tally.rows()),
                tally.tokenCounts(exporter.tokenizerName(), options.split().names()));
        return writeManifest(manifest, options, profiles);
    }

    /**
     * Writes the {@code README.md} dataset card, then {@code manifest.json} with the card's SHA-256 (last: it marks
     * the export whole), and returns the manifest as written.
     */
    static Manifest writeManifest(Manifest manifest, ExportOptions options, LanguageProfiles profiles)
            throws IOException {
        byte[] card = new DatasetCard(manifest, options, profiles).render().getBytes(StandardCharsets.UTF_8);
        Manifest withCard = manifest.withCard(java.util.HexFormat.of().formatHex(sha256().digest(card)));
        Files.write(options.out().resolve("README.md"), card);
        JSON.writeValue(options.out().resolve("manifest.json").toFile(), withCard);
        return withCard;
    }

    /**
     * The stored documents of a page, in the page's (id) order. They are read in index order, with one stored-fields
     * reader: compressed blocks are then inflated once per page instead of once per document.
     */
    private List<DocumentMapper.Stored> load(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        org.apache.lucene.index.StoredFields fields = searcher.storedFields();
        DocumentMapper.Stored[] out = new DocumentMapper.Stored[hits.length];
        var leaves = reader.leaves();
        org.apache.lucene.index.LeafReaderContext leaf = null;
        MarksReader marks = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
                marks = new MarksReader(leaf.reader()); // marks are doc values: read in doc order, leaf by leaf
            }
            out[i] = mapper.fromLucene(fields.document(doc), marks.read(doc - leaf.docBase));
        }
        return java.util.Arrays.asList(out);
    }

    /** The languages to export, in code order: those asked for, else every language in the index. */
    private List<String> languages() throws IOException {
        TreeSet<String> present = new TreeSet<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.LANG);
        if (terms != null) {
            TermsEnum it = terms.iterator();
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                present.add(term.utf8ToString());
            }
        }
        if (options.langs().isEmpty()) {
            return new ArrayList<>(present);
        }
        return options.langs().stream().filter(present::contains).toList();
    }

    private Query selection(String lang, CorpusSearcher queries) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.LANG, lang)), BooleanClause.Occur.FILTER);
        query.add(MarkQueries.status(new TreeSet<>(options.statuses())), BooleanClause.Occur.FILTER);
        if (!options.tags().isEmpty()) {
            query.add(MarkQueries.anyTag(options.tags()), BooleanClause.Occur.FILTER);
        }
        if (options.query() != null) {
            query.add(queries.buildQuery(new SearchRequest(options.query(), lang, List.of(), 1)),
                    BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /**
     * Refuses to mix with other files; with overwrite, removes an earlier export's own files and nothing else
     * ({@link ExportFolder}: anything else in the folder, or a corpus home in it, refuses the export).
     */
    private void prepareOutput() throws IOException {
        Path out = options.out();
        if (Files.isDirectory(out)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(out)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty) {
                if (!options.overwrite()) {
                    throw new ExportException("output folder " + SafeText.oneLine(out.toString()) + " is not empty; "
                            + "choose another or use --overwrite to replace an earlier export");
                }
                ExportFolder.clear(out);
            }
        }
        Files.createDirectories(out);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
