import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Lexicon;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.WordList;

/**
 * Heap retained and load CPU of the shipped word lists and lexicons (session 12, prof12). Run with a jar or class
 * path holding corpus-core (the starting bench jar or the branch's classes), in a fresh JVM with the serial
 * collector, e.g. {@code java -XX:+UseSerialGC -Xmx1g -cp CP WordListMemory.java}. Public API only, so the same
 * source runs against main's jar and the branch.
 *
 * <p>Retained heap: used heap after three full collections, with N copies held, minus the same before, divided by
 * N. Load CPU: the loading thread's CPU time (parsing is single-threaded), median over rounds after the first.
 * "set alone" is the words and splits as the hash set and map WordList keeps without its tries and hash table,
 * built here from the same lines: WordList minus it is what the tries and the hash table add.
 */
public class WordListMemory {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** What is being measured, held where no compiler can prove it dead. */
    static volatile List<Object> held;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("first")) {
            first();
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("what\tentries\tretained_bytes\tload_cpu_ms_first\tload_cpu_ms_median");
        // what an import pays: every language's segmenter, word lists and lexicons loaded once (first thing)
        long before = used();
        long t0 = THREADS.getCurrentThreadCpuTime();
        long p0 = process();
        Segmenters segmenters = new Segmenters(LanguageProfiles.builtIn());
        held = List.of(segmenters);
        for (String lang : List.of("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil", "jv", "su", "ceb", "tet",
                "zh", "ta", "en", "und")) {
            segmenters.forLanguage(lang);
        }
        long t1 = THREADS.getCurrentThreadCpuTime();
        long p1 = process();
        long after = used();
        System.out.printf(Locale.ROOT, "all segmenters (profiles, lists, lexicons; first, with class loading)\t-\t%d\t%.0f\t(process %.0f)%n",
                after - before, (t1 - t0) / 1e6, (p1 - p0) / 1e6);
        for (String list : List.of("th/words.txt", "lo/words.txt", "km/words.txt", "my/words.txt", "vi/words.txt",
                "vi/name-titles.txt")) {
            String text = resource(list);
            int entries = WordList.parse(text, list).size();
            measure("WordList " + list, entries, () -> WordList.parse(text, list), 200, rounds);
            measure("set alone " + list, entries, () -> setAlone(text), 200, rounds);
        }
        for (String lexicon : List.of("th/lexicon.tsv", "lo/lexicon.tsv", "km/lexicon.tsv", "my/lexicon.tsv")) {
            String text = resource(lexicon);
            measure("Lexicon " + lexicon, -1, () -> Lexicon.parse(text, lexicon), 3, rounds);
        }
        System.out.println("# " + Runtime.version() + ", " + segmenters.getClass().getName());
    }

    /**
     * What a process pays the first time: the four built-in lexicons (Lexicon.resource, as the segmenters load
     * them), then every language's segmenter; thread and process CPU, heap retained. One line, for a fresh JVM.
     */
    static void first() {
        long before = used();
        long t0 = THREADS.getCurrentThreadCpuTime();
        long p0 = process();
        List<Object> lexicons = new ArrayList<>();
        for (String lexicon : List.of("th/lexicon.tsv", "lo/lexicon.tsv", "km/lexicon.tsv", "my/lexicon.tsv")) {
            lexicons.add(Lexicon.resource(lexicon));
        }
        long t1 = THREADS.getCurrentThreadCpuTime();
        long p1 = process();
        held = lexicons;
        long lexiconHeap = used() - before;
        Segmenters segmenters = new Segmenters(LanguageProfiles.builtIn());
        for (String lang : List.of("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil", "jv", "su", "ceb", "tet",
                "zh", "ta", "en", "und")) {
            segmenters.forLanguage(lang);
        }
        long t2 = THREADS.getCurrentThreadCpuTime();
        long p2 = process();
        held = List.of(lexicons, segmenters);
        long allHeap = used() - before;
        System.out.printf(Locale.ROOT, "lexicons_thread_ms %.1f lexicons_process_ms %.1f lexicons_heap %d "
                + "segmenters_thread_ms %.1f segmenters_process_ms %.1f all_heap %d%n", (t1 - t0) / 1e6,
                (p1 - p0) / 1e6, lexiconHeap, (t2 - t1) / 1e6, (p2 - p1) / 1e6, allHeap);
    }

    static void measure(String what, int entries, Supplier<Object> load, int copies, int rounds) {
        long[] cpu = new long[rounds];
        long[] retained = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long before = used();
            long t0 = THREADS.getCurrentThreadCpuTime();
            fill(load, copies);
            cpu[r] = (THREADS.getCurrentThreadCpuTime() - t0) / copies;
            long after = used();
            held = null;
            long released = used();
            // held minus released: both measured with the same stale references, if the VM keeps any
            retained[r] = (after - released) / copies;
            if (System.getenv("WLM_DEBUG") != null) {
                System.out.println("  " + what + " r" + r + " before " + before + " after " + after + " released " + released);
            }
        }
        long[] later = Arrays.copyOfRange(cpu, 1, rounds);
        Arrays.sort(later);
        long[] kept = retained.clone();
        Arrays.sort(kept);
        System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%.3f\t%.3f%n", what, entries, kept[rounds / 2], cpu[0] / 1e6,
                later[later.length / 2] / 1e6);
    }

    /** Loads {@code copies} and keeps them in {@link #held}, in a frame of its own that is gone when measuring. */
    static void fill(Supplier<Object> load, int copies) {
        List<Object> list = new ArrayList<>(copies);
        for (int i = 0; i < copies; i++) {
            list.add(load.get());
        }
        held = list;
    }

    /** The hash set and map a word list would be without its tries and hash table (same keys as WordList). */
    static Object setAlone(String text) {
        Set<String> words = new HashSet<>();
        java.util.Map<String, List<String>> splits = new java.util.HashMap<>();
        for (String line : text.split("\\R", -1)) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.indexOf('|') >= 0) {
                splits.put(entry.replace("|", "").replace(" ", ""), List.of(entry.split("\\s*\\|\\s*", -1)));
            } else {
                words.add(entry);
            }
        }
        return List.of(Set.copyOf(words), java.util.Map.copyOf(splits));
    }

    static String resource(String name) throws Exception {
        try (InputStream in = WordList.class.getResourceAsStream("/org/seacorpus/lang/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static long process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
