package org.seacorpus.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.seacorpus.document.Status;

/** The export options as the manifest records them: snake_case keys, file names instead of local paths. */
final class ExportSettings {
    private ExportSettings() {
    }

    static Map<String, Object> asMap(ExportOptions o) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("format", o.format().extension);
        map.put("compress", o.compress().name().toLowerCase(Locale.ROOT));
        map.put("langs", o.langs());
        map.put("status", new TreeSet<>(o.statuses().stream().map(Status::value).toList()));
        map.put("tags", o.tags());
        map.put("query", o.query());
        map.put("quality_filter", o.qualityFilter());
        map.put("quality_overrides", o.qualityOverrides());
        map.put("redact_pii", o.redactPii());
        map.put("drop_boilerplate", o.dropBoilerplate());
        map.put("split", o.split().fractions());
        map.put("seed", o.split().seed());
        map.put("shard_rows", o.shardRows());
        map.put("shard_bytes", o.shardBytes());
        List<String> benchmarks = o.decontaminate().stream().map(p -> p.getFileName().toString()).toList();
        map.put("decontaminate", benchmarks);
        map.put("contamination", o.contamination().name().toLowerCase(Locale.ROOT));
        map.put("contamination_words", o.contaminationWords());
        map.put("contamination_chars", o.contaminationChars());
        // a tokenizer file by its name only: an export never carries a local path
        map.put("tokenizer", o.tokenizer() == null ? null
                : java.nio.file.Path.of(o.tokenizer()).getFileName().toString());
        return map;
    }
}
