import java.nio.file.Path;
import java.util.*;
import jdk.jfr.consumer.*;
/** Threads FILE: CPU seconds per thread (group) from jdk.ThreadCPULoad, assuming 2 CPUs and the event's period. */
public class Threads {
    public static void main(String[] a) throws Exception {
        Map<String, double[]> m = new TreeMap<>();
        Map<Long, java.time.Instant> last = new HashMap<>();
        try (RecordingFile f = new RecordingFile(Path.of(a[0]))) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                if (!e.getEventType().getName().equals("jdk.ThreadCPULoad")) continue;
                RecordedThread t = e.getThread("eventThread");
                String name = t == null ? "?" : t.getJavaName() != null ? t.getJavaName() : t.getOSName();
                if (name == null) name = "?";
                String g = name.replaceAll("[0-9]+", "#");
                long id = t == null ? -1 : t.getId();
                java.time.Instant prev = last.put(id, e.getStartTime());
                double secs = prev == null ? 10 : java.time.Duration.between(prev, e.getStartTime()).toMillis() / 1000.0;
                double load = e.getFloat("user") + e.getFloat("system");
                m.computeIfAbsent(g, k -> new double[1])[0] += load * secs * 2;
            }
        }
        double tot = 0; for (double[] v : m.values()) tot += v[0];
        System.out.printf("total %.1f s%n", tot);
        m.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0])).limit(25)
            .forEach(e -> System.out.printf("%8.1f  %s%n", e.getValue()[0], e.getKey()));
    }
}
