import java.nio.file.Path;
import java.util.*;
import java.util.regex.Pattern;
import jdk.jfr.consumer.*;

/** Drill ANCHOR_REGEX [N]: samples whose stack holds a frame matching the anchor; self and inclusive counts of frames above it. */
public class Drill {
    public static void main(String[] a) throws Exception {
        Pattern anchor = Pattern.compile(a[1]);
        int top = a.length > 2 ? Integer.parseInt(a[2]) : 40;
        Map<String, Long> self = new HashMap<>(), incl = new HashMap<>();
        long total = 0, hit = 0;
        try (RecordingFile f = new RecordingFile(Path.of(a[0]))) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
                total++;
                RecordedStackTrace st = e.getStackTrace();
                if (st == null) continue;
                List<RecordedFrame> fr = st.getFrames();
                int at = -1;
                for (int i = 0; i < fr.size(); i++) {
                    RecordedFrame x = fr.get(i);
                    if (!x.isJavaFrame()) continue;
                    String n = x.getMethod().getType().getName() + "." + x.getMethod().getName();
                    if (anchor.matcher(n).find()) { at = i; }
                }
                if (at < 0) continue;
                hit++;
                RecordedFrame t = fr.get(0);
                self.merge(t.getMethod().getType().getName() + "." + t.getMethod().getName(), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                for (int i = 0; i <= at; i++) {
                    RecordedFrame x = fr.get(i);
                    String n = x.getMethod().getType().getName() + "." + x.getMethod().getName();
                    if (seen.add(n)) incl.merge(n, 1L, Long::sum);
                }
            }
        }
        System.out.printf("total %d, anchored %d (%.1f%%)%n", total, hit, 100.0 * hit / total);
        print("SELF", self, top, total);
        print("INCLUSIVE", incl, top, total);
    }
    static void print(String title, Map<String, Long> m, int top, long total) {
        System.out.println("== " + title);
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
            .forEach(e -> System.out.printf("%6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / total, e.getKey()));
    }
}
