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
        samples.put(OTHER, 0L);
        long total = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                total++;
                samples.merge(stageOf(event.getStackTrace()), 1L, Long::sum);
            }
        }
        Map<String, Object> shares = new LinkedHashMap<>();
        long all = Math.max(1, total);
        samples.forEach((stage, n) -> shares.put(stage, Costs.round(100.0 * n / all, 1)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("recording", recording.toString());
        out.put("samples", total);
        out.put("percent_of_samples", shares);
        BenchCommand.print(spec, out);
        return 0;
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
