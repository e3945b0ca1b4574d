package org.seacorpus.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Keeps the audit trail keyed correctly through a schema migration: in every report of {@code runs/}, a document
 * id that changed is replaced by its new id (wherever it stands, also inside a recorded query), a cluster named
 * after an old id by the cluster named after the new one, an old source URI by its new name, and the id prefixes
 * a curation was given ({@code target.ids}) by the same-length prefix of the new id. Each file is replaced
 * atomically; a file that holds none of them is left untouched. Running it twice changes nothing more.
 */
final class RunFileIds {
    private static final Pattern ID = Pattern.compile("(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])");
    private static final Pattern CLUSTER = Pattern.compile("(?<![0-9a-z])(near|exact)-([0-9a-f]{16})(?![0-9a-f])");

    private final Map<String, String> ids;
    private final Map<String, String> sources;
    private final NavigableMap<String, String> sortedIds;
    private final Map<String, String> clusterIds = new java.util.HashMap<>();

    /** @param ids old id → new id; @param sources old source URI → new source name */
    RunFileIds(Map<String, String> ids, Map<String, String> sources) {
        this.ids = ids;
        this.sources = sources;
        this.sortedIds = new TreeMap<>(ids);
        ids.forEach((from, to) -> clusterIds.put(from.substring(0, 16), to.substring(0, 16)));
    }

    /** Rewrites the reports in a {@code runs/} folder; returns how many files changed. */
    long rewrite(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(runs)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        long changed = 0;
        for (Path file : files) {
            JsonNode tree;
            try {
                tree = CorpusHome.JSON.readTree(file.toFile());
            } catch (IOException e) {
                continue; // an unreadable report is shown as such by the audit trail; leave it as it is
            }
            if (rewriteNode(tree, null)) {
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                CorpusHome.JSON.writeValue(tmp.toFile(), tree);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                changed++;
            }
        }
        return changed;
    }

    private boolean rewriteNode(JsonNode node, String key) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual()) {
                    String text = field.getValue().asText();
                    String now = text(text);
                    if (!now.equals(text)) {
                        field.setValue(TextNode.valueOf(now));
                        changed = true;
                    }
                } else {
                    changed |= rewriteNode(field.getValue(), field.getKey());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual()) {
                    String text = item.asText();
                    String now = "ids".equals(key) ? prefix(text) : text;
                    now = text(now);
                    if (!now.equals(text)) {
                        array.set(i, TextNode.valueOf(now));
                        changed = true;
                    }
                } else {
                    changed |= rewriteNode(item, null);
                }
            }
        }
        return changed;
    }

    /** A text with every old id, cluster name and source URI in it replaced. */
    String text(String text) {
        String source = sources.get(text);
        if (source != null) {
            return source;
        }
        String out = replace(ID, text, m -> ids.get(m.group()));
        return replace(CLUSTER, out, m -> {
            String to = clusterIds.get(m.group(2));
            return to == null ? null : m.group(1) + "-" + to;
        });
    }

    /** An id prefix a user gave (6 to 31 characters) that names exactly one old id, as the new id's prefix. */
    private String prefix(String given) {
        String p = given.strip().toLowerCase(java.util.Locale.ROOT);
        if (p.length() < 6 || p.length() >= 32 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return given;
        }
        String first = sortedIds.ceilingKey(p);
        if (first == null || !first.startsWith(p)) {
            return given;
        }
        String second = sortedIds.higherKey(first);
        if (second != null && second.startsWith(p)) {
            return given; // not unique: left as the user wrote it
        }
        return sortedIds.get(first).substring(0, p.length());
    }

    private static String replace(Pattern pattern, String text,
                                  java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String to = replacement.apply(m);
            m.appendReplacement(out, Matcher.quoteReplacement(to == null ? m.group() : to));
            any |= to != null;
        }
        if (!any) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }
}
