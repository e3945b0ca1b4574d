package org.seacorpus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ReportCommandTest {
    @TempDir
    Path results;

    private String report() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out, true));
        int code = cli.execute("report", "--results", results.toString());
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void putsEachFigureBesideItsBaselineWithTheRatioAndShowsMissingPhasesAsDashes() throws Exception {
        Path small = Files.createDirectories(results.resolve("10000"));
        Files.writeString(small.resolve("import.json"),
                "{\"docs_per_second\": 100, \"docs_per_cpu_second\": 200, \"cpu_seconds\": 50.0, \"load_average\": 3.5}");
        Files.writeString(small.resolve("index-same.json"),
                "{\"docs_per_second\": 400, \"docs_per_cpu_second\": 1000, \"cpu_seconds\": 10.0}");
        Files.writeString(small.resolve("normalize.json"), "{\"ratio_cpu\": 7.5}");
        Path large = Files.createDirectories(results.resolve("100000"));
        Files.writeString(large.resolve("import.json"), "{\"cpu_seconds\": 600.0}");
        Files.writeString(large.resolve("dedupe.json"), "{}"); // a phase cut short

        String md = report();

        assertThat(md).contains("### 10,000 documents").contains("### 100,000 documents");
        assertThat(md.indexOf("### 10,000")).isLessThan(md.indexOf("### 100,000"));
        assertThat(md).contains("| 100; 200 | 400; 1,000 | 4.00× wall, 5.00× CPU | 50.0 / 10.0 |");
        assertThat(md).contains("| 7.5× the CPU time |");
        assertThat(md).contains("| dedupe (docs/s wall; docs/CPU s) | —; — |");
        // 600 CPU s for 10× the documents: 12× the CPU time, 1.2× per document
        assertThat(md).contains("| import | 50.0 | 600 | 12.0 | 1.20 |");
    }

    @Test
    void statesTheJvmOptionsOfImportAndSaysWhenABaselineRanWithOthers() throws Exception {
        Path small = Files.createDirectories(results.resolve("10000"));
        Files.writeString(small.resolve("import.json"), "{\"cpu_seconds\": 30.0, \"jvm_options\": [\"-Xmx1g\", "
                + "\"-XX:+UseParallelGC\"], \"collectors\": [\"PS Scavenge\", \"PS MarkSweep\"]}");
        Files.writeString(small.resolve("index-same.json"), "{\"cpu_seconds\": 10.0, \"analyzer\": \"same\", "
                + "\"jvm_options\": [\"-Xmx1g\", \"-XX:+UseParallelGC\"], \"collectors\": [\"PS Scavenge\"]}");
        Files.writeString(small.resolve("index-icu.json"), "{\"cpu_seconds\": 12.0, \"analyzer\": \"icu\", "
                + "\"jvm_options\": [\"-Xmx1g\"], \"collectors\": [\"G1 Young Generation\"]}");
        Path large = Files.createDirectories(results.resolve("100000"));
        Files.writeString(large.resolve("import.json"), "{\"cpu_seconds\": 300.0}"); // written before session 14

        String md = report();

        assertThat(md).contains("JVM options of import: `-Xmx1g -XX:+UseParallelGC` (collectors: PS Scavenge, "
                + "PS MarkSweep). Bare Lucene, same analyzers: the same. Bare Lucene, ICUTokenizer: `-Xmx1g` "
                + "(collectors: G1 Young Generation), NOT the options of import: its ratio compares unlike runs.");
        assertThat(md.substring(md.indexOf("### 100,000 documents"))).doesNotContain("JVM options of import");
    }

    @Test
    void saysWhichImportGoalsTheRunMeetsAndListsTheStageShares() throws Exception {
        Path small = Files.createDirectories(results.resolve("10000"));
        Files.writeString(small.resolve("import.json"), "{\"cpu_seconds\": 30.0}");
        Files.writeString(small.resolve("index-same.json"), "{\"cpu_seconds\": 10.0}");
        Files.writeString(small.resolve("normalize.json"), "{\"ratio_cpu\": 2.5, \"normalizer\": "
                + "{\"mb_per_cpu_second\": 40.0}, \"icu_nfc\": {\"mb_per_cpu_second\": 100.0}}");
        Files.writeString(small.resolve("stage-shares.json"), "{\"samples\": 900, \"percent_of_samples\": "
                + "{\"identify language\": 16.25, \"segment and count\": 14.5}}");
        Path large = Files.createDirectories(results.resolve("100000"));
        Files.writeString(large.resolve("import.json"), "{\"cpu_seconds\": 150.0}");
        Files.writeString(large.resolve("index-same.json"), "{\"cpu_seconds\": 100.0}");

        String md = report();

        assertThat(md).contains("#### Goals of issue 16 at 10,000 documents");
        assertThat(md).contains("| import ≤ 2× the CPU of bare Lucene, same analyzers | 3.00× (30.0 CPU s) | 10.0 CPU s | no |");
        assertThat(md).contains("| normaliser ≤ 3× the CPU of ICU NFC | 2.50× (40.0 MB/CPU s) | 100 MB/CPU s | yes |");
        assertThat(md).contains("| identify language | 16.3 % |").contains("(900 JFR samples)");
        String large100k = md.substring(md.indexOf("#### Goals of issue 16 at 100,000 documents"));
        assertThat(large100k).contains("| 1.50× (150 CPU s) | 100 CPU s | yes |")
                .contains("| normaliser ≤ 3× the CPU of ICU NFC | — (— MB/CPU s) | — MB/CPU s | — |")
                .doesNotContain("JFR samples");
    }

    @Test
    void judgesTheImportGoalOnTheMedianOfItsPairsAndListsEachPair() throws Exception {
        Path small = Files.createDirectories(results.resolve("10000"));
        Files.writeString(small.resolve("import.json"), "{\"cpu_seconds\": 30.0}");
        Files.writeString(small.resolve("index-same.json"), "{\"cpu_seconds\": 10.0}");
        Files.writeString(small.resolve("import-pair2.json"), "{\"cpu_seconds\": 19.0}");
        Files.writeString(small.resolve("index-same-pair2.json"), "{\"cpu_seconds\": 10.0}");
        Files.writeString(small.resolve("import-pair3.json"), "{\"cpu_seconds\": 19.5}");
        Files.writeString(small.resolve("index-same-pair3.json"), "{\"cpu_seconds\": 10.0}");
        Files.writeString(small.resolve("import-pair4.json"), "{\"cpu_seconds\": 50.0}"); // its baseline cut short
        Path large = Files.createDirectories(results.resolve("100000"));
        Files.writeString(large.resolve("import.json"), "{\"cpu_seconds\": 150.0}");
        Files.writeString(large.resolve("index-same.json"), "{\"cpu_seconds\": 100.0}");
        Files.writeString(large.resolve("import-pair2.json"), "{\"cpu_seconds\": 210.0}");
        Files.writeString(large.resolve("index-same-pair2.json"), "{\"cpu_seconds\": 100.0}");

        String md = report();

        // ratios 3.00, 1.90, 1.95: the median meets the goal though the first pair does not
        assertThat(md).contains("| import ≤ 2× the CPU of bare Lucene, same analyzers | 1.95×, the median of 3 pairs "
                + "run alternately: 3.00× (30.0 / 10.0), 1.90× (19.0 / 10.0), 1.95× (19.5 / 10.0) CPU s | bare Lucene "
                + "in each pair | yes |");
        // two pairs: the mean of their ratios, 1.50 and 2.10
        assertThat(md.substring(md.indexOf("#### Goals of issue 16 at 100,000 documents")))
                .contains("| 1.80×, the median of 2 pairs run alternately: 1.50× (150.0 / 100.0), 2.10× (210.0 / 100.0) CPU s")
                .contains("| yes |");
    }

    @Test
    void reportsTheLanguageIdAndStartUpGoalsFromTheirPhasesAndSaysWhichWereNotRun() throws Exception {
        Path small = Files.createDirectories(results.resolve("10000"));
        Files.writeString(small.resolve("langid.json"), """
                {"sets": {"mixed": {"seacorpus": {"mb_per_cpu_second": 12.5, "mb_per_thread_cpu_second": 15.0},
                                    "lingua": {"mb_per_cpu_second": 0.5}, "times_lingua": 25.0,
                                    "goal_mb_per_cpu_second": 10.0, "met": true},
                          "id_ms": {"seacorpus": {"mb_per_cpu_second": 3.25, "mb_per_thread_cpu_second": 4.5},
                                    "lingua": {"mb_per_cpu_second": 0.25}, "times_lingua": 13.0,
                                    "goal_mb_per_cpu_second": 5.0, "met": false}}}
                """);
        Files.writeString(small.resolve("startup.json"), """
                {"help": {"wall_seconds": 0.13, "cpu_seconds": 0.2}, "langid-th": {"wall_seconds": 0.2,
                 "cpu_seconds": 0.34}, "langid-ms": {"wall_seconds": 0.61, "cpu_seconds": 0.9},
                 "langid-zh": {"wall_seconds": 0.25, "cpu_seconds": 0.4},
                 "java-version": {"wall_seconds": 0.02, "cpu_seconds": 0.03}, "goal_wall_seconds": 0.5,
                 "load_after": 1.25}
                """);
        Path large = Files.createDirectories(results.resolve("100000"));
        Files.writeString(large.resolve("import.json"), "{\"cpu_seconds\": 150.0}");

        String md = report();

        String small10k = md.substring(md.indexOf("#### Goals of issue 16 at 10,000"), md.indexOf("### 100,000"));
        assertThat(small10k)
                .contains("| language ID ≥ 10 MB per CPU s of the process, mixed sentences | 12.50 (15.00 by the "
                        + "calling thread) | Lingua alone 0.50 (×25.0) | yes |")
                .contains("| language ID ≥ 5 MB per CPU s of the process, Indonesian/Malay sentences | 3.25 (4.50 "
                        + "by the calling thread) | Lingua alone 0.25 (×13.0) | no |")
                .contains("| `corpus --help` < 0.5 s wall (median) | 0.13 s (0.20 s CPU) | bare JVM 0.02 s (load 1.3) "
                        + "| yes |")
                .contains("| `corpus langid` on one Malay line < 0.5 s wall (median) | 0.61 s (0.90 s CPU) | bare JVM "
                        + "0.02 s (load 1.3) | no |")
                .contains("| `corpus langid` on one Chinese line < 0.5 s wall (median) | 0.25 s (0.40 s CPU) | bare "
                        + "JVM 0.02 s (load 1.3) | yes |");
        String large100k = md.substring(md.indexOf("#### Goals of issue 16 at 100,000 documents"));
        assertThat(large100k).contains("| language ID, mixed | not run (phase `langid`) | | — |")
                .contains("| start-up < 0.5 s wall | not run (phase `startup`) | | — |");
    }

    @Test
    void judgesLanguageIdOnTheCompiledIdentifierAndShowsTheShortRoundsBesideIt() throws Exception {
        Path small = Files.createDirectories(results.resolve("10000"));
        Files.writeString(small.resolve("langid.json"), """
                {"sets": {"mixed": {"seacorpus": {"mb_per_cpu_second": 8.4, "mb_per_thread_cpu_second": 11.2},
                                    "lingua": {"mb_per_cpu_second": 0.7}, "times_lingua": 12.0,
                                    "goal_mb_per_cpu_second": 10.0, "met_with_warm_up": false, "met": true,
                                    "seacorpus_compiled": {"mb_per_cpu_second": 26.5, "mb_per_thread_cpu_second": 31.25,
                                                           "settling_mb": 14.0, "settled": true}},
                          "id_ms": {"seacorpus": {"mb_per_cpu_second": 6.0, "mb_per_thread_cpu_second": 6.5},
                                    "lingua": {"mb_per_cpu_second": 0.5}, "times_lingua": 12.0,
                                    "goal_mb_per_cpu_second": 5.0, "met_with_warm_up": true, "met": false,
                                    "seacorpus_compiled": {"mb_per_cpu_second": 4.5, "mb_per_thread_cpu_second": 4.75,
                                                           "settling_mb": 80.0, "settled": false}}}}
                """);

        String md = report();

        assertThat(md)
                .contains("| language ID ≥ 10 MB per CPU s of the process, mixed sentences | 26.50 compiled (31.25 by "
                        + "the calling thread; settled after 14 MB); 8.40 in the short rounds, the compiler's work "
                        + "included | Lingua alone 0.70 (short rounds; ours ×12.0 there) | yes |")
                .contains("| language ID ≥ 5 MB per CPU s of the process, Indonesian/Malay sentences | 4.50 compiled "
                        + "(4.75 by the calling thread; settled after 80 MB, compiler still busy); 6.00 in the short "
                        + "rounds, the compiler's work included | Lingua alone 0.50 (short rounds; ours ×12.0 there) "
                        + "| no |");
    }

    @Test
    void judgesTheNormaliserOnTheCompiledRatioAndShowsTheShortRoundsBesideIt() throws Exception {
        // 10k: the short rounds miss the goal, the compiled figure meets it; 100k: the other way round
        Path small = Files.createDirectories(results.resolve("10000"));
        Files.writeString(small.resolve("normalize.json"), """
                {"normalizer": {"mb_per_cpu_second": 50.2, "cpu_seconds": 1.13},
                 "icu_nfc": {"mb_per_cpu_second": 180.5, "cpu_seconds": 0.52}, "ratio_cpu": 3.6,
                 "normalizer_compiled": {"mb_per_cpu_second": 187.5, "cpu_seconds": 0.61, "settling_mb": 102.1,
                                         "settled": false},
                 "icu_nfc_compiled": {"mb_per_cpu_second": 548.4, "cpu_seconds": 0.21, "settling_mb": 34.0,
                                      "settled": true},
                 "ratio_cpu_compiled": 2.93, "ratio_process_cpu_compiled": 3.04,
                 "goal_judged_on": "ratio_cpu_compiled"}
                """);
        Path large = Files.createDirectories(results.resolve("100000"));
        Files.writeString(large.resolve("normalize.json"), """
                {"normalizer": {"mb_per_cpu_second": 200.0}, "icu_nfc": {"mb_per_cpu_second": 500.0},
                 "ratio_cpu": 2.5,
                 "normalizer_compiled": {"mb_per_cpu_second": 150.0, "settling_mb": 227.0, "settled": true},
                 "icu_nfc_compiled": {"mb_per_cpu_second": 480.0, "settling_mb": 227.0, "settled": true},
                 "ratio_cpu_compiled": 3.2, "ratio_process_cpu_compiled": 3.25}
                """);

        String md = report();

        String small10k = md.substring(md.indexOf("### 10,000"), md.indexOf("### 100,000"));
        assertThat(small10k)
                .contains("| normaliser ≤ 3× the CPU of ICU NFC, the calling thread's clock | 2.93× compiled (188 "
                        + "MB/CPU s; settled after 102 MB, compiler still busy; 3.04× by the process's clock); 3.60× "
                        + "in the short rounds, the compiler's work included (50.2 MB/CPU s) | ICU NFC 548 MB/CPU s "
                        + "compiled (settled after 34 MB); 181 in the short rounds | yes |")
                .contains("| normalise vs ICU NFC, each alone once compiled (MB/CPU s, one thread) | 188 | 548 | "
                        + "2.93× the CPU time | 0.610 / 0.210 |")
                .contains("| normalise vs ICU NFC (MB/CPU s, one thread) | 50.2 | 181 | 3.6× the CPU time |");
        String large100k = md.substring(md.indexOf("#### Goals of issue 16 at 100,000 documents"));
        assertThat(large100k).contains("| normaliser ≤ 3× the CPU of ICU NFC, the calling thread's clock | 3.20× "
                + "compiled (150 MB/CPU s; settled after 227 MB; 3.25× by the process's clock); 2.50× in the short "
                + "rounds, the compiler's work included (200 MB/CPU s) | ICU NFC 480 MB/CPU s compiled (settled "
                + "after 227 MB); 500 in the short rounds | no |");
    }

    @Test
    void rendersTheJmhPairsSideBySide() throws Exception {
        Files.createDirectories(results.resolve("10000"));
        Files.writeString(results.resolve("jmh.json"), """
                [{"benchmark": "org.seacorpus.bench.jmh.NormalizerBenchmark.icuNfc", "params": {"text": "th"},
                  "primaryMetric": {"score": 2.0, "scoreError": 0.1}},
                 {"benchmark": "org.seacorpus.bench.jmh.NormalizerBenchmark.normalizer", "params": {"text": "th"},
                  "primaryMetric": {"score": 30.0, "scoreError": 1.5}},
                 {"benchmark": "org.seacorpus.bench.jmh.MinHashBenchmark.textbookMinHash256", "params": {"text": "th"},
                  "primaryMetric": {"score": 200.0, "scoreError": 9.0}},
                 {"benchmark": "org.seacorpus.bench.jmh.MinHashBenchmark.allKeys", "params": {"text": "th"},
                  "primaryMetric": {"score": 4000.0, "scoreError": 90.0}},
                 {"benchmark": "org.seacorpus.bench.jmh.LanguageIdBenchmark.identifyDocument",
                  "params": {"text": "vi"}, "primaryMetric": {"score": 120.0, "scoreError": "NaN"}}]
                """);

        String md = report();

        assertThat(md).contains("| NormalizerBenchmark.normalizer vs icuNfc | th | 30.0 ± 1.5 | 2.0 ± 0.1 | 15.0× |");
        assertThat(md).contains("| LanguageIdBenchmark.identifyDocument | vi | 120.0 | — | — |");
        assertThat(md).doesNotContain("NormalizerBenchmark.icuNfc |");
        // only the method the baseline replaces is compared with it
        assertThat(md).contains("| MinHashBenchmark.allKeys | th | 4000.0 ± 90.0 | — | — |");
    }

    @Test
    void anEmptyResultsFolderIsAUsageError() {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("report", "--results", results.toString())).isNotZero();
    }
}
