// Harness.java DOCS: how much of a compiled round of corpus-bench normalize is the harness's own loop. The same
// loop shape as NormalizeBenchCommand.timedLoop (a megamorphic UnaryOperator over each language's texts, keeping
// the output's length), with three contenders: the shipped normaliser, ICU NFC and the identity (text -> text:
// the loop, the call and the list, no normalising). Each contender is run alone for 20 untimed rounds, then 10
// timed rounds; the order is ours, icu, identity, identity, icu, ours. Calling thread's CPU time.
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import java.util.function.UnaryOperator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Normalizer2;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.ScriptAwareNormalizer;
import org.seacorpus.normalize.NormalizerOptions;

public class Harness {
    static long timedLoop(List<String> texts, UnaryOperator<String> f) {
        long sum = 0;
        for (int i = 0; i < texts.size(); i++) {
            sum += f.apply(texts.get(i)).length();
        }
        return sum;
    }

    static long round(Map<String, List<String>> byLang, UnaryOperator<String> f) {
        long s = 0;
        for (List<String> t : byLang.values()) {
            s += timedLoop(t, f);
        }
        return s;
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> byLang = new TreeMap<>();
        long bytes = 0;
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("docs-\\d+\\.jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    var node = json.readTree(line);
                    String text = node.get("text").asText();
                    byLang.computeIfAbsent(node.path("lang").asText(""), l -> new ArrayList<>()).add(text);
                    bytes += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                }
            }
        }
        ScriptAwareNormalizer ours = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(), NormalizerOptions.defaults());
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        Map<String, UnaryOperator<String>> c = new LinkedHashMap<>();
        c.put("ours", t -> ours.normalize(t).text());
        c.put("icu", nfc::normalize);
        c.put("identity", t -> t);
        var threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (var f : c.values()) { sink += round(byLang, f); } // the call site sees all three
        Map<String, List<Double>> perRound = new LinkedHashMap<>();
        for (String name : List.of("ours", "icu", "identity", "identity", "icu", "ours")) {
            var f = c.get(name);
            for (int r = 0; r < 20; r++) sink += round(byLang, f);
            long t0 = threads.getCurrentThreadCpuTime();
            for (int r = 0; r < 10; r++) sink += round(byLang, f);
            double ms = (threads.getCurrentThreadCpuTime() - t0) / 1e6 / 10;
            perRound.computeIfAbsent(name, k -> new ArrayList<>()).add(ms);
            System.out.printf(Locale.ROOT, "%s: %.1f ms of thread CPU per round of %.1f MB (%.0f MB/CPU s)%n", name, ms,
                    bytes / 1e6, bytes / 1e6 / (ms / 1e3));
        }
        System.out.printf(Locale.ROOT, "load %.2f; sink %d%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sink % 10);
    }
}
