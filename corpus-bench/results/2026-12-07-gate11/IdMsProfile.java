import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.seacorpus.lang.identify.LanguageIdentifier;

/**
 * Runs the shipped identifier over the development set's Indonesian and Malay sentences for a given number of
 * seconds of CPU, so that a JFR recording of this process shows where the id/ms path spends its time.
 * java -XX:StartFlightRecording=filename=F.jfr,settings=profile -cp corpus-bench.jar IdMsProfile.java DEVDIR SECONDS
 */
public class IdMsProfile {
    public static void main(String[] args) throws Exception {
        List<String> sentences = new ArrayList<>();
        for (String lang : List.of("id", "ms")) {
            for (String line : Files.readAllLines(Path.of(args[0], lang + ".tsv"), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", 3);
                    sentences.add(f[f.length - 1]);
                }
            }
        }
        LanguageIdentifier shipped = LanguageIdentifier.builtIn();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + (long) (Double.parseDouble(args[1]) * 1e9);
        long bytes = 0;
        int h = 0;
        long start = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() < until) {
            for (String s : sentences) {
                h += shipped.identify(s).lang().hashCode();
                bytes += s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "%d sentences, %.2f MB/CPU-s (incl. warm-up) %d%n",
                sentences.size(), bytes / 1e6 / cpu, h & 1);
    }
}
