package org.seacorpus.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench stage-shares FILE.jfr}: where an import's CPU went, by stage, from a flight recording of it
 * ({@code bin/bench} records the import phase with {@code BENCH_JFR=1}). Each execution sample (a Java thread
 * running Java code) goes to the stage of the frame nearest the top of its stack that names one: the stages of the
 * import pipeline, building the Lucene fields, Lucene's indexing, flushing and merging, and the loading of models
 * and lexicons (a cost paid once per process). JIT compiler and GC threads are not sampled: the shares are of the
 * Java threads' CPU, which the process CPU time of the import phase also includes with the JVM's own work.
 * <p>
 * Execution samples see only threads running Java code. A thread in a native method is sampled by another event
 * ({@code jdk.NativeMethodSample}), whether it computes or waits there; the native methods that only compute
 * (zlib's DEFLATE of the stored fields with Lucene's {@code BEST_COMPRESSION}, inflation, checksums, zstd) are
 * counted too, in a row of their own, each weighted by the ratio of the two events' sampling periods (20 ms against
 * 10 ms in JDK 25's {@code profile} settings). JFR takes at most one thread in native code per period, so while two
 * workers compress at once one of them goes unseen: the row is a lower bound. In a 100k import the stored fields'
 * DEFLATE came to a tenth of the sampled CPU, which the table did not show before.
 */
@Command(name = "stage-shares", mixinStandardHelpOptions = true,
        description = "Share of each import stage in the sampled CPU of a flight recording of an import; print JSON.")
final class StageSharesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A JFR recording of an import (jdk.ExecutionSample events).")
    Path recording;

    /** A stage and the frames that mark it; the first stage whose pattern a frame matches wins. */
    private record Stage(String name, Pattern frame) {
        Stage(String name, String regex) {
            this(name, Pattern.compile(regex));
        }
    }

    static final String OTHER = "other (JVM, JFR, threads outside the import)";
    static final String NATIVE = "compression in native code (zlib: stored fields)";
    /** Native methods that compute rather than wait: a sample in one of them is CPU spent. */
    private static final Pattern COMPUTING_NATIVE = Pattern.compile(
            "^(java\\.util\\.zip\\.(Deflater|Inflater|CRC32C?|Adler32)\\.|com\\.github\\.luben\\.zstd\\.)");

    private static final List<Stage> STAGES = List.of(
            new Stage("start-up: models, lexicons, class loading",
                    "Lexicon\\.(load|parse|build|resource)|TrainingDataLanguageModel|PairModel\\.(read|<init>)"
                            + "|NgramModel(Format)?\\$?\\w*\\.(load|read)|LangidModels|Stopwords\\.load|<clinit>"
                            + "|BenchCommand\\.main|ClassLoader|LanguageModels?\\."),
            new Stage("normalise", "NormalizeStage\\."),
            new Stage("identify language", "LanguageIdentifyStage\\."),
            new Stage("segment and count", "AnalyzeStage\\."),
            new Stage("quality signals", "QualityStage\\."),
            new Stage("dedupe keys (MinHash, hashes)", "DedupeKeysStage\\."),
            new Stage("fingerprint, lookup of the stored document", "ImportFingerprint\\.|CorpusStore\\.lookup"),
            new Stage("flush and commit", "IndexWriter\\.commit|Checkpoints\\.commit|prepareCommit"
                    + "|DocumentsWriter\\.(flush|doFlush)|DocumentsWriterPerThread\\.flush"),
            new Stage("segment merges", "ConcurrentMergeScheduler|MergeThread|IndexWriter\\.merge"),
            new Stage("Lucene indexing (analysis, inversion, doc values, stored fields)",
                    "IndexWriter\\.(add|update)Documents?"),
            new Stage("field building (DocumentMapper)", "DocumentMapper\\.toLucene|CorpusStore\\.write"),
            new Stage("extract (JSONL rows) and import glue",
                    "Extractor\\.|ImportJob|ImportWriter|InputReader|SourceRun|DocumentPipeline"));

    @Override
    public Integer call() throws IOException {
        Map<String, Long> samples = new LinkedHashMap<>();
        STAGES.forEach(stage -> samples.put(stage.name(), 0L));
        samples.put(NATIVE, 0L);
        samples.put(OTHER, 0L);
        long total = 0;
        long computingNative = 0;
        Periods periods = new Periods();
        try (RecordingFile file = new RecordingFile(recording)) {
            periods.typeIds(file.readEventTypes());
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        total++;
                        samples.merge(stageOf(event.getStackTrace()), 1L, Long::sum);
                    }
                    case "jdk.NativeMethodSample" -> {
                        if (computesInNative(event.getStackTrace())) {
                            computingNative++;
                        }
                    }
                    case "jdk.ActiveSetting" -> periods.setting(event);
                    default -> {
                    }
                }
            }
        }
        // a native sample stands for as much CPU as weight execution samples
        double weight = periods.nativeWeight();
        samples.put(NATIVE, computingNative);
        Map<String, Object> shares = new LinkedHashMap<>();
        double all = Math.max(1, total + computingNative * weight);
        samples.forEach((stage, n) -> shares.put(stage,
                Costs.round(100.0 * (stage.equals(NATIVE) ? n * weight : n) / all, 1)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("recording", recording.toString());
        out.put("samples", total);
        out.put("native_samples_computing", computingNative);
        out.put("native_sample_weight", Costs.round(weight, 2));
        out.put("percent_of_samples", shares);
        BenchCommand.print(spec, out);
        return 0;
    }

    /** True when the sampled thread is in a native method that computes (its top frame, {@link #COMPUTING_NATIVE}). */
    static boolean computesInNative(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return false;
        }
        RecordedFrame top = stack.getFrames().get(0);
        return COMPUTING_NATIVE.matcher(top.getMethod().getType().getName() + "." + top.getMethod().getName())
                .find();
    }

    /**
     * The sampling periods of execution and native samples, from the recording's {@code jdk.ActiveSetting} events
     * (the last setting of each wins); JDK 25's {@code profile} defaults (10 and 20 ms) where the recording does not
     * say.
     */
    static final class Periods {
        private long executionType = -1;
        private long nativeType = -1;
        private double executionMillis = 10;
        private double nativeMillis = 20;

        void typeIds(List<jdk.jfr.EventType> types) {
            for (jdk.jfr.EventType type : types) {
                if (type.getName().equals("jdk.ExecutionSample")) {
                    executionType = type.getId();
                } else if (type.getName().equals("jdk.NativeMethodSample")) {
                    nativeType = type.getId();
                }
            }
        }

        void setting(RecordedEvent event) {
            if (!"period".equals(event.getString("name"))) {
                return;
            }
            long id = event.getLong("id");
            double millis = millis(event.getString("value"));
            if (Double.isNaN(millis)) {
                return;
            }
            if (id == executionType) {
                executionMillis = millis;
            } else if (id == nativeType) {
                nativeMillis = millis;
            }
        }

        /** How many execution samples one native sample stands for. */
        double nativeWeight() {
            return nativeMillis / executionMillis;
        }

        /** A JFR period ("20 ms", "1 s", "500 us") in milliseconds; NaN for "everyChunk" and the like. */
        static double millis(String value) {
            java.util.regex.Matcher m = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|s)\\s*$").matcher(value);
            if (!m.matches()) {
                return Double.NaN;
            }
            double n = Double.parseDouble(m.group(1));
            return switch (m.group(2)) {
                case "ns" -> n / 1e6;
                case "us" -> n / 1e3;
                case "ms" -> n;
                default -> n * 1e3;
            };
        }
    }

    private static String stageOf(RecordedStackTrace stack) {
        if (stack == null) {
            return OTHER;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame()) {
                continue;
            }
            String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            for (Stage stage : STAGES) {
                if (stage.frame().matcher(name).find()) {
                    return stage.name();
                }
            }
        }
        return OTHER;
    }
}
