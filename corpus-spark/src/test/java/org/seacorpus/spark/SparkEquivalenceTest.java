package org.seacorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.bench.GeneratedDoc;
import org.seacorpus.bench.GeneratorOptions;
import org.seacorpus.bench.PlantedCorpusGenerator;
import org.seacorpus.bench.SentencePool;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.corpus.ImportReport;
import org.seacorpus.dedupe.DedupeOptions;
import org.seacorpus.dedupe.DedupeReport;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.Manifest;
import org.seacorpus.export.SplitSpec;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Marks;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LeafTokens;
import org.seacorpus.index.MarksReader;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.search.KwicLine;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.Selection;
import org.seacorpus.stats.FrequencyList;
import org.seacorpus.segment.Segmenters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Same answers as one machine: the sample data and a 10,000-document generated corpus (planted exact and near
 * duplicates in every language, corpus-bench's generator) go through the CLI's jobs (the {@link Corpus} façade the
 * CLI calls) and through the Spark jobs in local mode; both must give the same ids, languages, failures, duplicate
 * decisions at the threshold (status, cluster, duplicate_of) and byte-identical export files.
 */
class SparkEquivalenceTest {
    static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void sampleDataGivesTheSameDocumentsDuplicatesFailuresAndExport() throws IOException {
        Outcome cli = runCli(SAMPLE_DATA);
        Outcome spark = runSpark(SAMPLE_DATA);

        assertThat(spark.documents).hasSize(cli.documents.size()).hasSizeGreaterThan(250);
        assertThat(spark.documents).isEqualTo(cli.documents);
        assertThat(spark.failures).isEqualTo(cli.failures)
                .anyMatch(f -> f.contains("broken.jsonl\tline 5\tmalformed JSON: Unexpected end-of-input: was "
                        + "expecting closing quote for a string value"));
        // the three copies of sentences.jsonl (plain, .gz, .zst) are exact duplicates in every language
        assertThat(cli.documents.values()).filteredOn(d -> d.status().equals("duplicate")).hasSizeGreaterThan(100);
        assertSameExport(cli, spark);

        // the index job: shards written by the core's store, with the CLI's fields and marks
        Path index = tmp.resolve("spark").resolve("index");
        new IndexJob(LocalSpark.get(), new IndexJob.Options(tmp.resolve("spark").resolve("deduped").toString(),
                index.toString(), "equivalence", 2, false)).run();
        Map<String, Doc> sharded = new TreeMap<>();
        Set<String> shardFields = new java.util.TreeSet<>();
        for (String shard : List.of(IndexJob.shardName(0), IndexJob.shardName(1))) {
            readMarks(index.resolve(shard).resolve("index"), sharded);
            shardFields.addAll(fieldNames(index.resolve(shard).resolve("index")));
        }
        assertThat(sharded).isEqualTo(cli.documents);
        assertThat(shardFields).isEqualTo(fieldNames(tmp.resolve("cli").resolve("index")));
        Corpus shards = Corpus.open(index);
        assertThat(shards.readOnly()).isTrue();
        Corpus one = Corpus.open(tmp.resolve("cli"));
        assertThat(shards.search(new SearchRequest("ข้าว", "th", List.of(), 100)).total())
                .isEqualTo(one.search(new SearchRequest("ข้าว", "th", List.of(), 100)).total()).isPositive();
        assertThat(shards.stats().lang()).isEqualTo(one.stats().lang());

        // the token fields: every document's tokens as the CLI's import stored them, so the word statistics and
        // concordances over the shards read the index, as on the CLI's corpus, and give the same answers
        assertThat(shardFields).contains(Fields.TOKEN_SEQUENCE, Fields.TOKEN_OFFSETS);
        Map<String, String> cliTokens = tokens(tmp.resolve("cli").resolve("index"));
        Map<String, String> shardTokens = new TreeMap<>();
        for (String shard : List.of(IndexJob.shardName(0), IndexJob.shardName(1))) {
            shardTokens.putAll(tokens(index.resolve(shard).resolve("index")));
        }
        assertThat(cliTokens.values()).filteredOn(t -> !t.isEmpty()).hasSizeGreaterThan(250);
        assertThat(shardTokens).isEqualTo(cliTokens);
        assertThat(shards.analysis().frequencies(Selection.ALL, 1, 100))
                .isEqualTo(one.analysis().frequencies(Selection.ALL, 1, 100));
        FrequencyList thai = one.analysis().frequencies(Selection.of(null, "th", List.of()), 1, 20);
        assertThat(thai.tokens()).isPositive();
        assertThat(shards.analysis().frequencies(Selection.of(null, "th", List.of()), 1, 20)).isEqualTo(thai);
        KwicRequest kwic = new KwicRequest(new SearchRequest("ข้าว", "th", List.of(), 100), 5, false, null, 100, 0);
        KwicResult fromShards = shards.analysis().concordance(kwic);
        KwicResult fromOne = one.analysis().concordance(kwic);
        assertThat(fromOne.lines()).isNotEmpty();
        assertThat(fromOne.truncated()).isFalse();
        assertThat(fromShards.hits()).isEqualTo(fromOne.hits());
        assertThat(fromShards.documents()).isEqualTo(fromOne.documents());
        // the shards hold the documents in another order: the same lines, compared in (id, offset) order
        java.util.Comparator<KwicLine> byPlace = java.util.Comparator.comparing(KwicLine::id)
                .thenComparingInt(KwicLine::start);
        assertThat(fromShards.lines().stream().sorted(byPlace).toList())
                .isEqualTo(fromOne.lines().stream().sorted(byPlace).toList());
    }

    /** Each live document's stored tokens (folded form, word and sentence flags), "" when it has none. */
    private static Map<String, String> tokens(Path indexDir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var dir = FSDirectory.open(indexDir); var reader = DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                LeafTokens tokens = LeafTokens.of(leaf.reader());
                var live = leaf.reader().getLiveDocs();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    StringBuilder text = new StringBuilder();
                    if (tokens.read(d)) {
                        for (int i = 0; i < tokens.size(); i++) {
                            text.append(tokens.sentenceBefore(i) ? "|" : " ").append(tokens.isWord(i) ? "" : "~")
                                    .append(tokens.forms().lookupOrd(tokens.form(i)).utf8ToString());
                        }
                    }
                    out.put(stored.document(d).get(Fields.ID), text.toString());
                }
            }
        }
        return out;
    }

    /** Slow suite (several minutes on 2 cores): {@code mvn -Pspark-slow -Dgroups=slow verify -pl corpus-spark -am}. */
    @Test
    @Tag("slow")
    void generatedCorpusOf10kGivesTheSameDuplicateDecisionsAndExport() throws IOException {
        Path corpus = generate(tmp.resolve("generated"), 10_000);
        Outcome cli = runCli(corpus);
        Outcome spark = runSpark(corpus);

        assertThat(spark.documents).hasSize(10_000);
        assertThat(spark.documents).isEqualTo(cli.documents);
        long near = cli.documents.values().stream().filter(d -> d.cluster() != null && d.cluster().startsWith("near"))
                .count();
        long exact = cli.documents.values().stream().filter(d -> d.cluster() != null
                && d.cluster().startsWith("exact")).count();
        assertThat(near).as("documents in near-duplicate clusters").isGreaterThan(1000);
        assertThat(exact).as("documents in exact clusters").isGreaterThan(500);
        assertThat(spark.dedupe.path("clusters").asLong()).isEqualTo(cli.dedupe.path("clusters").asLong());
        assertThat(spark.dedupe.path("duplicates").asLong()).isEqualTo(cli.dedupe.path("duplicates").asLong());
        assertSameExport(cli, spark);
    }

    /** A document as both engines must store it after dedupe ({@code clusterSize} 0 outside clusters). */
    record Doc(String lang, String status, String cluster, String duplicateOf, int clusterSize) {
    }

    /** What an engine left: documents by id, failures, its dedupe report as JSON, the export and its manifest. */
    record Outcome(Map<String, Doc> documents, Set<String> failures, JsonNode dedupe, JsonNode manifest,
                   Path export) {
    }

    private ExportOptions exportOptions(Path out) {
        return ExportOptions.builder(out).qualityFilter(true).redactPii(true).dropBoilerplate(true)
                .split(SplitSpec.parse("train=0.8,test=0.2", 7)).shardRows(700).build();
    }

    private Outcome runCli(Path input) throws IOException {
        Corpus corpus = Corpus.create(tmp.resolve("cli"), "equivalence");
        ImportReport imported = corpus.importFrom(ImportOptions.of(List.of(input)), null);
        DedupeReport deduped = corpus.dedupe(DedupeOptions.DEFAULTS, null);
        Path out = tmp.resolve("cli-export");
        corpus.export(exportOptions(out));
        Map<String, Doc> docs = new TreeMap<>();
        readMarks(corpus.home().indexDir(), docs);
        Set<String> failures = new HashSet<>();
        imported.failed().forEach(f -> failures.add(f.path() + "\t" + f.part() + "\t" + f.error() + "\t"
                + f.kind().value()));
        JsonNode report = JSON.valueToTree(deduped);
        return new Outcome(docs, failures, report, JSON.readTree(out.resolve("manifest.json").toFile()), out);
    }

    private Outcome runSpark(Path input) throws IOException {
        SparkSession spark = LocalSpark.get();
        Path work = tmp.resolve("spark");
        String prepared = work.resolve("prepared").toString();
        String deduped = work.resolve("deduped").toString();
        Path out = work.resolve("export");
        new PrepareJob(spark, PrepareOptions.of(List.of(input.toString()), prepared)).run();
        JobReport dedupe = new DedupeJob(spark, DedupeJobOptions.of(prepared, deduped)).run();
        ExportOptions core = exportOptions(out);
        ExportJobOptions export = new ExportJobOptions(deduped, out.toString(), "jsonl", "zstd", List.of(),
                core.shardRows(), core.shardBytes(), List.of("ok"), List.of(), true, null, true, true,
                "train=0.8,test=0.2", 7, List.of(), null, 0, 0, false);
        new ExportJob(spark, export, "equivalence").run();

        Map<String, Doc> docs = new TreeMap<>();
        for (Row r : spark.read().parquet(deduped + "/documents")
                .select("id", "lang", "status", "cluster", "duplicate_of", "cluster_size").collectAsList()) {
            docs.put(r.getString(0), new Doc(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getInt(5)));
        }
        Set<String> failures = new HashSet<>();
        for (String line : Files.readAllLines(Path.of(prepared, PrepareJob.FAILURES))) {
            JsonNode f = JSON.readTree(line);
            failures.add(f.get("path").asText() + "\t" + f.get("part").asText() + "\t" + f.get("reason").asText()
                    + "\t" + f.get("kind").asText());
        }
        JsonNode report = JSON.readTree(Path.of(deduped, StageOutput.REPORT).toFile());
        return new Outcome(docs, failures, report.get("dedupe"),
                JSON.readTree(out.resolve("manifest.json").toFile()), out);
    }

    /** Each live document of the index in {@code indexDir}, by id, with its marks (doc values, not stored). */
    private static void readMarks(Path indexDir, Map<String, Doc> docs) throws IOException {
        try (var dir = FSDirectory.open(indexDir); var reader = DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                MarksReader marks = new MarksReader(leaf.reader());
                var live = leaf.reader().getLiveDocs();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    var doc = stored.document(d);
                    Marks m = marks.read(d);
                    DuplicateMark dup = m.duplicate();
                    docs.put(doc.get(Fields.ID), new Doc(doc.get(Fields.LANG), m.status().value(),
                            dup == null ? null : dup.cluster(), dup == null ? null : dup.duplicateOf(),
                            dup == null ? 0 : dup.clusterSize()));
                }
            }
        }
    }

    /** The names of the fields the index in {@code indexDir} holds (what the core's DocumentMapper wrote). */
    private static Set<String> fieldNames(Path indexDir) throws IOException {
        try (var dir = FSDirectory.open(indexDir); var reader = DirectoryReader.open(dir)) {
            Set<String> names = new java.util.TreeSet<>();
            org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader).forEach(f -> names.add(f.name));
            return names;
        }
    }

    /** The same data files, byte for byte, and the same counts, filters and selection in the manifests. */
    private static void assertSameExport(Outcome cli, Outcome spark) throws IOException {
        assertThat(spark.manifest.get("files")).isEqualTo(cli.manifest.get("files"));
        assertThat(cli.manifest.get("files").size()).isGreaterThan(10);
        for (JsonNode file : cli.manifest.get("files")) {
            String path = file.get("path").asText();
            assertThat(Files.readAllBytes(spark.export.resolve(path))).as(path)
                    .isEqualTo(Files.readAllBytes(cli.export.resolve(path)));
        }
        for (String field : List.of("rows", "rows_by_language", "counts", "filters", "options")) {
            assertThat(spark.manifest.get(field)).as(field).isEqualTo(cli.manifest.get(field));
        }
        JsonNode cliCorpus = cli.manifest.get("corpus");
        JsonNode sparkCorpus = spark.manifest.get("corpus");
        for (String field : List.of("documents", "selected", "selection_sha256")) {
            assertThat(sparkCorpus.get(field)).as("corpus." + field).isEqualTo(cliCorpus.get(field));
        }
        String cliCard = Files.readString(cli.export.resolve("README.md"))
                .replace(cli.manifest.get("created_at").asText(), "CREATED");
        String sparkCard = Files.readString(spark.export.resolve("README.md"))
                .replace(spark.manifest.get("created_at").asText(), "CREATED");
        assertThat(sparkCard).isEqualTo(cliCard);
    }

    /** A planted corpus as JSONL files of 1,000 rows ({"id", "text", "lang"}), as corpus-bench generate writes. */
    static Path generate(Path dir, int documents) throws IOException {
        Files.createDirectories(dir);
        Segmenters segmenters = new Segmenters(LanguageProfiles.builtIn());
        SentencePool pool = SentencePool.load(SAMPLE_DATA, segmenters);
        PlantedCorpusGenerator generator = new PlantedCorpusGenerator(pool, segmenters,
                GeneratorOptions.of(documents, 20250101));
        List<GeneratedDoc> batch = new ArrayList<>();
        int file = 0;
        for (GeneratedDoc doc : generator) {
            batch.add(doc);
            if (batch.size() == 1000) {
                write(dir.resolve(String.format("docs-%05d.jsonl", file++)), batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            write(dir.resolve(String.format("docs-%05d.jsonl", file)), batch);
        }
        return dir;
    }

    private static void write(Path file, List<GeneratedDoc> docs) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (GeneratedDoc doc : docs) {
                Map<String, String> row = new HashMap<>();
                row.put("id", doc.id());
                row.put("text", doc.text());
                row.put("lang", doc.lang());
                out.write(JSON.writeValueAsString(new TreeMap<>(row)));
                out.write('\n');
            }
        }
    }
}
