import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.seacorpus.dedupe.DedupeKeysStage;
import org.seacorpus.dedupe.DedupeSettings;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.index.TokenFields;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.Stopwords;
import org.seacorpus.segment.Segmentation;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;

/**
 * Loaded once per build (its own class loader, see StageTwoJars): one of import's stages after the analyse stage
 * on texts of one language, as import runs it: the text is cut first (not timed; the segmenter's per-thread cache
 * then hands the stage the same words, as in import), then the stage is timed in this thread's CPU time:
 * quality (QualityAnalyzer.measure), dedupe (DedupeKeysStage.keys with the default schemes), tokens
 * (TokenFields.write into a Lucene document); and (imp12) subfields: every sub-field of the language's text field
 * analysed as the index analyses it (LanguageAnalyzers, the segmenter's cached words, then syllables or bigrams and
 * the case folding), every term, offset and position increment digested; and (imp12) docs: a document through
 * the analyse, quality and dedupe-keys stages and the mapper's Lucene document, as import runs them one after another
 * (its words cut first, not timed, as above; the sentences and everything after are timed), every field's value
 * digested. Returns {cpu ns, digest of every answer}.
 * pipe10's StageWork with the subfields case added.
 */
public final class StageWork {
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private static final Segmenters SEGMENTERS = new Segmenters(PROFILES);
    private static final QualityAnalyzer QUALITY = new QualityAnalyzer(PROFILES, SEGMENTERS, Stopwords.builtIn());
    private static final DedupeKeysStage DEDUPE = new DedupeKeysStage(SEGMENTERS, DedupeSettings.DEFAULTS);
    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers(PROFILES, SEGMENTERS);
    private static final org.seacorpus.segment.AnalyzeStage ANALYZE = new org.seacorpus.segment.AnalyzeStage(SEGMENTERS);
    private static final org.seacorpus.quality.QualityStage QUALITY_STAGE = new org.seacorpus.quality.QualityStage(QUALITY);
    private static final org.seacorpus.index.DocumentMapper MAPPER = new org.seacorpus.index.DocumentMapper(PROFILES, SEGMENTERS);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StageWork() {
    }

    public static long[] run(String stage, String lang, String[] texts, boolean digest) {
        Segmenter segmenter = SEGMENTERS.forLanguage(lang);
        LanguageInfo info = new LanguageInfo(lang, "", 0.9, java.util.List.of(), false);
        long ns = 0;
        long h = 0;
        for (String text : texts) {
            Segmentation segmentation = Segmentation.of(segmenter, text);
            long t0 = THREADS.getCurrentThreadCpuTime();
            long d;
            switch (stage) {
                case "quality" -> {
                    double[] v = QUALITY.measure(text, info).values();
                    d = digest ? Arrays.hashCode(v) : v.length;
                }
                case "dedupe" -> {
                    DedupeKeys k = DEDUPE.keys(text, lang, segmenter);
                    d = digest ? k.looseHash().hashCode() * 31L + Arrays.hashCode(k.signature())
                            + Arrays.hashCode(k.lineHashes()) * 7L + Arrays.hashCode(k.shingleSet()) : k.shingles();
                }
                case "tokens" -> {
                    org.apache.lucene.document.Document out = new org.apache.lucene.document.Document();
                    TokenFields.write(segmentation, out);
                    long x = out.getFields().size();
                    if (digest) {
                        for (var f : out.getFields()) {
                            // BytesRef.hashCode is seeded per class loader: hash the bytes themselves
                            var b = f.binaryValue();
                            x = x * 31 + f.name().hashCode();
                            x = x * 31 + (b == null ? 0
                                    : Arrays.hashCode(Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length)));
                        }
                    }
                    d = x;
                }
                case "subfields" -> {
                    long x = 0;
                    java.util.List<String> fields = ANALYZERS.searchFields(lang);
                    for (String field : fields.subList(1, fields.size())) {
                        try (var ts = ANALYZERS.tokenStream(field, text)) {
                            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                            var off = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
                            var inc = ts.addAttribute(
                                    org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
                            ts.reset();
                            while (ts.incrementToken()) {
                                x = digest ? (x * 31 + term.toString().hashCode()) * 31 + off.startOffset() * 7L
                                        + off.endOffset() * 3L + inc.getPositionIncrement() : x + 1;
                            }
                            ts.end();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    d = x;
                }
                case "docs" -> {
                    var doc = org.seacorpus.document.Document.extracted(
                            org.seacorpus.document.Origin.of("stage.txt", ""), text).withLanguage(info);
                    doc = DEDUPE.apply(QUALITY_STAGE.apply(ANALYZE.apply(doc)));
                    var lucene = MAPPER.toLucene(doc, "fp", java.time.Instant.EPOCH);
                    long x = lucene.getFields().size();
                    if (digest) {
                        for (var f : lucene.getFields()) {
                            x = x * 31 + f.name().hashCode();
                            var b = f.binaryValue();
                            if (b != null) {
                                x = x * 31 + Arrays.hashCode(Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
                            } else if (f.stringValue() != null) {
                                x = x * 31 + f.stringValue().hashCode();
                            } else if (f.numericValue() != null) {
                                x = x * 31 + f.numericValue().hashCode();
                            }
                        }
                    }
                    d = x;
                }
                default -> throw new IllegalArgumentException(stage);
            }
            ns += THREADS.getCurrentThreadCpuTime() - t0;
            h = h * 31 + d;
        }
        return new long[] {ns, h};
    }
}
