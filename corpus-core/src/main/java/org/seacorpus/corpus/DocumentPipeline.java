package org.seacorpus.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.seacorpus.dedupe.DedupeKeysStage;
import org.seacorpus.dedupe.DedupeSettings;
import org.seacorpus.document.Document;
import org.seacorpus.ingest.ArchiveReader;
import org.seacorpus.ingest.ConlluExtractor;
import org.seacorpus.ingest.DatasetExtractor;
import org.seacorpus.ingest.ExtractionException;
import org.seacorpus.ingest.ExtractionSink;
import org.seacorpus.ingest.Extractor;
import org.seacorpus.ingest.FailureReason;
import org.seacorpus.ingest.ImportFailure;
import org.seacorpus.ingest.InputItem;
import org.seacorpus.ingest.PlainTextExtractor;
import org.seacorpus.ingest.TikaExtractor;
import org.seacorpus.ingest.WarcExtractor;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.ScriptAwareNormalizer;
import org.seacorpus.lang.identify.LangidModels;
import org.seacorpus.lang.identify.LanguageIdentifier;
import org.seacorpus.lang.identify.LanguageIdentifyStage;
import org.seacorpus.normalize.NormalizeStage;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualityStage;
import org.seacorpus.quality.Stopwords;
import org.seacorpus.segment.AnalyzeStage;
import org.seacorpus.segment.SegmentOptions;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.stage.Pipeline;
import org.seacorpus.stage.Stage;
import org.seacorpus.stage.StageException;

/**
 * The import flow for one input at a time, without a corpus home or a store: extract (archives expanded), then
 * normalise, identify, analyse, measure quality and compute the dedupe keys, exactly as {@code corpus import}
 * does. This is what another engine (the Spark jobs of corpus-spark) runs per partition; the CLI's import runs the
 * same stages through {@link Corpus}.
 *
 * <p>Built from the {@code settings} of a {@code corpus.yaml} (an empty map for the defaults) and the folder that
 * relative paths in them (a language-ID model, word lists) are read from. Building loads the models, so build one
 * per process and share it: {@link #read} is thread-safe.
 */
public final class DocumentPipeline {
    /** What became of one document, or of an input or part of one that could not be read. */
    public sealed interface Outcome permits Processed, Failed {
    }

    /** A document that went through every stage. */
    public record Processed(Document document) implements Outcome {
    }

    /**
     * An input, or a part of one (archive entry, dataset row), that failed: reported, never stored. The reason is
     * one human line ({@link ImportFailure}'s rules), the kind and technical detail as {@code corpus import}'s.
     */
    public record Failed(String path, String part, String reason, ImportFailure.Kind kind, String detail)
            implements Outcome {
        public Failed {
            ImportFailure clean = new ImportFailure(path, part, reason, kind, detail);
            path = clean.path();
            part = clean.part();
            reason = clean.error();
            kind = clean.kind();
            detail = clean.detail();
        }

        /** A failure of the input itself, without technical detail. */
        public Failed(String path, String part, String reason) {
            this(path, part, reason, ImportFailure.Kind.INPUT, "");
        }
    }

    private final List<Stage> stageList;
    private final Pipeline stages;
    private final List<Extractor> extractors;
    private final ArchiveReader archives;
    private final ImportOptions options;

    private DocumentPipeline(List<Stage> stageList, ImportOptions options) {
        this.stageList = List.copyOf(stageList);
        this.stages = new Pipeline(this.stageList);
        this.options = options;
        this.extractors = extractors(options);
        this.archives = new ArchiveReader(options.limits());
    }

    /**
     * The same pipeline (its stages, models and extractors shared, not rebuilt) with counts of its own: one per
     * task or batch whose counts must be told apart from those of other work running through the same stages.
     */
    public DocumentPipeline withNewCounts() {
        return new DocumentPipeline(stageList, options);
    }

    /**
     * @param settings the {@code settings} of a corpus.yaml (normalisation, language-ID model, dictionaries, dedupe
     *                 shingles); empty for the defaults
     * @param baseDir  where relative paths in the settings point from (a corpus home)
     * @param options  forced language, tags, metadata, dataset fields and limits (paths and threads are ignored)
     */
    public static DocumentPipeline create(Map<String, Object> settings, Path baseDir, ImportOptions options) {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        Segmenters segmenters = new Segmenters(profiles, SegmentOptions.fromSettings(settings, baseDir));
        return new DocumentPipeline(stageList(profiles, segmenters, settings, baseDir, options.forcedLang(),
                DedupeSettings.from(settings)),
                options);
    }

    /** The stages every imported document goes through, in order (what {@link Corpus} imports with). */
    /**
     * @param dedupe the corpus's dedupe settings (the signature algorithm its documents were signed with, so a
     *               corpus signed with classic MinHash keeps it)
     */
    static Pipeline stages(LanguageProfiles profiles, Segmenters segmenters, Map<String, Object> settings,
                           Path baseDir, String forcedLang, DedupeSettings dedupe) {
        return new Pipeline(stageList(profiles, segmenters, settings, baseDir, forcedLang, dedupe));
    }

    private static List<Stage> stageList(LanguageProfiles profiles, Segmenters segmenters,
                                         Map<String, Object> settings, Path baseDir, String forcedLang,
                                         DedupeSettings dedupe) {
        return List.of(
                new NormalizeStage(ScriptAwareNormalizer.create(profiles,
                        normalizerOptions(settings).withLanguage(forcedLang))),
                new LanguageIdentifyStage(languageIdentifier(settings, baseDir), forcedLang),
                new AnalyzeStage(segmenters),
                new QualityStage(new QualityAnalyzer(profiles, segmenters, Stopwords.builtIn())),
                new DedupeKeysStage(segmenters, dedupe));
    }

    /** The extractors of an import, in the order they are asked whether they accept an input. */
    static List<Extractor> extractors(ImportOptions options) {
        TikaExtractor tika = new TikaExtractor(options.limits());
        return List.of(new DatasetExtractor(options.dataset(), options.limits()),
                new WarcExtractor(tika, options.limits()), new ConlluExtractor(options.limits()),
                new PlainTextExtractor(options.limits()), tika);
    }

    /**
     * Normalisation settings: the scalar {@code settings} of a corpus.yaml, which the language modules read
     * (e.g. {@code vietnamese_tone_style: traditional|modern}).
     */
    static NormalizerOptions normalizerOptions(Map<String, Object> settings) {
        return NormalizerOptions.defaults().withSettings(settings);
    }

    /** The shipped language-ID model, or the file named by the setting {@code langid_model} (relative to baseDir). */
    static LanguageIdentifier languageIdentifier(Map<String, Object> settings, Path baseDir) {
        Object model = settings.get(Corpus.LANGID_MODEL);
        if (model == null || model.toString().isBlank()) {
            return LanguageIdentifier.builtIn();
        }
        Path file = baseDir.resolve(model.toString());
        try {
            return LanguageIdentifier.withModel(LangidModels.fromFile(file));
        } catch (IOException e) {
            throw new CorpusException("setting " + Corpus.LANGID_MODEL + " names a model that cannot be read ("
                    + file + "): " + e.getMessage(), e);
        }
    }

    /** The stages, with the counts of what each saw and dropped so far (thread-safe). */
    public Pipeline stages() {
        return stages;
    }

    /**
     * Reads one input: its documents (each through every stage) and its failures go to {@code out}, in input order,
     * on the calling thread. Archives are expanded within the import limits. Nothing is thrown for bad input.
     */
    public void read(InputItem item, Consumer<Outcome> out) {
        boolean[] any = new boolean[1];
        read(item, outcome -> {
            any[0] = true;
            out.accept(outcome);
        }, 0);
        if (!any[0]) {
            out.accept(new Failed(item.displayPath(), item.part(), "no documents found: the file was read but "
                    + "yielded nothing", ImportFailure.Kind.NO_DOCUMENTS, ""));
        }
    }

    private void read(InputItem item, Consumer<Outcome> out, int depth) {
        if (ArchiveReader.isArchive(item.lowerName()) && depth <= options.limits().maxArchiveDepth()) {
            ExtractionSink refusals = new ExtractionSink() {
                @Override
                public void document(Document doc) {
                    throw new IllegalStateException("archives yield entries, not documents");
                }

                @Override
                public void failure(String part, String error) {
                    failure(part, ImportFailure.Kind.INPUT, error);
                }

                @Override
                public void failure(String part, ImportFailure.Kind kind, String error) {
                    String entry = item.part().isEmpty() ? part : item.part() + "!/" + part;
                    out.accept(new Failed(item.displayPath(), entry, error, kind, ""));
                }
            };
            try {
                archives.read(item, entry -> read(entry, out, depth + 1), refusals);
            } catch (ExtractionException e) {
                out.accept(failed(item, item.part(), e));
            } catch (Throwable e) {
                out.accept(unexpected(item.displayPath(), item.part(), e));
            }
            return;
        }
        ExtractionSink sink = new ExtractionSink() {
            @Override
            public void document(Document doc) {
                out.accept(process(item, doc));
            }

            @Override
            public void failure(String part, String error) {
                failure(part, ImportFailure.Kind.INPUT, error);
            }

            @Override
            public void failure(String part, ImportFailure.Kind kind, String error) {
                out.accept(new Failed(item.displayPath(), part == null ? "" : part, error, kind, ""));
            }
        };
        try {
            Extractor extractor = extractors.stream().filter(e -> e.accepts(item)).findFirst().orElseThrow();
            extractor.extract(item, sink);
        } catch (ExtractionException e) {
            out.accept(failed(item, item.part(), e));
        } catch (Throwable e) {
            out.accept(unexpected(item.displayPath(), item.part(), e));
        }
    }

    private static Failed failed(InputItem item, String part, ExtractionException e) {
        return new Failed(item.displayPath(), part, e.getMessage(), e.kind(),
                e.getCause() == null ? "" : FailureReason.detail(e.getCause()));
    }

    /**
     * A throwable nobody expected, as {@code corpus import} takes it: a failure of the input (kind internal), the
     * heap running out on it included; any other error of the JVM itself is thrown on.
     */
    private static Failed unexpected(String path, String part, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return new Failed(path, part, ImportFailures.OUT_OF_MEMORY, ImportFailure.Kind.INTERNAL,
                    FailureReason.detail(e));
        }
        if (e instanceof VirtualMachineError vm && !(e instanceof StackOverflowError)) {
            throw vm;
        }
        return new Failed(path, part, FailureReason.of(e), ImportFailure.Kind.INTERNAL, FailureReason.detail(e));
    }

    /** Tags and metadata of the options, then every stage; a document left without text fails. */
    private Outcome process(InputItem item, Document extracted) {
        Document doc = withMetadata(extracted.withTags(options.tags()), options.metadata());
        try {
            Document processed = stages.run(doc);
            if (processed.text().isBlank()) {
                return new Failed(item.displayPath(), doc.origin().part(), "no text left after normalisation");
            }
            return new Processed(processed);
        } catch (StageException e) {
            return new Failed(item.displayPath(), doc.origin().part(), e.getMessage());
        } catch (Throwable e) {
            return unexpected(item.displayPath(), doc.origin().part(), e);
        }
    }

    /** The document with {@code metadata} added to its source metadata (a key given here wins). */
    static Document withMetadata(Document doc, Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return doc;
        }
        Map<String, String> meta = new TreeMap<>(doc.origin().meta());
        meta.putAll(metadata);
        return new Document(doc.id(), doc.origin().withMeta(meta), doc.text(), doc.normalization(),
                doc.language(), doc.counts(), doc.tags(), doc.status(), doc.annotations());
    }
}
