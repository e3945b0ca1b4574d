import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.seacorpus.dedupe.DedupeKeysStage;
import org.seacorpus.dedupe.DedupeSettings;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Document;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Origin;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.QualityStage;
import org.seacorpus.quality.Stopwords;
import org.seacorpus.segment.AnalyzeStage;
import org.seacorpus.segment.Segmenters;

/**
 * qd18: import's quality and dedupe-keys stages alone, as import runs them. Each text goes through the analyse
 * stage first (not timed: it cuts the words and attaches the TokenForms the two stages read), then "qstage" times
 * QualityStage.apply, "dstage" DedupeKeysStage.apply, "both" the two one after the other, in this thread's CPU
 * time. For lang "mix" each text is "lang TAB text", in the corpus's order (languages interleaved, as an import
 * worker sees them). Returns {cpu ns, digest of every answer: every signal's bits; the loose hash, scheme, shingle
 * count, signature, band keys, line hashes and shingle set}. Loaded once per build by StageTwoJars (pipe10's).
 */
public final class StageWork {
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private static final Segmenters SEGMENTERS = new Segmenters(PROFILES);
    private static final AnalyzeStage ANALYZE = new AnalyzeStage(SEGMENTERS);
    private static final QualityStage QUALITY =
            new QualityStage(new QualityAnalyzer(PROFILES, SEGMENTERS, Stopwords.builtIn()));
    private static final DedupeKeysStage DEDUPE = new DedupeKeysStage(SEGMENTERS, DedupeSettings.DEFAULTS);
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
            Document doc = ANALYZE.apply(Document.extracted(Origin.of("stage.txt", ""), text).withLanguage(info));
            long t0 = THREADS.getCurrentThreadCpuTime();
            switch (stage) {
                case "qstage" -> doc = QUALITY.apply(doc);
                case "dstage" -> doc = DEDUPE.apply(doc);
                case "both" -> doc = DEDUPE.apply(QUALITY.apply(doc));
                default -> throw new IllegalArgumentException(stage);
            }
            ns += THREADS.getCurrentThreadCpuTime() - t0;
            long d = 0;
            if (digest) {
                var q = doc.annotation(QualitySignals.class);
                if (q.isPresent()) {
                    for (double x : q.get().values()) {
                        d = d * 31 + Double.doubleToRawLongBits(x);
                    }
                }
                var k = doc.annotation(DedupeKeys.class);
                if (k.isPresent()) {
                    DedupeKeys keys = k.get();
                    d = d * 31 + keys.looseHash().hashCode();
                    d = d * 31 + keys.scheme().hashCode();
                    d = d * 31 + keys.shingles();
                    d = d * 31 + Arrays.hashCode(keys.signature());
                    d = d * 31 + Arrays.hashCode(keys.bands());
                    d = d * 31 + Arrays.hashCode(keys.lineHashes());
                    d = d * 31 + Arrays.hashCode(keys.shingleSet());
                }
            } else {
                d = 1;
            }
            h = h * 31 + d;
        }
        return new long[] {ns, h};
    }
}
