import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.List;

/** Probe: the load paths of an import, one after another, thread CPU of each and the process's CPU at the end. */
public class Probe {
    static final java.lang.management.ThreadMXBean T = ManagementFactory.getThreadMXBean();
    static long last = T.getCurrentThreadCpuTime();
    static StringBuilder out = new StringBuilder();

    static void mark(String what) {
        long now = T.getCurrentThreadCpuTime();
        out.append(String.format("%s=%.0f ", what, (now - last) / 1e6));
        last = now;
    }

    public static void main(String[] args) throws Exception {
        var profiles = org.seacorpus.lang.LanguageProfiles.builtIn();
        mark("profiles");
        var n = org.seacorpus.lang.ScriptAwareNormalizer.create(profiles,
                org.seacorpus.normalize.NormalizerOptions.defaults());
        mark("normalizer");
        for (String s : List.of("ภาษาไทยเป็นภาษาราชการ", "ພາສາລາວແມ່ນພາສາ", "Tiếng Việt là ngôn ngữ", "ភាសាខ្មែរ", "မြန်မာဘာသာ")) {
            n.normalize(s);
        }
        mark("normalize5");
        for (String l : List.of("th", "lo", "km", "my")) {
            org.seacorpus.segment.Lexicon.resource(l + "/lexicon.tsv");
        }
        mark("lexicons");
        Class<?> lm = Class.forName("org.seacorpus.lang.identify.LangidModels");
        Object model = lm.getMethod("builtIn").invoke(null);
        mark("ngram");
        Method pairs = lm.getDeclaredMethod("builtInPairs");
        pairs.setAccessible(true);
        Object p = pairs.invoke(null);
        Method knowing = lm.getDeclaredMethod("knowingShippedPairWords", model.getClass(), List.class);
        knowing.setAccessible(true);
        knowing.invoke(null, model, p);
        mark("pairwords");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        out.append(String.format("process=%.0f", os.getProcessCpuTime() / 1e6));
        System.out.println(out);
    }
}
