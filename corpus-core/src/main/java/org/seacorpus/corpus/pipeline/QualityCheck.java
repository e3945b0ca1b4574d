package org.seacorpus.corpus.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.seacorpus.config.PipelineConfig;
import org.seacorpus.search.QualityPassCounter;

/**
 * The check {@code min_quality_pass_rate}: the share of the batch's documents (status ok) that pass the quality
 * filter of their language ({@code export --quality}'s rules with corpus.yaml's and the pipeline's overrides),
 * overall or per language. The batch is every document imported (added or updated) since the last run whose
 * quality check passed, so a failed batch keeps failing on reruns until it is fixed, curated away or the
 * threshold changes; with no earlier passing run it is the whole corpus. The whole corpus's rate is reported
 * beside it for context.
 */
final class QualityCheck {
    static final String NAME = "min_quality_pass_rate";

    private QualityCheck() {
    }

    /**
     * @param limit  the configured share(s)
     * @param counts what passes, in the batch and in the corpus
     * @param since  the end of the last passing evaluation (the batch starts after it), or null for none
     */
    static CheckResult evaluate(PipelineConfig.QualityPassRate limit, QualityPassCounter.Counts counts,
                                Instant since) {
        Map<String, QualityPassCounter.Tally> batch = counts.recent();
        QualityPassCounter.Tally total = QualityPassCounter.Counts.total(batch);
        QualityPassCounter.Tally corpus = QualityPassCounter.Counts.total(counts.all());
        String scope = since == null
                ? "documents in the corpus (no earlier run passed this check)"
                : "documents added or updated since the last passing check (" + since + ")";
        List<String> below = new ArrayList<>();
        if (limit.overall() != null && total.total() > 0 && total.rate() < limit.overall()) {
            below.add(String.format("all %.4f < %.4f", total.rate(), limit.overall()));
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(limit.byLanguage()).entrySet()) {
            QualityPassCounter.Tally t = batch.getOrDefault(e.getKey(), new QualityPassCounter.Tally(0, 0));
            if (t.total() > 0 && t.rate() < e.getValue()) {
                below.add(String.format("%s %.4f (%d of %d) < %.4f", e.getKey(), t.rate(), t.passed(), t.total(),
                        e.getValue()));
            }
        }
        String context = "; by language: " + languages(batch) + String.format("; whole corpus %.4f (%d of %d)",
                corpus.rate(), corpus.passed(), corpus.total());
        String message;
        if (total.total() == 0) {
            message = "no " + scope + ": nothing to rate" + String.format("; whole corpus %.4f (%d of %d)",
                    corpus.rate(), corpus.passed(), corpus.total());
        } else {
            String measured = String.format("quality pass rate %.4f: %d of %d %s pass the quality filter",
                    total.rate(), total.passed(), total.total(), scope);
            message = below.isEmpty()
                    ? measured + ", within the minimum " + describe(limit) + context
                    : measured + "; below the minimum: " + String.join("; ", below) + context;
        }
        return CheckResult.of(NAME, below.isEmpty(), limit.limit(), actual(batch, total, corpus, since), message);
    }

    /** True for a passed result that rated at least one document (an empty batch moves nothing). */
    static boolean ratedAndPassed(CheckResult result) {
        return NAME.equals(result.check()) && CheckResult.PASSED.equals(result.status())
                && result.actual() instanceof Map<?, ?> actual && actual.get("total") instanceof Long total
                && total > 0;
    }

    private static Map<String, Object> actual(Map<String, QualityPassCounter.Tally> batch,
                                              QualityPassCounter.Tally total, QualityPassCounter.Tally corpus,
                                              Instant since) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scope", since == null ? "corpus" : "since_last_pass");
        out.put("since", since == null ? null : since.toString());
        out.putAll(tally(total));
        Map<String, Object> languages = new TreeMap<>();
        batch.forEach((lang, t) -> languages.put(lang, tally(t)));
        out.put("by_language", languages);
        out.put("corpus", tally(corpus));
        return out;
    }

    private static Map<String, Object> tally(QualityPassCounter.Tally t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("passed", t.passed());
        out.put("total", t.total());
        out.put("rate", t.total() == 0 ? null : Math.round(t.rate() * 1_000_000) / 1_000_000.0);
        return out;
    }

    private static String languages(Map<String, QualityPassCounter.Tally> batch) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(batch).forEach((lang, t) -> parts.add(lang + " " + t.passed() + "/" + t.total()));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String describe(PipelineConfig.QualityPassRate limit) {
        List<String> parts = new ArrayList<>();
        if (limit.overall() != null) {
            parts.add(String.format(limit.byLanguage().isEmpty() ? "%.4f" : "all %.4f", limit.overall()));
        }
        new TreeMap<>(limit.byLanguage()).forEach((lang, v) -> parts.add(String.format("%s %.4f", lang, v)));
        return String.join(", ", parts);
    }
}
