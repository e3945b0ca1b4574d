import java.nio.file.Path;
import java.util.*;
import jdk.jfr.consumer.*;
/** Comp FILE: compilation time by package and top methods (wall durations of jdk.Compilation). */
public class Comp {
    public static void main(String[] a) throws Exception {
        Map<String, double[]> pkg = new HashMap<>(); List<Object[]> all = new ArrayList<>();
        double[] level = new double[5]; int[] lc = new int[5];
        try (RecordingFile f = new RecordingFile(Path.of(a[0]))) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                if (!e.getEventType().getName().equals("jdk.Compilation")) continue;
                RecordedMethod m = e.getValue("method");
                double ms = e.getDuration().toNanos() / 1e6;
                int lvl = e.getShort("compileLevel");
                level[lvl] += ms; lc[lvl]++;
                String t = m.getType().getName();
                String p = t.contains(".") ? t.substring(0, t.lastIndexOf('.')) : t;
                String[] parts = p.split("\\."); p = String.join(".", Arrays.copyOf(parts, Math.min(3, parts.length)));
                double[] v = pkg.computeIfAbsent(p + " L" + (lvl == 4 ? "4" : "1-3"), k -> new double[2]); v[0] += ms; v[1]++;
                all.add(new Object[]{ms, t + "." + m.getName() + " L" + lvl + " " + e.getLong("codeSize")});
            }
        }
        for (int i = 0; i < 5; i++) System.out.printf("level %d: %d compiles, %.1f s%n", i, lc[i], level[i] / 1000);
        pkg.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0])).limit(25)
            .forEach(e -> System.out.printf("%8.1f s %6.0f  %s%n", e.getValue()[0] / 1000, e.getValue()[1], e.getKey()));
        all.sort((x, y) -> Double.compare((double) y[0], (double) x[0]));
        all.stream().limit(25).forEach(o -> System.out.printf("%8.0f ms %s%n", o[0], o[1]));
    }
}
