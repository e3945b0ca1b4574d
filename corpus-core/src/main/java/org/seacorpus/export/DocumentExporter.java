package org.seacorpus.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.seacorpus.document.Document;
import org.seacorpus.document.TokenSpans;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.pii.PiiKind;
import org.seacorpus.pii.PiiRedactor;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualityFilter;
import org.seacorpus.quality.QualityRule;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.tokens.TokenCounter;
import org.seacorpus.tokens.TokenCounters;

/**
 * What happens to one selected document on its way into the export, in this order: the quality filter
 * (stored signals, or measured now for documents imported before the quality stage), decontamination (drop or
 * flag), boilerplate lines, PII redaction, then the split. Each step counts into an {@link ExportTally}. Not
 * thread-safe (the tally is not).
 */
final class DocumentExporter {
    /** A document to write: its language code (e.g. {@code tha_Thai}), split and row. */
    record Out(String code, String split, ExportRow row) {
    }

    private final ExportOptions options;
    private final LanguageProfiles profiles;
    private final QualityFilter quality;
    private final QualityAnalyzer analyzer;
    private final Decontaminator decontaminator;
    private final BoilerplateSource.Lines boilerplate;
    private final PiiRedactor redactor;
    /** Sentences and tokens for the token formats, else null. */
    private final TokenLayouts layouts;
    /** Counts the tokens of what is written ({@code --tokenizer}), else null. */
    private final TokenCounter tokenizer;
    private final ExportTally tally;

    /**
     * @param analyzer        measures documents stored without signals
     * @param qualitySettings overrides from corpus.yaml, under the export's own overrides
     * @param boilerplate     the boilerplate line checker, or null when there is none (or it was not asked for)
     * @param segmenters      cut the texts of the token formats (CoNLL-U, vertical) into sentences and tokens
     */
    DocumentExporter(ExportOptions options, LanguageProfiles profiles, QualityAnalyzer analyzer,
                     Map<String, ?> qualitySettings, BoilerplateSource.Lines boilerplate, Segmenters segmenters) {
        this(options, profiles, analyzer, qualitySettings, boilerplate, segmenters, new ExportTally());
    }

    /** As above, counting into {@code tally} (the merged tally of an export run in parts, for its report). */
    DocumentExporter(ExportOptions options, LanguageProfiles profiles, QualityAnalyzer analyzer,
                     Map<String, ?> qualitySettings, BoilerplateSource.Lines boilerplate, Segmenters segmenters,
                     ExportTally tally) {
        this.tally = tally;
        this.options = options;
        this.profiles = profiles;
        this.quality = options.qualityFilter()
                ? QualityFilter.of(profiles, qualitySettings, options.qualityOverrides()) : null;
        this.analyzer = analyzer;
        this.decontaminator = options.decontaminate().isEmpty() ? null
                : Decontaminator.load(options.decontaminate(), options.contaminationWords(),
                        options.contaminationChars());
        this.boilerplate = boilerplate;
        this.redactor = options.redactPii() ? new PiiRedactor() : null;
        this.layouts = options.format().tokenized() ? new TokenLayouts(segmenters) : null;
        this.tokenizer = options.tokenizer() == null ? null : TokenCounters.open(options.tokenizer());
    }

    /** The name of the tokenizer that counts tokens, or null. */
    String tokenizerName() {
        return tokenizer == null ? null : tokenizer.name();
    }

    Optional<Out> process(Document doc) {
        String lang = doc.language().lang();
        String code = profiles.get(lang).datasetCode(doc.language().script());
        tally.languages.putIfAbsent(code, lang);
        tally.selected(code);
        if (quality != null) {
            QualitySignals signals = doc.annotation(QualitySignals.class)
                    .filter(s -> s.version() == QualityAnalyzer.VERSION)
                    .orElse(null);
            if (signals == null) {
                signals = analyzer.measure(doc.text(), doc.language());
                tally.measuredAtExport++;
            }
            List<QualityRule> failures = quality.failures(lang, signals);
            if (!failures.isEmpty()) {
                tally.qualityRemoved(code, failures);
                return Optional.empty();
            }
        }
        List<String> contaminatedBy = List.of();
        if (decontaminator != null) {
            contaminatedBy = decontaminator.matches(doc.text());
            if (!contaminatedBy.isEmpty()) {
                tally.contaminated(code, contaminatedBy);
                if (options.contamination() == ExportOptions.Contamination.DROP) {
                    return Optional.empty();
                }
            }
        }
        String text = doc.text();
        if (boilerplate != null) {
            text = withoutBoilerplate(lang, text);
        }
        Map<PiiKind, Integer> redacted = Map.of();
        if (redactor != null) {
            PiiRedactor.Result result = redactor.redact(text);
            text = result.text();
            redacted = result.counts();
            tally.pii(redacted);
        }
        if (text.isBlank()) {
            tally.emptied(code);
            return Optional.empty();
        }
        String split = options.split().assign(doc.id());
        tally.written(code, split, doc.counts().words(), text);
        if (tokenizer != null) {
            tally.tokens(code, split, doc.counts().words(), tokenizer.count(text));
        }
        TokenSpans tokens = layouts == null ? null : layouts.of(doc, text);
        return Optional.of(new Out(code, split, new ExportRow(doc.id(), text, lang, doc.language().script(),
                doc.origin().source(), doc.marks().duplicate() == null ? 1 : doc.marks().duplicate().clusterSize(),
                metadata(doc, redacted, contaminatedBy), tokens)));
    }

    private String withoutBoilerplate(String lang, String text) {
        StringBuilder out = new StringBuilder(text.length());
        long removed = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank() && boilerplate.isBoilerplate(lang, line.strip())) {
                removed++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line);
        }
        if (removed > 0) {
            tally.boilerplateLines += removed;
            tally.boilerplateDocuments++;
            return out.toString();
        }
        return text;
    }

    /** Source metadata, then what the export did to the document. */
    private static Map<String, Object> metadata(Document doc, Map<PiiKind, Integer> redacted, List<String> flagged) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("part", doc.origin().part());
        metadata.put("title", doc.origin().title());
        metadata.put("url", doc.origin().url());
        metadata.put("mime", doc.origin().mime());
        metadata.put("encoding", doc.origin().encoding());
        metadata.put("lang_score", doc.language().score());
        metadata.put("words", doc.counts().words());
        metadata.put("tags", List.copyOf(doc.tags()));
        new TreeMap<>(doc.origin().meta()).forEach((k, v) -> metadata.put(metadata.containsKey(k) ? "meta." + k : k, v));
        if (!redacted.isEmpty()) {
            Map<String, Integer> counts = new TreeMap<>();
            redacted.forEach((kind, n) -> counts.put(kind.key(), n));
            metadata.put("redacted", counts);
        }
        if (!flagged.isEmpty()) {
            metadata.put("contaminated", flagged);
        }
        return metadata;
    }

    ExportTally tally() {
        return tally;
    }

    /** The filter report of the manifest. */
    /**
     * @param boilerplateNote      what counts as boilerplate, or why there is no boilerplate data
     * @param boilerplateAvailable whether the source had data for this corpus
     */
    Manifest.Filters filters(String boilerplateNote, boolean boilerplateAvailable) {
        Map<String, String> sources = new TreeMap<>();
        Map<String, Map<String, Object>> thresholds = new TreeMap<>();
        if (quality != null) {
            tally.languages.forEach((code, lang) -> {
                sources.put(code, quality.source(lang));
                thresholds.put(code, quality.thresholds(lang).asMap());
            });
        }
        Manifest.Quality q = new Manifest.Quality(quality != null, sources, thresholds, tally.qualityRemoved,
                tally.failedRules, tally.measuredAtExport);
        Manifest.Decontamination d = new Manifest.Decontamination(decontaminator != null,
                options.contamination().name().toLowerCase(java.util.Locale.ROOT), options.contaminationWords(),
                options.contaminationChars(), decontaminator == null ? List.of() : decontaminator.benchmarks().stream()
                        .map(b -> new Manifest.BenchmarkFile(b.file(), b.sha256(), b.texts(), b.ngrams())).toList(),
                tally.contaminated, tally.contaminatedByBenchmark);
        Manifest.Boilerplate b = new Manifest.Boilerplate(options.dropBoilerplate(), boilerplateAvailable,
                options.dropBoilerplate() ? boilerplateNote : null,
                tally.boilerplateLines, tally.boilerplateDocuments);
        Manifest.Pii p = new Manifest.Pii(redactor != null, tally.piiReplaced, tally.piiDocuments);
        return new Manifest.Filters(tally.selected, q, d, b, p, tally.emptied);
    }
}
