import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualityStage;
import org.seacorpus.quality.Stopwords;
import org.seacorpus.segment.AnalyzeStage;
import org.seacorpus.segment.Segmenters;

/**
 * quality16's cut of imp12's StageWork (loaded once per build, its own class loader, see StageTwoJars): the
 * quality stage alone, in this thread's CPU time. "quality": QualityAnalyzer.measure(text, language) with no token
 * forms (its own word ids); "qstage": the document through the analyse stage first (not timed), then
 * QualityStage.apply as import runs it (the analyse stage's TokenForms number the words). For lang "mix" each text
 * is "lang TAB text" and the texts come in the corpus's order, languages interleaved as one import worker sees them.
 * Returns {cpu ns, digest of every signal's bits}.
 */
public final class StageWork {
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private static final Segmenters SEGMENTERS = new Segmenters(PROFILES);
    private static final QualityAnalyzer QUALITY = new QualityAnalyzer(PROFILES, SEGMENTERS, Stopwords.builtIn());
    private static final AnalyzeStage ANALYZE = new AnalyzeStage(SEGMENTERS);
    private static final QualityStage QUALITY_STAGE = new QualityStage(QUALITY);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StageWork() {
    }

    public static long[] run(String stage, String lang, String[] texts, boolean digest) {
        long ns = 0;
        long h = 0;
        for (String t : texts) {
            String l = lang;
            String text = t;
            if (lang.equals("mix")) {
                int tab = t.indexOf('\t');
                l = t.substring(0, tab);
                text = t.substring(tab + 1);
            }
            LanguageInfo info = new LanguageInfo(l, "", 0.9, java.util.List.of(), false);
            double[] v;
            long t0;
            switch (stage) {
                case "quality" -> {
                    SEGMENTERS.forLanguage(l).words(text); // cut first, as the analyse stage does in import
                    t0 = THREADS.getCurrentThreadCpuTime();
                    v = QUALITY.measure(text, info).values();
                }
                case "qstage" -> {
                    var doc = org.seacorpus.document.Document.extracted(
                            org.seacorpus.document.Origin.of("stage.txt", ""), text).withLanguage(info);
                    doc = ANALYZE.apply(doc);
                    t0 = THREADS.getCurrentThreadCpuTime();
                    doc = QUALITY_STAGE.apply(doc);
                    v = doc.annotation(org.seacorpus.quality.QualitySignals.class).orElseThrow().values();
                }
                default -> throw new IllegalArgumentException(stage);
            }
            ns += THREADS.getCurrentThreadCpuTime() - t0;
            long d = 0;
            if (digest) {
                for (double x : v) {
                    d = d * 31 + Double.doubleToRawLongBits(x);
                }
            } else {
                d = v.length;
            }
            h = h * 31 + d;
        }
        return new long[] {ns, h};
    }
}
