package org.seacorpus.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.export.SplitSpec;
import org.seacorpus.lang.LanguageProfiles;

/** Reading pipeline files: every key, the defaults, the short forms, and errors that name line and column. */
class PipelineConfigReaderTest {
    private static final Path FILE = Path.of("/work/ci/pipelines/daily.yaml");
    private final PipelineConfigReader reader = new PipelineConfigReader(LanguageProfiles.builtIn());

    private PipelineFile parse(String yaml) {
        return reader.parse(Path.of("daily.yaml"), FILE, yaml);
    }

    private PipelineConfigException error(String yaml) {
        return (PipelineConfigException) org.assertj.core.api.Assertions.catchThrowable(() -> parse(yaml));
    }

    @Test
    void everyKeyIsReadAndPathsResolveAgainstTheFilesFolder() {
        PipelineFile pipeline = parse("""
                name: nightly
                corpus: {home: ../corpora/sea, name: sea, create: false}
                sources:
                  - name: news
                    paths: [incoming/th, "incoming/**/*.jsonl"]
                    include: ["*.txt", "*.jsonl"]
                    exclude: [drafts]
                    lang: th
                    tags: [news, 2025]
                    metadata: {publisher: Khao Sod Ban, year: 2025}
                    text_field: [title, body]
                    id_field: uid
                import: {threads: 2, commit_every: 250, fingerprint: full, on_missing: mark}
                normalization: {thai_marks: true}
                langid: {min_score: 0.8}
                dedupe: {near: true, threshold: 0.8}
                quality: {min_words: 20}
                export:
                  - out: /data/export/th
                    format: jsonl
                    compress: gzip
                    langs: [th]
                    shard_rows: 5000
                checks:
                  required_languages: [th, lo]
                  min_documents_per_language: {th: 100, lo: 10}
                  max_duplicate_rate: 0.05
                  max_failed_inputs: 3
                  min_quality_pass_rate: 0.9
                  on_unavailable: fail
                """);
        PipelineConfig config = pipeline.config();
        assertThat(pipeline.name()).isEqualTo("nightly");
        assertThat(pipeline.resolve(config.corpus().home())).isEqualTo(Path.of("/work/ci/corpora/sea"));
        assertThat(config.corpus().create()).isFalse();
        PipelineConfig.SourceSettings news = config.sources().get(0);
        assertThat(news.paths()).containsExactly("incoming/th", "incoming/**/*.jsonl");
        assertThat(news.tags()).containsExactly("news", "2025");
        assertThat(news.metadata()).isEqualTo(Map.of("publisher", "Khao Sod Ban", "year", "2025"));
        assertThat(news.textField()).containsExactly("title", "body");
        assertThat(news.idField()).isEqualTo("uid");
        assertThat(config.imports().fingerprint()).isEqualTo(PipelineConfig.Fingerprint.FULL);
        assertThat(config.imports().onMissing()).isEqualTo(PipelineConfig.OnMissing.MARK);
        assertThat(config.dedupe()).containsEntry("threshold", 0.8);
        ExportTarget export = config.export().get(0);
        assertThat(export.compress()).isEqualTo(ExportOptions.Compression.GZIP);
        assertThat(export.shardRows()).isEqualTo(5000);
        assertThat(config.checks().minDocumentsPerLanguage().byLanguage()).containsEntry("th", 100);
        assertThat(config.checks().onUnavailable()).isEqualTo(PipelineConfig.OnUnavailable.FAIL);
    }

    @Test
    void exportTargetsTakeEveryCorpusExportOptionWithBenchmarksBesideTheFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("bench"));
        Files.writeString(dir.resolve("bench/exam.jsonl"), "{\"question\": \"ข้าวหอมมะลิปลูกที่ไหน\"}\n");
        PipelineFile pipeline = reader.parse(Path.of("daily.yaml"), dir.resolve("daily.yaml"), """
                sources: [{paths: [in]}]
                quality: {th: {min_words: 30}, max_dup_lines: 0.4}
                export:
                  - out: train
                    format: parquet
                    compress: none
                    langs: [th, id]
                    tags: [news]
                    query: ข้าว
                    include_duplicates: true
                    include_rejected: true
                    quality: true
                    quality_set: {th.min_stopwords: 3, max_top2gram: 0.3}
                    redact_pii: true
                    drop_boilerplate: true
                    split: {train: 0.9, validation: 0.05, test: 0.05}
                    seed: 42
                    shard_rows: 5000
                    shard_size: 64MB
                    decontaminate: [bench/exam.jsonl]
                    contaminated: flag
                checks:
                  min_quality_pass_rate: {all: 0.5, th: 0.8, id: 0.6}
                """);
        ExportTarget t = pipeline.config().export().get(0);
        assertThat(t.format()).isEqualTo(ExportOptions.Format.PARQUET);
        assertThat(t.compress()).isEqualTo(ExportOptions.Compression.NONE);
        assertThat(t.tags()).containsExactly("news");
        assertThat(t.query()).isEqualTo("ข้าว");
        assertThat(t.includeDuplicates()).isTrue();
        assertThat(t.includeRejected()).isTrue();
        assertThat(t.quality()).isTrue();
        assertThat(t.redactPii()).isTrue();
        assertThat(t.dropBoilerplate()).isTrue();
        assertThat(SplitSpec.parse(t.split().spec(), t.seed()).fractions())
                .isEqualTo(Map.of("train", 0.9, "validation", 0.05, "test", 0.05));
        assertThat(t.seed()).isEqualTo(42L);
        assertThat(ExportOptions.parseSize(t.shardSize())).isEqualTo(64L << 20);
        assertThat(pipeline.resolve(t.decontaminate().get(0))).isEqualTo(dir.resolve("bench/exam.jsonl"));
        assertThat(t.contaminated()).isEqualTo(ExportOptions.Contamination.FLAG);
        assertThat(QualityOverrideMap.merge(pipeline.config().quality(), t.qualitySet())).isEqualTo(Map.of(
                "*", Map.of("max_dup_lines", "0.4", "max_top2gram", "0.3"),
                "th", Map.of("min_words", "30", "min_stopwords", "3")));
        PipelineConfig.QualityPassRate rate = pipeline.config().checks().minQualityPassRate();
        assertThat(rate.overall()).isEqualTo(0.5);
        assertThat(rate.byLanguage()).isEqualTo(Map.of("th", 0.8, "id", 0.6));
    }

    @Test
    void anExportTargetHasTheDefaultsOfCorpusExport() {
        PipelineConfig config = parse("sources: [{paths: [a]}]\nexport: {out: x}\n"
                + "checks: {min_quality_pass_rate: 0.8}\n").config();
        ExportTarget t = config.export().get(0);
        ExportOptions defaults = ExportOptions.builder(Path.of("x")).build();
        assertThat(t.format()).isEqualTo(defaults.format());
        assertThat(t.compress()).isEqualTo(defaults.compress());
        assertThat(t.langs()).isEqualTo(defaults.langs());
        assertThat(t.tags()).isEqualTo(defaults.tags());
        assertThat(t.query()).isEqualTo(defaults.query());
        assertThat(t.includeDuplicates() || t.includeRejected()).isFalse();
        assertThat(t.quality()).isEqualTo(defaults.qualityFilter());
        assertThat(t.qualitySet()).isEmpty();
        assertThat(t.redactPii()).isEqualTo(defaults.redactPii());
        assertThat(t.dropBoilerplate()).isEqualTo(defaults.dropBoilerplate());
        assertThat(SplitSpec.parse(t.split().spec(), t.seed())).isEqualTo(defaults.split());
        assertThat(t.shardRows()).isEqualTo(defaults.shardRows());
        assertThat(ExportOptions.parseSize(t.shardSize())).isEqualTo(defaults.shardBytes());
        assertThat(t.decontaminate()).isEmpty();
        assertThat(t.contaminated()).isEqualTo(defaults.contamination());
        assertThat(config.checks().minQualityPassRate().limit()).isEqualTo(0.8);
    }

    @Test
    void wrongExportAndQualitySettingsAreFoundAtTheirKey() {
        String head = "sources: [{paths: [a]}]\nexport:\n  - out: x\n";
        assertThat(error(head + "    redact_pi: true\n").getMessage()).startsWith("daily.yaml:4:5: unknown key "
                + "'redact_pi' in 'export[0]'; did you mean 'redact_pii'? Keys allowed here: compress, contaminated, "
                + "decontaminate, drop_boilerplate, format, include_duplicates, include_rejected, langs, out, "
                + "quality, quality_set, query, redact_pii, seed, shard_rows, shard_size, split, tags");
        assertThat(error(head + "    split: train=0.8,test=0.1\n").getMessage()).startsWith("daily.yaml:4:5: split "
                + "fractions").contains("add up to").contains("expected e.g. train=0.98,validation=0.01,test=0.01");
        assertThat(error(head + "    shard_size: huge\n").getMessage())
                .isEqualTo("daily.yaml:4:5: shard_size 'huge' is not a size; use e.g. 64MB or 1GB (bytes per file)");
        assertThat(error(head + "    quality_set: {min_words: 20}\n").getMessage()).startsWith("daily.yaml:4:5: "
                + "quality_set has no effect without the quality filter; add 'quality: true'");
        assertThat(error(head + "    quality: true\n    quality_set: {th.min_wrods: 20}\n").getMessage())
                .startsWith("daily.yaml:5:5: ").contains("min_wrods");
        assertThat(error(head + "    decontaminate: [bench/exam.jsonl]\n").getMessage())
                .startsWith("daily.yaml:4:21: benchmark file /work/ci/pipelines/bench/exam.jsonl does not exist");
        assertThat(error(head + "    contaminated: delete\n").getMessage())
                .contains("'delete' is not valid for 'export[0].contaminated'; expected one of: drop, flag");
        assertThat(error("sources: [{paths: [a]}]\nquality: {lao: {min_words: 3}}\n").getMessage())
                .startsWith("daily.yaml:2:11: unknown language 'lao'; did you mean 'lo'?");
        assertThat(error("sources: [{paths: [a]}]\nchecks:\n  min_quality_pass_rate: {th: 1.5}\n").getMessage())
                .isEqualTo("daily.yaml:3:27: expected a share between 0 and 1 (0.05 = 5 %), not 1.5");
        assertThat(error("sources: [{paths: [a]}]\nchecks:\n  min_quality_pass_rate: {khm: 0.5}\n").getMessage())
                .startsWith("daily.yaml:3:27: unknown language 'khm'; did you mean 'km'?");
        assertThat(error("sources: [{paths: [a]}]\nchecks:\n  min_quality_pass_rate: high\n").getMessage())
                .contains("expected a share between 0 and 1, or a mapping of language to share");
    }

    @Test
    void aMinimalFileGetsTheDocumentedDefaults() {
        PipelineFile pipeline = parse("sources: [{paths: [texts]}]\n");
        PipelineConfig config = pipeline.config();
        assertThat(pipeline.name()).isEqualTo("daily");
        assertThat(pipeline.sourceName(0)).isEqualTo("source-1");
        assertThat(config.corpus().home()).isNull();
        assertThat(config.corpus().create()).isTrue();
        assertThat(config.sources().get(0).textField()).containsExactly("text");
        assertThat(config.sources().get(0).idField()).isEqualTo("id");
        assertThat(config.imports().threads()).isZero();
        assertThat(config.imports().commitEvery()).isEqualTo(1000);
        assertThat(config.imports().fingerprint()).isEqualTo(PipelineConfig.Fingerprint.QUICK);
        assertThat(config.imports().onMissing()).isEqualTo(PipelineConfig.OnMissing.REPORT);
        assertThat(config.export()).isEmpty();
        assertThat(config.checks().requiredLanguages()).isEmpty();
        assertThat(config.checks().maxDuplicateRate()).isNull();
        assertThat(config.checks().onUnavailable()).isEqualTo(PipelineConfig.OnUnavailable.WARN);
        assertThat(config.normalization()).isEmpty();
    }

    @Test
    void shortFormsAreAccepted() {
        PipelineConfig config = parse("""
                corpus: corpora/sea
                sources:
                  - paths: datasets/qa.csv
                    text_field: question, answer
                    tags: qa
                export: {out: export}
                checks:
                  required_languages: [km, my]
                  min_documents_per_language: 5
                  on_unavailable: WARN
                """).config();
        assertThat(config.corpus().home()).isEqualTo("corpora/sea");
        assertThat(config.sources().get(0).paths()).containsExactly("datasets/qa.csv");
        assertThat(config.sources().get(0).textField()).containsExactly("question", "answer");
        assertThat(config.sources().get(0).tags()).containsExactly("qa");
        assertThat(config.export()).hasSize(1);
        assertThat(config.checks().minDocumentsPerLanguage().each()).isEqualTo(5);
    }

    @Test
    void anUnknownKeyNamesItsLineAndTheClosestKnownKey() {
        PipelineConfigException e = error("""
                sources:
                  - paths: [texts]
                    text_feild: body
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.getMessage()).startsWith("daily.yaml:3:5: unknown key 'text_feild' in 'sources[0]'; did you mean "
                + "'text_field'? Keys allowed here: exclude, follow_symlinks, id_field, include");
        PipelineConfigException top = error("sources: [{paths: [a]}]\nchekcs: {}\n");
        assertThat(top.getMessage()).contains("daily.yaml:2:1: unknown key 'chekcs'; did you mean 'checks'?")
                .contains("Keys allowed here: checks, corpus, dedupe, export, import, langid, name, normalization, "
                        + "quality, sources");
        assertThat(error("sources: [{paths: [a]}]\nwhatever: 1\n").getMessage())
                .contains("unknown key 'whatever'. Keys allowed here");
    }

    @Test
    void aValueOfTheWrongKindSaysWhatIsExpected() {
        assertThat(error("sources: [{paths: [a]}]\nimport:\n  commit_every: often\n").getMessage())
                .isEqualTo("daily.yaml:3:3: 'often' is not valid for 'import.commit_every'; expected a whole number");
        assertThat(error("sources: [{paths: [a]}]\nimport: {on_missing: delete}\n").getMessage())
                .isEqualTo("daily.yaml:2:10: 'delete' is not valid for 'import.on_missing'; expected one of: report, "
                        + "mark");
        assertThat(error("sources: [{paths: [a]}]\nexport: [{out: x, compress: lz4}]\n").getMessage())
                .contains("'lz4' is not valid for 'export[0].compress'; expected one of: zstd, gzip, none");
        assertThat(error("sources: 5\n").getMessage()).contains("daily.yaml:1:1: wrong kind of value for "
                + "'sources[0]'; expected a mapping");
        assertThat(error("- a\n- b\n").getMessage()).contains("daily.yaml:1:1: expected a mapping of keys");
        assertThat(error("sources: [{paths: [a]}]\ncorpus: [a, b]\n").getMessage())
                .contains("expected a folder, or a mapping with home, name, create");
    }

    @Test
    void yamlSyntaxErrorsPointAtTheProblem() {
        PipelineConfigException e = error("sources:\n  - paths: [texts\nchecks: {}\n");
        assertThat(e.getMessage()).startsWith("daily.yaml:3:");
        assertThat(e.problem()).startsWith("YAML syntax error: ");
        PipelineConfigException colon = error("sources:\n  - paths: a: b\n");
        assertThat(colon.line()).isEqualTo(2);
        assertThat(colon.problem()).contains("mapping values are not allowed here");
        assertThat(error("sources: [{paths: [a]}]\nsources: []\n").getMessage())
                .contains("daily.yaml:2:").contains("duplicate key 'sources'");
    }

    @Test
    void valuesOutOfRangeAndUnknownLanguagesAreFoundAtTheirKey() {
        assertThat(error("sources: [{paths: [a], lang: thai}]\n").getMessage())
                .startsWith("daily.yaml:1:24: unknown language 'thai'").contains("Known: ceb, en, fil");
        assertThat(error("sources: [{paths: [a]}]\ncheck:\n").getMessage()).contains("did you mean 'checks'?");
        assertThat(error("sources: [{paths: [a]}]\nchecks:\n  max_duplicate_rate: 5\n").getMessage())
                .isEqualTo("daily.yaml:3:3: expected a share between 0 and 1 (0.05 = 5 %), not 5.0");
        assertThat(error("sources: [{paths: [a]}]\nchecks:\n  min_documents_per_language: {th: -1}\n")
                .getMessage()).startsWith("daily.yaml:3:32: expected a number of documents, 0 or more, for 'th'");
        assertThat(error("sources: [{paths: [a]}]\nchecks: {min_documents_per_language: 3}\n").getMessage())
                .contains("applies to each of required_languages, which is empty");
        assertThat(error("sources: [{paths: [a]}]\nimport: {commit_every: 0}\n").getMessage())
                .startsWith("daily.yaml:2:10: commit_every must be 1 or more");
        assertThat(error("sources: [{paths: [a]}]\nexport: [{format: jsonl}]\n").getMessage())
                .startsWith("daily.yaml:2:10: export target has no 'out:'");
    }

    @Test
    void somethingToImportIsRequired() {
        assertThat(error("").getMessage()).isEqualTo("daily.yaml:1:1: the pipeline file is empty; expected a mapping "
                + "with at least 'sources:' (see docs/pipeline.md)");
        assertThat(error("name: x\n").getMessage()).startsWith("daily.yaml:1:1: no sources");
        assertThat(error("sources: [{tags: [a]}]\n").getMessage()).startsWith("daily.yaml:1:11: source 'source-1' "
                + "has no paths");
        assertThat(error("sources: [{name: a, paths: [x]}, {name: a, paths: [y]}]\n").getMessage())
                .contains("two sources are named 'a'");
    }

    @Test
    void theCorpusAndTheExportMustNotBeInsideAFolderBeingImported() {
        assertThat(error("corpus: data/corpus\nsources: [{paths: [data]}]\n").getMessage())
                .startsWith("daily.yaml:1:1: the corpus home /work/ci/pipelines/data/corpus is inside source path");
        assertThat(error("sources: [{paths: [.]}]\nexport: [{out: out}]\n").getMessage())
                .contains("export folder /work/ci/pipelines/out is inside source path /work/ci/pipelines");
        // excluded or hidden, it is not walked, so it is allowed
        assertThat(parse("sources: [{paths: [.], exclude: [out]}]\nexport: [{out: out}]\ncorpus: .corpus\n")
                .config().export()).hasSize(1);
    }

    @Test
    void theSamplePipelineIsValid() {
        Path sample = Path.of("..", "sample-data", "pipeline.yaml").toAbsolutePath().normalize();
        PipelineFile pipeline = reader.read(sample);
        assertThat(pipeline.name()).isEqualTo("sample");
        assertThat(pipeline.config().sources()).extracting(PipelineConfig.SourceSettings::name)
                .containsExactly("documents", "qa");
        assertThat(pipeline.config().sources().get(1).textField()).isEqualTo(List.of("question", "answer"));
        assertThat(pipeline.config().checks().requiredLanguages()).contains("th", "lo", "km", "my");
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThatThrownBy(() -> reader.read(Path.of("no/such/pipeline.yaml")))
                .isInstanceOf(PipelineConfigException.class)
                .hasMessageStartingWith("no/such/pipeline.yaml: cannot read the pipeline file");
    }
}
