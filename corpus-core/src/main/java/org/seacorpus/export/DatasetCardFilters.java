package org.seacorpus.export;

import java.util.Map;
import java.util.stream.Collectors;

import org.seacorpus.util.Plural;
import org.seacorpus.util.SafeText;

/** The "what went in and what was removed" section of the dataset card, from the manifest's filter report. */
final class DatasetCardFilters {
    private final Manifest manifest;

    DatasetCardFilters(Manifest manifest) {
        this.manifest = manifest;
    }

    String render() {
        Manifest.Filters f = manifest.filters();
        Map<String, Object> o = manifest.options();
        StringBuilder md = new StringBuilder("## Selection, filters and transforms\n\nIn the order they ran:\n\n");
        md.append("1. **Selection**: status ").append(join(o.get("status")))
                .append(list(" languages ", o.get("langs"))).append(list(" tags ", o.get("tags")))
                .append(o.get("query") == null ? "" : ", query " + SafeText.markdownCode(String.valueOf(o.get("query"))))
                .append(": ").append(Plural.of(sum(f.selected()), "document")).append(' ')
                .append(perLanguage(f.selected()))
                .append(".\n");
        Manifest.Quality q = f.quality();
        if (q.applied()) {
            md.append("2. **Quality filter** (per-language thresholds; signals from Gopher, FineWeb and FineWeb-2): ")
                    .append("removed ").append(Plural.of(sum(q.removed()), "document")).append(' ')
                    .append(perLanguage(q.removed()))
                    .append(".\n");
            q.failedRules().forEach((code, rules) -> md.append("   - ").append(code).append(" (")
                    .append(q.source().get(code)).append("): ").append(rules.entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
                    .append('\n'));
        } else {
            md.append("2. **Quality filter**: not applied.\n");
        }
        Manifest.Decontamination d = f.decontamination();
        if (d.applied()) {
            md.append("3. **Decontamination** against ").append(d.benchmarks().stream()
                            .map(b -> SafeText.markdownCode(b.file()) + " (sha256 " + b.sha256().substring(0, 12) + "…)")
                            .collect(Collectors.joining(", ")))
                    .append(": a document sharing a ").append(d.wordNgram()).append("-word n-gram (")
                    .append(d.charNgram()).append(" characters in unspaced scripts) was ")
                    .append("drop".equals(d.mode()) ? "removed" : "kept and flagged in `metadata.contaminated`")
                    .append(": ").append(Plural.of(sum(d.matched()), "document")).append(' ').append(perLanguage(d.matched()))
                    .append(".\n");
        } else {
            md.append("3. **Decontamination**: not applied.\n");
        }
        Manifest.Boilerplate b = f.boilerplate();
        if (!b.requested()) {
            md.append("4. **Boilerplate lines**: not asked for.\n");
        } else if (!b.available()) {
            md.append("4. **Boilerplate lines**: asked for but not available: ").append(b.note()).append(".\n");
        } else {
            md.append("4. **Boilerplate lines** (").append(b.note()).append("): removed ").append(b.linesRemoved())
                    .append(b.linesRemoved() == 1 ? " line from " : " lines from ")
                    .append(Plural.of(b.documentsChanged(), "document")).append(".\n");
        }
        Manifest.Pii p = f.pii();
        if (p.applied()) {
            md.append("5. **PII redaction** with typed placeholders (`<EMAIL>`, `<PHONE>`, `<IP_ADDRESS>`, ")
                    .append("`<PAYMENT_CARD>`, `<TH_NATIONAL_ID>`, `<MY_NRIC>`, `<ID_NIK>`): ")
                    .append(Plural.of(p.documentsChanged(), "document")).append(" changed").append(p.replaced().isEmpty() ? ""
                            : ", " + p.replaced().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", "))).append(".\n");
        } else {
            md.append("5. **PII redaction**: not applied.\n");
        }
        if (!f.emptied().isEmpty()) {
            md.append("6. Documents left without text after the transforms were not written: ")
                    .append(sum(f.emptied())).append(".\n");
        }
        md.append("\nSplits are assigned by a seeded hash of each document's id (split ").append(splits(o.get("split")))
                .append(", seed ").append(o.get("seed")).append("), so a document keeps its split across exports.\n");
        return md.toString();
    }

    /** Values given by the user (statuses, languages, tags), escaped for Markdown. */
    private static String join(Object values) {
        return values instanceof java.util.Collection<?> c
                ? c.stream().map(v -> SafeText.markdown(String.valueOf(v))).collect(Collectors.joining(", "))
                : SafeText.markdown(String.valueOf(values));
    }

    /** {@code train=0.8, validation=0.1, test=0.1} */
    private static String splits(Object split) {
        return split instanceof Map<?, ?> m ? m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")) : String.valueOf(split);
    }

    private static String list(String label, Object values) {
        return values instanceof java.util.Collection<?> c && !c.isEmpty() ? "," + label + join(c) : "";
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String perLanguage(Map<String, Long> counts) {
        return counts.isEmpty() ? "" : "(" + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }
}
