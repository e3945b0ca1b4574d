import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.seacorpus.document.LangSpan;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.identify.LanguageIdentifier;

/**
 * Loaded once per build (its own class loader, see pipe10's StageTwoJars): import's language-identification stage
 * alone, LanguageIdentifier.builtIn().identifyDocument(text) as LanguageIdentifyStage calls it, timed in this
 * thread's CPU time. The digest covers every answer to the last bit: language, script, the score's bits, and every
 * span's offsets, language, script, score bits and inherited flag. Returns {cpu ns, digest}.
 * Adapted from imp12's StageWork (text17: only the "langid" stage).
 */
public final class StageWork {
    private static final LanguageIdentifier LANGID = LanguageIdentifier.builtIn();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StageWork() {
    }

    public static long[] run(String stage, String lang, String[] texts, boolean digest) {
        if (!stage.equals("langid")) {
            throw new IllegalArgumentException(stage);
        }
        long ns = 0;
        long h = 0;
        for (String text : texts) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            LanguageInfo info = LANGID.identifyDocument(text);
            ns += THREADS.getCurrentThreadCpuTime() - t0;
            long d = info.lang().hashCode() * 31L + info.script().hashCode();
            d = d * 31 + Double.doubleToLongBits(info.score());
            if (digest) {
                for (LangSpan s : info.spans()) {
                    d = d * 31 + s.start();
                    d = d * 31 + s.end();
                    d = d * 31 + s.lang().hashCode();
                    d = d * 31 + s.script().hashCode();
                    d = d * 31 + Double.doubleToLongBits(s.score());
                    d = d * 31 + (s.inherited() ? 1 : 0);
                }
            }
            h = h * 31 + d;
        }
        return new long[] {ns, h};
    }
}
