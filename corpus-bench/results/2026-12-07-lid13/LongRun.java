import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.seacorpus.bench.jmh.LanguageIdThroughputBenchmark;
import org.seacorpus.document.Utf8;
import org.seacorpus.lang.identify.LanguageIdentifier;

/**
 * How the process figure depends on the run's length: the shipped identifier over the mixed development sentences
 * (or id/ms), round after round of about MB megabytes in one JVM, nothing else running; after each round the MB so
 * far per CPU second of the whole process and of the calling thread, both counted from the start of the first
 * round (the model is loaded before it, as the bench phase does), and the last round's own figures.
 * Args: DEVSET MB_PER_ROUND TOTAL_MB [mixed|id_ms]
 */
public class LongRun {
    public static void main(String[] args) throws Exception {
        Path devset = Path.of(args[0]);
        double mb = Double.parseDouble(args[1]);
        double total = Double.parseDouble(args[2]);
        String set = args.length > 3 ? args[3] : "mixed";
        List<String> langs = set.equals("mixed") ? LanguageIdThroughputBenchmark.ALL : List.of("id", "ms");
        String[] sentences = LanguageIdThroughputBenchmark.sentences(devset, langs).toArray(String[]::new);
        long bytes = 0;
        for (String s : sentences) bytes += Utf8.length(s);
        int passes = Math.max(1, (int) Math.round(mb * 1e6 / bytes));
        double roundMb = bytes * (double) passes / 1e6;
        LanguageIdentifier shipped = LanguageIdentifier.builtIn();
        shipped.identify("Kerajaan akan membina hospital baharu di Johor.");   // loads the models, as the phase's first call
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        long p0 = process.getProcessCpuTime();
        long t0 = threads.getCurrentThreadCpuTime();
        long sink = 0;
        double done = 0;
        System.out.printf(Locale.ROOT, "set %s, %.2f MB a round, load %s%n", set, roundMb,
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println("MB_so_far process_MB_per_cpu_s thread_MB_per_cpu_s round_process round_thread");
        while (done < total - 1e-9) {
            long rp = process.getProcessCpuTime();
            long rt = threads.getCurrentThreadCpuTime();
            for (int p = 0; p < passes; p++) for (String s : sentences) sink += shipped.identify(s).lang().hashCode();
            long p1 = process.getProcessCpuTime();
            long t1 = threads.getCurrentThreadCpuTime();
            done += roundMb;
            System.out.printf(Locale.ROOT, "%.1f %.2f %.2f %.2f %.2f%n", done, done / ((p1 - p0) / 1e9),
                    done / ((t1 - t0) / 1e9), roundMb / ((p1 - rp) / 1e9), roundMb / ((t1 - rt) / 1e9));
        }
        System.out.printf(Locale.ROOT, "end, load %s, sink %d%n", Files.readString(Path.of("/proc/loadavg")).trim(),
                sink % 10);
    }
}
