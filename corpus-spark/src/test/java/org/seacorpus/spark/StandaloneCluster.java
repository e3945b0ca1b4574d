package org.seacorpus.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone cluster on this machine for the tests: a master and workers as separate JVMs, started from a
 * Spark home whose {@code jars/} are Spark's own (the spark-home module's copy of what Maven resolves for
 * spark-sql 4.2.0), bound to 127.0.0.1, and jobs submitted with {@code SparkSubmit} in a JVM of their own with
 * the corpus-spark assembly, as {@code spark-submit} runs them. Spark's jars come first on every classpath, so
 * the assembly is tested as a cluster runs it. Every process is stopped by {@link #close}.
 */
final class StandaloneCluster implements AutoCloseable {
    /** The module openings Spark's launcher gives its JVMs (spark-launcher's JavaModuleOptions). */
    static final List<String> MODULE_OPTIONS = List.of(System.getProperty("spark.module.options", "").split(" "));

    /**
     * JIT and GC settings for the cluster's short-lived JVMs (master, workers, driver, executors): the client
     * compiler only and the serial collector. A test run is a few minutes of mostly cold code, where the optimising
     * compiler's threads and a parallel collector cost more CPU than they save; the answers do not change.
     */
    static final List<String> QUICK_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Path sparkHome;
    private final Path logs;
    private final int masterPort;
    private Process master;
    private final List<Process> workers = new ArrayList<>();
    private final List<Process> submitted = new ArrayList<>();

    StandaloneCluster(Path sparkJars, Path work, int workers) throws IOException, InterruptedException {
        this.sparkHome = work.resolve("spark-home");
        this.logs = work.resolve("logs");
        Files.createDirectories(sparkHome.resolve("conf"));
        Files.createDirectories(logs);
        Files.createSymbolicLink(sparkHome.resolve("jars"), sparkJars.toAbsolutePath());
        // executors log each task they start: the test watches for them to kill a worker mid-job
        Files.writeString(sparkHome.resolve("conf").resolve("log4j2.properties"), String.join("\n",
                "rootLogger.level = warn", "rootLogger.appenderRef.stderr.ref = console",
                "appender.console.type = Console", "appender.console.name = console",
                "appender.console.target = SYSTEM_ERR", "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n",
                "logger.executor.name = org.apache.spark.executor.Executor", "logger.executor.level = info",
                "logger.master.name = org.apache.spark.deploy.master.Master", "logger.master.level = info",
                "logger.worker.name = org.apache.spark.deploy.worker.Worker", "logger.worker.level = info", ""));
        this.masterPort = freePort();
        // a test JVM stopped from outside (a build timeout, ^C) takes the cluster with it
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "standalone-cluster-stop"));
        try {
            startAll(work, workers);
        } catch (IOException | InterruptedException | RuntimeException e) {
            close(); // nothing started is left running when the cluster does not come up
            throw e;
        }
    }

    private void startAll(Path work, int workers) throws IOException, InterruptedException {
        this.master = start("master", 256, List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(freePort())));
        awaitPort(masterPort, master, "master");
        for (int i = 0; i < workers; i++) {
            Path dir = work.resolve("worker-" + i);
            Files.createDirectories(dir);
            this.workers.add(start("worker-" + i, 256, List.of("org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--work-dir", dir.toString(),
                    "--webui-port", Integer.toString(freePort()), masterUrl())));
        }
        awaitLog("master", "Registering worker", workers, Duration.ofMinutes(2));
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** Kills a worker and its executors at once (no clean shutdown), as a lost machine would. */
    void killWorker(int index) {
        Process worker = workers.get(index);
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
    }

    /**
     * Starts {@code spark-submit --master <this cluster> --class …CorpusSparkCommand <assembly> args…} in a JVM of
     * its own (its output goes to {@link #log}(name)).
     */
    Process submit(Path assembly, String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", masterUrl(),
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=768m", "--conf", "spark.executor.cores=1",
                "--conf", "spark.cores.max=2", "--conf", "spark.ui.enabled=false",
                "--conf", "spark.sql.shuffle.partitions=4",
                "--conf", "spark.executor.extraJavaOptions=--enable-native-access=ALL-UNNAMED "
                        + String.join(" ", QUICK_JVM),
                "--class", "org.seacorpus.spark.cli.CorpusSparkCommand", assembly.toString()));
        command.addAll(args);
        Process process = start(name, 768, command);
        submitted.add(process);
        return process;
    }

    Path log(String name) {
        return logs.resolve(name + ".log");
    }

    /** The last 200 lines of a process's log, for a failure message. */
    String logTail(String name) throws IOException {
        if (!Files.exists(log(name))) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log(name));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 200), lines.size()));
    }

    private Process start(String name, int heapMb, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heapMb + "m");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(QUICK_JVM);
        command.addAll(MODULE_OPTIONS.stream().filter(o -> !o.isBlank()).toList());
        command.add("-Dlog4j2.configurationFile=" + sparkHome.resolve("conf").resolve("log4j2.properties").toUri());
        command.add("-cp");
        command.add(sparkHome.resolve("conf") + java.io.File.pathSeparator + sparkHome.resolve("jars") + "/*");
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(name).toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_SCALA_VERSION", "2.13");
        return builder.start();
    }

    /** Waits until {@code count} lines of a process's log contain {@code text}. */
    void awaitLog(String name, String text, int count, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log(name)) && Files.readAllLines(log(name)).stream().filter(l -> l.contains(text))
                    .count() >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not log '" + text + "' " + count + " times in " + timeout
                + "; its log:\n" + (Files.exists(log(name)) ? Files.readString(log(name)) : "(none)"));
    }

    private static void awaitPort(int port, Process process, String name) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue());
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(name + " did not listen on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public synchronized void close() {
        for (Process driver : submitted) {
            driver.descendants().forEach(ProcessHandle::destroyForcibly);
            driver.destroyForcibly();
        }
        for (Process worker : workers) {
            worker.descendants().forEach(ProcessHandle::destroyForcibly);
            worker.destroyForcibly();
        }
        if (master != null) {
            master.destroyForcibly();
        }
        try {
            for (Process p : workers) {
                p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            if (master != null) {
                master.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
