package org.seacorpus.curate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the audit trail: the JSON reports in a corpus's {@code runs/} folder, oldest first. Each file is named
 * {@code <UTC time>-<kind>.json}; the trail is append-only, so reading it never changes it. A file that cannot
 * be read is listed as such rather than hiding the rest of the trail.
 */
public final class AuditTrail {
    private static final Pattern NAME = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})\\.(\\d{3})Z-(.+)\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path runs;

    public AuditTrail(Path runs) {
        this.runs = runs;
    }

    /** Every run, oldest first. */
    public List<AuditEntry> all() throws IOException {
        List<AuditEntry> out = new ArrayList<>();
        if (!Files.isDirectory(runs)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(runs)) {
            files = listing.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path file : files) {
            out.add(read(file));
        }
        return out;
    }

    /** The curation actions that changed a document, oldest first; {@code id} may be a unique prefix. */
    public List<AuditEntry> of(String id) throws IOException {
        List<AuditEntry> out = new ArrayList<>();
        for (AuditEntry entry : all()) {
            if (entry.documents().stream().anyMatch(d -> d.startsWith(id))) {
                out.add(entry);
            }
        }
        return out;
    }

    private static AuditEntry read(Path file) {
        String name = file.getFileName().toString();
        Matcher m = NAME.matcher(name);
        m.matches();
        String at = m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4) + ":" + m.group(5) + ":"
                + m.group(6) + "." + m.group(7) + "Z";
        String kind = m.group(8);
        Map<String, Object> report;
        try {
            report = JSON.readValue(file.toFile(), new TypeReference<>() { });
        } catch (IOException e) {
            return new AuditEntry(name, kind, at, "unreadable report: " + e.getMessage(), List.of(), Map.of());
        }
        return new AuditEntry(name, kind, at, RunSummary.of(kind, report), documents(report), report);
    }

    /**
     * The ids a run changed: {@code documents} of a curation record, {@code changed_ids} of a dedupe, undo or
     * clean-up record, and {@code marks.documents} of an import (re-imported documents whose dedupe marks were
     * dropped because their text changed).
     */
    private static List<String> documents(Map<String, Object> report) {
        List<String> out = new ArrayList<>();
        if (report.get("documents") instanceof List<?> ids) {
            ids.forEach(id -> out.add(String.valueOf(id)));
        }
        if (report.get("changed_ids") instanceof List<?> ids) {
            ids.forEach(id -> out.add(String.valueOf(id)));
        }
        if (report.get("marks") instanceof Map<?, ?> marks && marks.get("documents") instanceof List<?> ids) {
            ids.forEach(id -> out.add(String.valueOf(id)));
        }
        return out;
    }
}
