package org.seacorpus.spark.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.seacorpus.corpus.ImportReport;
import org.seacorpus.spark.JobReport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/** A job's report on stdout: the JSON with {@code --json}, else a few lines a person reads (on stderr). */
final class Reports {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {
    }

    static void print(JobReport report, boolean json) {
        if (json) {
            try {
                System.out.println(JSON.writeValueAsString(report));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s done in %.1f s: %s%n", report.job(), report.durationMs() / 1000.0,
                report.out()));
        if (report.importStep() instanceof ImportReport r) {
            out.append(String.format(Locale.ROOT, "  %d files, %d documents, %d failed%n", r.inputs(), r.added(),
                    report.failuresTotal()));
            out.append("  by language: ").append(languages(r.byLanguage())).append('\n');
        }
        if (report.dedupe() instanceof org.seacorpus.dedupe.DedupeReport d) {
            out.append(String.format(Locale.ROOT, "  %d documents, %d clusters, %d duplicates, %d changed%n",
                    d.documents(), d.clusters(), d.duplicates(), d.changed()));
        }
        if (report.export() instanceof org.seacorpus.export.Manifest m) {
            out.append(String.format(Locale.ROOT, "  %d rows in %d files: %s%n", m.rows(), m.files().size(),
                    languages(m.rowsByLanguage())));
        }
        if (report.failuresTotal() > 0) {
            out.append("  failures are listed in ").append(report.out()).append("/failures.jsonl\n");
        }
        System.err.print(out);
    }

    static String languages(Map<String, Long> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((lang, n) -> out.append(out.isEmpty() ? "" : ", ").append(lang).append(' ').append(n));
        return out.toString();
    }
}
