import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two builds in one JVM (a class loader each), MixedWork's quality stage on every document of a generated corpus in
 * file order (languages interleaved, as import meets them), builds alternating every round (order reversed every
 * other round); warm-up rounds compare the digests. Prints MB (UTF-8) per CPU second of the thread per build.
 * <pre>java -cp DRIVER:JAR MixedTwoJars GEN_DIR ROUNDS WARMUP base=JAR1 after=JAR2</pre> (-Dwork.dir= MixedWork)
 */
public final class MixedTwoJars {
    public static void main(String[] args) throws Exception {
        Path gen = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int warm = Integer.parseInt(args[2]);
        List<String> names = new ArrayList<>();
        List<Method> runs = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            URL[] urls = {Path.of(kv[1]).toUri().toURL(), Path.of(System.getProperty("work.dir")).toUri().toURL()};
            ClassLoader loader = new URLClassLoader(kv[0], urls, ClassLoader.getPlatformClassLoader());
            names.add(kv[0]);
            runs.add(Class.forName("MixedWork", true, loader).getMethod("run", String[].class, String[].class));
        }
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, String> langOf = new HashMap<>();
        for (String line : Files.readAllLines(gen.resolve("truth.jsonl"))) {
            var node = mapper.readTree(line);
            langOf.put(node.get("id").asText(), node.get("lang").asText());
        }
        List<String> langs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (var files = Files.list(gen)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("docs-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    var node = mapper.readTree(line);
                    langs.add(langOf.getOrDefault(node.get("id").asText(), "und"));
                    String text = node.get("text").asText();
                    texts.add(text);
                    bytes += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                }
            }
        }
        String[] l = langs.toArray(String[]::new);
        String[] t = texts.toArray(String[]::new);
        long[] total = new long[names.size()];
        Long digest = null;
        boolean same = true;
        System.err.printf("load at start %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        for (int r = 0; r < warm + rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                int b = r % 2 == 0 ? k : names.size() - 1 - k;
                long[] res = (long[]) runs.get(b).invoke(null, l, t);
                if (r < warm) {
                    same &= digest == null || digest == res[1];
                    digest = res[1];
                } else {
                    total[b] += res[0];
                }
            }
            System.err.printf("round %d done (load %s)%n", r, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        }
        double mb = bytes / 1e6 * rounds;
        for (int b = 0; b < names.size(); b++) {
            System.out.printf(Locale.ROOT, "quality, languages interleaved: %s %.2f MB per CPU s%n", names.get(b),
                    mb / (total[b] / 1e9));
        }
        System.out.printf(Locale.ROOT, "ratio %.3f, same signals %s (%d documents, %.1f MB a round)%n",
                (double) total[0] / total[names.size() - 1], same, t.length, bytes / 1e6);
    }
}
