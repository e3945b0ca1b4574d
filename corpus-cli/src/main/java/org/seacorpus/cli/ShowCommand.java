package org.seacorpus.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.DocumentView;
import org.seacorpus.document.LangSpan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus show ID}: one document whole. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Show one document whole: where it came from, its metadata, language and spans, counts, status,",
            "tags, duplicate cluster with its members, the audit-trail entries that changed it, and its full",
            "normalised text (--original: the text as imported, before normalisation)."},
        footer = {"", "Examples:",
            "  corpus show 58fba4ab03de                 # an id as search shows it (a unique prefix will do)",
            "  corpus show --original 87a16282ef41",
            "  corpus show --text 58fba4ab03de > doc.txt",
            "  corpus --json show 58fba4ab03de"})
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The document's id, or a unique prefix of at least 6 characters.")
    String id;

    @Option(names = "--original", description = "Show the text as imported, before normalisation.")
    boolean original;

    @Option(names = "--text", description = "Print the text only (normalised, or the original with --original).")
    boolean textOnly;

    @Override
    public Integer call() {
        Output output = root.output(spec);
        DocumentView doc = Corpus.open(root.corpusHome()).show(id);
        if (output.json) {
            output.json(doc);
            return 0;
        }
        String text = original && doc.original() != null ? doc.original() : doc.text();
        if (textOnly) {
            output.out().print(text.endsWith("\n") ? text : text + "\n");
            return 0;
        }
        field(output, "id", doc.id());
        field(output, "source", doc.source() + (doc.part().isEmpty() ? "" : " [" + doc.part() + "]"));
        if (doc.location() != null) {
            field(output, "location", local(doc.location()) + "  (where it was read from; kept in the corpus, never exported)");
        }
        if (!doc.title().isEmpty()) {
            field(output, "title", doc.title());
        }
        if (!doc.url().isEmpty()) {
            field(output, "url", doc.url());
        }
        field(output, "format", doc.mime() + (doc.encoding().isEmpty() ? "" : ", " + doc.encoding()));
        field(output, "imported", doc.importedAt());
        field(output, "language", doc.lang() + " (" + doc.script() + ")" + (doc.langForced() ? ", forced"
                : String.format(Locale.ROOT, ", score %.2f", doc.langScore())));
        if (doc.spans().size() > 1) {
            field(output, "spans", spans(doc.spans()));
        }
        field(output, "size", TextTable.count(doc.chars(), "character") + ", " + TextTable.count(doc.words(), "word")
                + ", " + TextTable.count(doc.sentences(), "sentence"));
        field(output, "status", doc.status() + (doc.rejection() == null ? "" : " (" + doc.rejection().reason()
                + "; at " + doc.rejection().at() + "; was " + doc.rejection().previous() + ")"));
        field(output, "tags", doc.tags().isEmpty() ? "(none)" : String.join(", ", doc.tags()));
        if (!doc.meta().isEmpty()) {
            field(output, "metadata", metadata(doc.meta()));
        }
        if (!doc.normalization().isEmpty()) {
            field(output, "normalised", String.join(", ", doc.normalization().entrySet().stream()
                    .map(e -> e.getKey() + " ×" + e.getValue()).toList()));
        }
        if (doc.cluster() != null) {
            cluster(output, doc);
        }
        output.println("history");
        if (doc.history().isEmpty()) {
            output.println("  (no curation)");
        }
        for (DocumentView.HistoryEntry entry : doc.history()) {
            output.println("  " + entry.at() + "  " + entry.kind() + "  " + entry.summary());
        }
        output.println("");
        if (original) {
            output.println(doc.original() == null ? "original: normalisation changed nothing; the text is as imported"
                    : "original (before normalisation):");
        } else {
            output.println("text" + (doc.original() == null ? ":" : " (normalised; --original for the text as "
                    + "imported):"));
        }
        output.out().print(text.endsWith("\n") ? text : text + "\n");
        return 0;
    }

    private static void field(Output output, String name, String value) {
        output.println(String.format("%-11s%s", name, value));
    }

    private static void cluster(Output output, DocumentView doc) {
        List<DocumentView.Member> members = doc.cluster().members();
        field(output, "cluster", doc.cluster().name() + " (" + TextTable.count(members.size(), "member")
                + (doc.duplicateOf() == null ? "; this one is kept" : "; duplicate of "
                + doc.duplicateOf().substring(0, 12)) + ")");
        for (int i = 0; i < members.size(); i++) {
            DocumentView.Member m = members.get(i);
            String role = i == 0 ? "kept     " : String.format(Locale.ROOT, "J %.2f   ", m.jaccard());
            output.println("             " + m.id().substring(0, 12) + "  " + role + String.format("%-10s", m.status())
                    + m.source() + (m.part().isEmpty() ? "" : " [" + m.part() + "]")
                    + (m.id().equals(doc.id()) ? "  ← this one" : ""));
        }
    }

    private static String spans(List<LangSpan> spans) {
        StringBuilder out = new StringBuilder();
        for (LangSpan span : spans) {
            out.append(out.isEmpty() ? "" : ", ").append(span.lang()).append(' ').append(span.start()).append('–')
                    .append(span.end());
        }
        return out.toString();
    }

    private static String metadata(Map<String, String> meta) {
        StringBuilder out = new StringBuilder();
        meta.forEach((k, v) -> out.append(out.isEmpty() ? "" : "; ").append(k).append('=')
                .append(v.length() > 80 ? v.substring(0, 79) + "…" : v));
        return out.toString();
    }

    /** A file URI as the path a user types. */
    private static String local(String uri) {
        try {
            return Path.of(URI.create(uri)).toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return uri;
        }
    }
}
