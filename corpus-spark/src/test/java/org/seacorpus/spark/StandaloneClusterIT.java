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
 * and index run as one application ({@code --then}), a worker is killed with its executor in the middle of the
 * prepare and the application still completes, and everything is what the CLI gives on the same data.
 *
 * <p>Part of the default build (failsafe, after the assembly is packaged), so CI runs it: the sample data, one
 * submit (one driver, two executors that build their models once for all four jobs), executors of 768 MB on
 * workers of 256 MB, free ports, every process stopped whatever happens. The work folder, with every process's log,
 * is {@code target/standalone-cluster-it/}: removed when the test passes, kept when it fails.
 */
@Tag("cluster")
class StandaloneClusterIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ASSEMBLY = Path.of("target", "corpus-spark.jar").toAbsolutePath();
    private static final Path SPARK_JARS = Path.of("spark-home", "target", "jars").toAbsolutePath();
    /** Generous for a busy 2-core runner (the four jobs take a few minutes there), short enough to fail CI fast. */
    private static final Duration JOBS_TIMEOUT = Duration.ofMinutes(15);

    private static Path work;
    private static StandaloneCluster cluster;
    private static boolean passed;

    @BeforeAll
    static void start() throws Exception {
        assertThat(ASSEMBLY).as("the assembly (mvn package)").exists();
        assertThat(SPARK_JARS.resolve("spark-core_2.13-4.2.0.jar")).as("Spark's jars (spark-home module)").exists();
        work = Path.of("target", "standalone-cluster-it").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        cluster = new StandaloneCluster(SPARK_JARS, work, 2);
    }

    @AfterAll
    static void stop() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
        if (passed) {
            deleteTree(work);
        } else if (work != null) {
            System.err.println("StandaloneClusterIT: the logs of the master, the workers, their executors and the "
                    + "driver are kept in " + work);
        }
    }

    /**
     * prepare (a worker and its executor killed once tasks have finished), dedupe, export and index as one
     * application on the cluster; the CLI on the same data must give the same documents, failures, marks, export
     * files and search answers.
     */
    @Test
    void jobsRunOnTheClusterSurviveALostWorkerAndGiveWhatTheCliGives() throws Exception {
        String sample = SparkEquivalenceTest.SAMPLE_DATA.toString();
        Path out = work.resolve("out");
        Path prepared = out.resolve("prepared");
        Path deduped = out.resolve("deduped");
        Process submit = cluster.submit(ASSEMBLY, "jobs", List.of(
                "prepare", "--tasks", "16", "--out", prepared.toString(), sample,
                "--then", "dedupe", "--out", deduped.toString(), prepared.toString(),
                "--then", "export", "--name", "cluster", "--out", out.resolve("export").toString(), "--shard-rows",
                "40", "--quality", "--redact-pii", deduped.toString(),
                "--then", "index", "--shards", "2", "--out", out.resolve("index").toString(), deduped.toString()));
        try {
            awaitFinishedTasks(out, "prepared.partial-", 2, Duration.ofMinutes(8));
            cluster.killWorker(0);
            assertThat(submit.waitFor(JOBS_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .as("the jobs finished in " + JOBS_TIMEOUT + "; the driver's log:\n" + cluster.logTail("jobs"))
                    .isTrue();
        } finally {
            submit.descendants().forEach(ProcessHandle::destroyForcibly);
            submit.destroyForcibly();
        }
        String log = Files.readString(cluster.log("jobs"));
        assertThat(submit.exitValue()).as("the jobs with a lost worker; the driver's log:\n" + log).isZero();
        assertThat(log).as("the driver saw the executor go").containsIgnoringCase("lost executor");
        for (String job : List.of("prepared", "deduped", "export", "index")) {
            assertThat(out.resolve(job).resolve(StageOutput.REPORT)).as(job + " written whole").exists();
        }

        Corpus cli = Corpus.create(work.resolve("cli"), "cluster");
        ImportReport imported = cli.importFrom(ImportOptions.of(List.of(SparkEquivalenceTest.SAMPLE_DATA)), null);
        long cliDuplicates = cli.dedupe(DedupeOptions.DEFAULTS, null).duplicates();
        Path cliExport = work.resolve("cli-export");
        cli.export(ExportOptions.builder(cliExport).shardRows(40).qualityFilter(true).redactPii(true).build());

        // every document, failure and count of the interrupted prepare is the CLI's
        List<String> documents = rows(prepared);
        assertThat(documents).hasSize((int) imported.added()).hasSizeGreaterThan(250);
        assertThat(Files.readAllLines(prepared.resolve(PrepareJob.FAILURES))).hasSize(imported.failed().size());
        JsonNode report = JSON.readTree(prepared.resolve(StageOutput.REPORT).toFile()).get("import");
        assertThat(report.get("by_language").toString()).isEqualTo(JSON.writeValueAsString(imported.byLanguage()));

        // the duplicate marks: the documents the CLI marked (the export comparison below checks which)
        assertThat(marked(deduped, "status = 'duplicate'")).as("duplicates marked").isPositive()
                .isEqualTo(cliDuplicates);

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
        passed = true;
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

    /** Documents of a dataset that match a condition on its columns, counted with DuckDB. */
    private static long marked(Path dataset, String where) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + dataset.resolve("documents")
                     + "/*/*.parquet', hive_partitioning = true) WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
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
