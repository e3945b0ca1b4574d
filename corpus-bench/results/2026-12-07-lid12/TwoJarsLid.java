import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two bench jars in one process, each in its own class loader, alternating round by round, so that the load of a
 * shared machine falls on both alike: the shipped identifier of each jar and its own models without Lingua
 * (weights 0, 1), over the development set's mixed (all 17 labels) or Indonesian/Malay sentences. Each measurement
 * is about a second of the calling thread's CPU; the process's CPU over it is read too (Lingua computes on the
 * common fork-join pool), and the JVM's compiler and collector threads count in it for both jars alike.
 * java -Xmx2g TwoJarsLid.java START_JAR BRANCH_JAR DEVDIR ROUNDS
 */
public class TwoJarsLid {
    record Identifier(String name, Object instance, MethodHandle identify) {
    }

    public static void main(String[] args) throws Throwable {
        List<Identifier> identifiers = new ArrayList<>();
        for (int j = 0; j < 2; j++) {
            String jarName = j == 0 ? "start" : "branch";
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[j]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> langid = loader.loadClass("org.seacorpus.lang.identify.LanguageIdentifier");
            Class<?> weights = loader.loadClass("org.seacorpus.lang.identify.LanguageIdentifier$Weights");
            Class<?> profiles = loader.loadClass("org.seacorpus.lang.LanguageProfiles");
            Class<?> models = loader.loadClass("org.seacorpus.lang.identify.LangidModels");
            Class<?> model = loader.loadClass("org.seacorpus.lang.identify.NgramModel");
            Object shipped = langid.getMethod("builtIn").invoke(null);
            Object own = langid.getConstructor(profiles, model, weights).newInstance(
                    profiles.getMethod("builtIn").invoke(null), models.getMethod("builtIn").invoke(null),
                    weights.getConstructor(double.class, double.class).newInstance(0.0, 1.0));
            MethodHandle identify = MethodHandles.publicLookup().findVirtual(langid, "identify",
                    MethodType.methodType(loader.loadClass("org.seacorpus.lang.identify.Identification"),
                            CharSequence.class));
            identifiers.add(new Identifier(jarName + " shipped", shipped, identify));
            identifiers.add(new Identifier(jarName + " own models", own, identify));
        }
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int rounds = Integer.parseInt(args[3]);
        for (String set : List.of("mixed", "id-ms")) {
            List<String> sentences = sentences(Path.of(args[2]), set.equals("mixed")
                    ? List.of("ceb", "en", "fil", "id", "jv", "km", "lo", "ms", "my", "shn", "su", "ta", "tet", "th",
                    "und", "vi", "zh") : List.of("id", "ms"));
            long passBytes = 0;
            for (String s : sentences) {
                passBytes += s.getBytes(StandardCharsets.UTF_8).length;
            }
            long[][] sums = new long[identifiers.size()][3];
            for (int round = -2; round < rounds; round++) {       // two warm-up rounds
                for (int i = 0; i < identifiers.size(); i++) {
                    Identifier id = identifiers.get(i);
                    long t0 = threads.getCurrentThreadCpuTime();
                    long p0 = os.getProcessCpuTime();
                    long bytes = 0;
                    int h = 0;
                    while (threads.getCurrentThreadCpuTime() - t0 < 1_000_000_000L) {
                        for (String s : sentences) {
                            h += id.identify().invoke(id.instance(), s).hashCode();
                        }
                        bytes += passBytes;
                    }
                    if (round >= 0) {
                        sums[i][0] += bytes;
                        sums[i][1] += threads.getCurrentThreadCpuTime() - t0;
                        sums[i][2] += os.getProcessCpuTime() - p0;
                    }
                    if (h == 42) {
                        System.out.print("");
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s (%d sentences, %d rounds), load %s%n", set, sentences.size(), rounds,
                    Files.readString(Path.of("/proc/loadavg")).trim());
            for (int i = 0; i < identifiers.size(); i++) {
                System.out.printf(Locale.ROOT, "| %s | %s | thread %.2f MB/CPU-s | process %.2f MB/CPU-s |%n", set,
                        identifiers.get(i).name(), sums[i][0] / 1e6 / (sums[i][1] / 1e9),
                        sums[i][0] / 1e6 / (sums[i][2] / 1e9));
            }
        }
    }

    static List<String> sentences(Path dir, List<String> languages) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        for (String lang : languages) {
            for (String line : Files.readAllLines(dir.resolve(lang + ".tsv"), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", 3);
                    out.add(f[f.length - 1]);
                }
            }
        }
        return out;
    }
}
