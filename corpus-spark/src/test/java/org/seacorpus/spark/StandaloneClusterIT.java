package org.seacorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.corpus.ImportReport;
import org.seacorpus.dedupe.DedupeOptions;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.SearchResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The jobs on a real Spark standalone cluster (a master and two workers, separate JVMs on 127.0.0.1, Spark's own
 * jars first on every classpath, the corpus-spark assembly submitted with SparkSubmit): prepare, dedupe, export
 * and index run, a prepare during which a worker is killed still completes, and everything is what the CLI gives
 * on the same data. Slow suite: {@code mvn -Pspark-slow -Dgroups=slow verify -pl corpus-spark -am}.
 */
@Tag("slow")
class StandaloneClusterIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ASSEMBLY = Path.of("target", "corpus-spark.jar").toAbsolutePath();
    private static final Path SPARK_JARS = Path.of("spark-home", "target", "jars").toAbsolutePath();

    @TempDir
    static Path work;
    private static StandaloneCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        assertThat(ASSEMBLY).as("the assembly (mvn package)").exists();
        assertThat(SPARK_JARS.resolve("spark-core_2.13-4.2.0.jar")).as("Spark's jars (spark-home module)").exists();
        cluster = new StandaloneCluster(SPARK_JARS, work, 2);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static void run(String name, String... args) throws IOException, InterruptedException {
        Process submit = cluster.submit(ASSEMBLY, name, List.of(args));
        assertThat(submit.waitFor(30, TimeUnit.MINUTES)).as(name + " finished").isTrue();
        assertThat(submit.exitValue()).as(name + " exit code; its log:\n" + Files.readString(cluster.log(name)))
                .isZero();
    }

    /**
     * prepare (a worker and its executor killed once tasks have finished), dedupe, export and index on the cluster;
     * the CLI on the same data must give the same documents, failures, marks, export files and search answers.
     */
    @Test
    void jobsRunOnTheClusterSurviveALostWorkerAndGiveWhatTheCliGives() throws Exception {
        String sample = SparkEquivalenceTest.SAMPLE_DATA.toString();
        Path out = work.resolve("out");
        Path prepared = out.resolve("prepared");
        Process submit = cluster.submit(ASSEMBLY, "prepare", List.of("prepare", "--tasks", "16", "--out",
                prepared.toString(), sample));
        awaitFinishedTasks(out, "prepared.partial-", 2, Duration.ofMinutes(10));
        cluster.killWorker(0);
        assertThat(submit.waitFor(30, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(cluster.log("prepare"));
        assertThat(submit.exitValue()).as("prepare with a lost worker; its log:\n" + log).isZero();
        assertThat(log).as("the driver saw the executor go").containsIgnoringCase("lost executor");

        run("dedupe", "dedupe", "--out", out.resolve("deduped").toString(), prepared.toString());
        run("export", "export", "--name", "cluster", "--out", out.resolve("export").toString(), "--shard-rows", "40",
                "--quality", "--redact-pii", out.resolve("deduped").toString());
        run("index", "index", "--shards", "2", "--out", out.resolve("index").toString(),
                out.resolve("deduped").toString());

        Corpus cli = Corpus.create(work.resolve("cli"), "cluster");
        ImportReport imported = cli.importFrom(ImportOptions.of(List.of(SparkEquivalenceTest.SAMPLE_DATA)), null);
        cli.dedupe(DedupeOptions.DEFAULTS, null);
        Path cliExport = work.resolve("cli-export");
        cli.export(ExportOptions.builder(cliExport).shardRows(40).qualityFilter(true).redactPii(true).build());

        // every document, failure and count of the interrupted prepare is the CLI's
        List<String> documents = rows(prepared);
        assertThat(documents).hasSize((int) imported.added()).hasSizeGreaterThan(250);
        assertThat(Files.readAllLines(prepared.resolve(PrepareJob.FAILURES))).hasSize(imported.failed().size());
        JsonNode report = JSON.readTree(prepared.resolve(StageOutput.REPORT).toFile()).get("import");
        assertThat(report.get("by_language").toString()).isEqualTo(JSON.writeValueAsString(imported.byLanguage()));

        // the export files, byte for byte (same SHA-256 in the manifests)
        JsonNode cliFiles = JSON.readTree(cliExport.resolve("manifest.json").toFile()).get("files");
        JsonNode clusterFiles = JSON.readTree(out.resolve("export").resolve("manifest.json").toFile()).get("files");
        assertThat(clusterFiles).isEqualTo(cliFiles);
        assertThat(clusterFiles.size()).isGreaterThan(16);

        // corpus -C on the index folder: every shard searched together, with the CLI's answers
        Corpus shards = Corpus.open(out.resolve("index"));
        assertThat(shards.readOnly()).isTrue();
        SearchResult fromShards = shards.search(new SearchRequest("ข้าว", "th", List.of(), 100));
        SearchResult fromCli = cli.search(new SearchRequest("ข้าว", "th", List.of(), 100));
        assertThat(fromShards.total()).isEqualTo(fromCli.total()).isPositive();
        assertThat(shards.stats().lang()).isEqualTo(cli.stats().lang());
    }

    /** Waits until {@code n} task summaries are in the staging folder of the job writing {@code prefix…}. */
    private static void awaitFinishedTasks(Path dir, String prefix, int n, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!Files.isDirectory(dir)) { // the driver has not started the job yet
                Thread.sleep(100);
                continue;
            }
            try (var list = Files.list(dir)) {
                for (Path staging : list.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                    Path tasks = staging.resolve(TaskSummary.FOLDER);
                    if (Files.isDirectory(tasks)) {
                        try (var files = Files.list(tasks)) {
                            if (files.filter(f -> f.getFileName().toString().startsWith("part-")).count() >= n) {
                                return;
                            }
                        } catch (java.nio.file.NoSuchFileException e) {
                            // the job finished and renamed its staging folder meanwhile: reported below
                        }
                    }
                }
            }
            if (Files.exists(dir.resolve(prefix.substring(0, prefix.indexOf('.'))))) {
                throw new IllegalStateException("the job finished before " + n + " of its tasks were seen: "
                        + "nothing was left to interrupt");
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no " + n + " finished tasks under " + dir + " in " + timeout);
    }

    /** Every document of a prepare output (id, language, text hash), read back with DuckDB, in id order. */
    private static List<String> rows(Path prepared) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, lang, content_hash, status FROM read_parquet('"
                     + prepared.resolve("documents") + "/*/*.parquet', hive_partitioning = true) ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        return out;
    }
}
