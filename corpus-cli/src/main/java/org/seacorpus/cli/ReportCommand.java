package org.seacorpus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.web.report.ReportWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus report --out report.html}: the dashboard as one HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the corpus dashboard of 'corpus serve' as one self-contained HTML file: documents,",
            "words and characters per language and source, statuses, quality-signal histograms per language",
            "against the filter's thresholds, duplicate cluster sizes and import runs. Styles, fonts and charts",
            "are inside the file (it loads nothing): for CI artefacts and for people without the server."},
        footer = {"", "Examples:",
            "  corpus report --out report.html",
            "  corpus -C target/demo/corpus report --out target/demo/report.html"})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The HTML file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Output output = root.output(spec);
        long bytes = ReportWriter.write(Corpus.open(root.corpusHome()), out);
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("report", out.toString());
            json.put("bytes", bytes);
            output.json(json);
        } else {
            output.info("wrote " + out + " (" + bytes / 1024 + " KiB)");
        }
        return 0;
    }
}
