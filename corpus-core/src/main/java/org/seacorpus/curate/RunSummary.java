package org.seacorpus.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One line for people about a run report, by kind; unknown kinds get a generic line. */
final class RunSummary {
    private RunSummary() {
    }

    static String of(String kind, Map<String, Object> r) {
        if (kind.startsWith("curate-")) {
            return curation(r);
        }
        return switch (kind) {
            case "import" -> "import: " + r.get("added") + " added, " + r.get("updated") + " updated, "
                    + r.get("unchanged") + " unchanged, " + size(r.get("failed")) + " failed";
            case "export" -> "export: " + r.get("rows") + (Integer.valueOf(1).equals(r.get("rows")) ? " document in "
                    : " documents in ") + size(r.get("files")) + (size(r.get("files")) == 1 ? " file" : " files");
            case "dedupe" -> "dedupe: " + r.get("clusters") + " clusters, " + r.get("duplicates") + " duplicates; "
                    + r.get("changed") + " of " + r.get("documents") + " documents changed";
            default -> r.containsKey("changed")
                    ? kind + ": " + r.get("changed") + " of " + r.get("matched") + " documents changed"
                    : kind;
        };
    }

    private static String curation(Map<String, Object> r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.get("action") + " " + r.get("changed") + " of " + r.get("matched")
                + (Integer.valueOf(1).equals(r.get("matched")) ? " document" : " documents"));
        if (r.get("reason") != null) {
            parts.add("reason: " + r.get("reason"));
        }
        addList(parts, "+tags", r.get("tags_added"));
        addList(parts, "-tags", r.get("tags_removed"));
        if (r.get("meta_set") instanceof Map<?, ?> set && !set.isEmpty()) {
            parts.add("set " + set);
        }
        addList(parts, "unset", r.get("meta_unset"));
        if (r.get("target") instanceof Map<?, ?> target) {
            parts.add("chosen by " + target(target));
        }
        if (r.get("by") != null) {
            parts.add("by " + r.get("by"));
        }
        return String.join("; ", parts);
    }

    private static String target(Map<?, ?> t) {
        List<String> how = new ArrayList<>();
        if (t.get("ids") instanceof List<?> ids && !ids.isEmpty()) {
            how.add(ids.size() == 1 ? "id " + ids.get(0) : ids.size() + " ids");
        }
        if (t.get("query") != null) {
            how.add("query '" + t.get("query") + "'");
        }
        if (t.get("lang") != null) {
            how.add("lang " + t.get("lang"));
        }
        if (t.get("filters") instanceof List<?> filters && !filters.isEmpty()) {
            how.add("filter " + String.join(" ", filters.stream().map(String::valueOf).toList()));
        }
        if (how.isEmpty() && Boolean.TRUE.equals(t.get("all"))) {
            how.add("all documents");
        }
        return String.join(", ", how);
    }

    private static void addList(List<String> parts, String label, Object value) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            parts.add(label + " " + String.join(",", list.stream().map(String::valueOf).toList()));
        }
    }

    private static int size(Object list) {
        return list instanceof List<?> l ? l.size() : 0;
    }
}
