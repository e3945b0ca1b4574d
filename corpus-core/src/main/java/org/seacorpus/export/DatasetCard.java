package org.seacorpus.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.util.Plural;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The {@code README.md} dataset card of an export: a YAML header that the Hugging Face {@code datasets} loader
 * reads ({@code configs}: one per language code plus {@code all}, each with {@code data_files} per split), then
 * what is in the export, how to load it, and what selection, filters and transforms did. It holds no time and
 * no local path, so the same export gives the same card.
 */
final class DatasetCard {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private final Manifest manifest;
    private final ExportOptions options;
    private final LanguageProfiles profiles;

    DatasetCard(Manifest manifest, ExportOptions options, LanguageProfiles profiles) {
        this.manifest = manifest;
        this.options = options;
        this.profiles = profiles;
    }

    String render() {
        StringBuilder md = new StringBuilder();
        md.append("---\n").append(header()).append("---\n\n");
        String name = manifest.corpus().name();
        md.append("# ").append(name).append("\n\n");
        md.append("Training data exported by seacorpus from the corpus `").append(name).append("`: ")
                .append(Plural.of(manifest.rows(), "document")).append(" in ")
                .append(Plural.of(manifest.counts().size(), "language")).append(", ").append(formatName()).append(". `manifest.json` beside this card lists every "
                        + "file with its SHA-256, the options used and the state of the corpus.\n\n");
        md.append("## Contents\n\n| config | language | split | rows | words | characters | files |\n")
                .append("|---|---|---|---:|---:|---:|---:|\n");
        manifest.counts().forEach((code, splits) -> splits.forEach((split, c) -> md.append("| ").append(code)
                .append(" | ").append(languageName(code)).append(" | ").append(split).append(" | ").append(c.rows())
                .append(" | ").append(c.words()).append(" | ").append(c.chars()).append(" | ")
                .append(manifest.files().stream().filter(f -> f.lang().equals(code) && f.split().equals(split)).count())
                .append(" |\n")));
        if (!manifest.warnings().isEmpty()) {
            md.append("\n**Note:** ").append(String.join("; ", manifest.warnings())).append(".\n");
        }
        md.append("\nWords are counted with each language's word segmentation (Thai, Lao, Khmer, Burmese and "
                + "Chinese words are found by dictionary, not by spaces).\n\n");
        md.append("## Loading\n\n```python\nfrom datasets import load_dataset\n\n")
                .append("one_language = load_dataset(\"path/to/this/folder\", \"")
                .append(manifest.counts().isEmpty() ? "tha_Thai" : manifest.counts().keySet().iterator().next())
                .append("\")\neverything = load_dataset(\"path/to/this/folder\", \"all\")\n```\n\n");
        md.append(columns()).append("\n");
        md.append(new DatasetCardFilters(manifest).render());
        return md.toString();
    }

    private String header() {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("pretty_name", manifest.corpus().name());
        TreeSet<String> languages = new TreeSet<>();
        manifest.counts().keySet().forEach(code -> languages.add(langOf(code)));
        languages.remove("und");
        yaml.put("language", new ArrayList<>(languages));
        yaml.put("tags", List.of("seacorpus", "text"));
        List<Map<String, Object>> configs = new ArrayList<>();
        List<String> splits = splitsPresent();
        Map<String, Object> all = config("all", "*", splits);
        all.put("default", true);
        configs.add(all);
        manifest.counts().forEach((code, bySplit) -> configs.add(config(code, code, new ArrayList<>(bySplit.keySet()))));
        yaml.put("configs", configs);
        try {
            return YAML.writeValueAsString(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the dataset card header", e);
        }
    }

    private Map<String, Object> config(String name, String folder, List<String> splits) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("config_name", name);
        List<Map<String, String>> files = new ArrayList<>();
        for (String split : splits) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("split", split);
            entry.put("path", folder + "/" + split + "-*");
            files.add(entry);
        }
        config.put("data_files", files);
        if (options.format() == ExportOptions.Format.TXT) {
            config.put("sample_by", "paragraph"); // documents are separated by one blank line
        }
        return config;
    }

    /** The splits that have rows, in the order the split option gave them. */
    private List<String> splitsPresent() {
        List<String> out = new ArrayList<>();
        for (String split : options.split().names()) {
            if (manifest.counts().values().stream().anyMatch(m -> m.containsKey(split))) {
                out.add(split);
            }
        }
        return out;
    }

    private String formatName() {
        return switch (options.format()) {
            case JSONL -> "JSON Lines" + (options.compress() == ExportOptions.Compression.NONE ? ""
                    : " (" + options.compress().name().toLowerCase(java.util.Locale.ROOT) + ")");
            case PARQUET -> "Parquet (" + options.compress().name().toLowerCase(java.util.Locale.ROOT) + " columns)";
            case TXT -> "plain text" + (options.compress() == ExportOptions.Compression.NONE ? ""
                    : " (" + options.compress().name().toLowerCase(java.util.Locale.ROOT) + ")");
        };
    }

    private String columns() {
        return switch (options.format()) {
            case JSONL -> "Each line is a JSON object: `id`, `text`, `lang`, `script`, `source` and `metadata`, a JSON "
                    + "object as text, the same in every shard whatever the sources (`part`, `title`, `url`, `mime`, "
                    + "`encoding`, `lang_score`, `words`, `tags`, the source's own fields; `redacted` and "
                    + "`contaminated` when the export changed or flagged the document). Read it with "
                    + "`json.loads(row[\"metadata\"])`.\n";
            case PARQUET -> "Columns (all strings): `id`, `text`, `lang`, `script`, `source`, and `metadata`, a JSON "
                    + "object as text (`part`, `title`, `url`, `mime`, `encoding`, `lang_score`, `words`, `tags`, "
                    + "the source's own fields; `redacted` and `contaminated` when the export changed or flagged "
                    + "the document).\n";
            case TXT -> "Plain text: each document's non-blank lines, documents separated by one blank line "
                    + "(the `text` loader with `sample_by: paragraph` gives one row per document). Ids and "
                    + "metadata are in the JSONL and Parquet formats only.\n";
        };
    }

    private String langOf(String code) {
        return profiles.all().stream().filter(p -> code.startsWith(p.iso639_3() + "_")).map(p -> p.code())
                .findFirst().orElse("und");
    }

    private String languageName(String code) {
        return profiles.get(langOf(code)).name();
    }
}
