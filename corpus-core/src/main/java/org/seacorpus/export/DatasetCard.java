package org.seacorpus.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.util.Plural;
import org.seacorpus.util.SafeText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The {@code README.md} dataset card of an export: a YAML header that the Hugging Face {@code datasets} loader
 * reads ({@code configs}: one per language code plus {@code all}, each with {@code data_files} per split), then
 * what is in the export, how to load it, and what selection, filters and transforms did. It holds no time and
 * no local path, so the same export gives the same card. Text that comes from users (the corpus name, tags, the
 * query, benchmark file names) is escaped ({@link SafeText#markdown}, {@link SafeText#markdownCode}): it shows as
 * written and cannot add headings, links, HTML or lines to the card.
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
        md.append("# ").append(SafeText.markdown(name)).append("\n\n");
        md.append("Training data exported by seacorpus from the corpus ").append(SafeText.markdownCode(name))
                .append(": ").append(Plural.of(manifest.rows(), "document")).append(" in ")
                .append(Plural.of(manifest.counts().size(), "language")).append(", ").append(formatName())
                .append(". `manifest.json` beside this card lists every "
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
        md.append(tokens());
        md.append(loading());
        md.append(columns()).append("\n");
        md.append(new DatasetCardFilters(manifest).render());
        return md.toString();
    }

    private String header() {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("pretty_name", SafeText.oneLine(manifest.corpus().name()));
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

    /** The tokens table, when a tokenizer counted them. */
    private String tokens() {
        Manifest.Tokens tokens = manifest.tokens();
        if (tokens == null) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Tokens\n\nCounted with `").append(tokens.tokenizer())
                .append("`: ").append(tokens.total()).append(" tokens in all. Tokens per word shows how many "
                        + "pieces the tokenizer cuts each word of a language into.\n\n"
                        + "| config | split | rows | words | tokens | tokens per word |\n|---|---|---:|---:|---:|---:|\n");
        tokens.counts().forEach((code, splits) -> splits.forEach((split, c) -> md.append("| ").append(code)
                .append(" | ").append(split).append(" | ").append(c.rows()).append(" | ").append(c.words())
                .append(" | ").append(c.tokens()).append(" | ")
                .append(String.format(java.util.Locale.ROOT, "%.2f", c.tokensPerWord())).append(" |\n")));
        return md.append('\n').toString();
    }

    private String loading() {
        if (options.format().tokenized()) {
            return "## Loading\n\n" + (options.format() == ExportOptions.Format.CONLLU
                    ? "CoNLL-U files, one `# newdoc` per document: read them with any CoNLL-U reader (the `conllu` "
                            + "Python package, UDPipe, Stanza) or import them into another seacorpus corpus.\n\n"
                    : "Vertical files for Sketch Engine, NoSketch Engine (`compilecorp`) and CWB/CQPweb "
                            + "(`cwb-encode`); the registry file to use is in seacorpus's docs/interop.md.\n\n");
        }
        return "## Loading\n\n```python\nfrom datasets import load_dataset\n\n"
                + "one_language = load_dataset(\"path/to/this/folder\", \""
                + (manifest.counts().isEmpty() ? "tha_Thai" : manifest.counts().keySet().iterator().next())
                + "\")\neverything = load_dataset(\"path/to/this/folder\", \"all\")\n```\n\n";
    }

    private String formatName() {
        return switch (options.format()) {
            case JSONL -> "JSON Lines" + (options.compress() == ExportOptions.Compression.NONE ? ""
                    : " (" + options.compress().name().toLowerCase(java.util.Locale.ROOT) + ")");
            case PARQUET -> "Parquet (" + options.compress().name().toLowerCase(java.util.Locale.ROOT) + " columns)";
            case TXT -> "plain text" + (options.compress() == ExportOptions.Compression.NONE ? ""
                    : " (" + options.compress().name().toLowerCase(java.util.Locale.ROOT) + ")");
            case CONLLU -> "CoNLL-U" + (options.compress() == ExportOptions.Compression.NONE ? ""
                    : " (" + options.compress().name().toLowerCase(java.util.Locale.ROOT) + ")");
            case VERT -> "vertical text" + (options.compress() == ExportOptions.Compression.NONE ? ""
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
            case CONLLU -> "CoNLL-U: per document `# newdoc id`, `# lang`, `# source` (and `# title`), then one block "
                    + "per sentence with `# sent_id` and `# text` and one line per token (FORM; the annotation "
                    + "columns are `_`; MISC `SpaceAfter=No` where no space followed, `SpacesAfter` for other "
                    + "whitespace, so the text can be rebuilt exactly). A source's own tokens (a treebank's) are "
                    + "kept; other texts are cut by each language's segmenter.\n";
            case VERT -> "Vertical text: `<doc id lang source title>` and `<s id>` structures, one token per line "
                    + "with two tab-separated attributes, `word` and `type` (`word`, `number`, `punct`), and the "
                    + "glue tag `<g/>` between tokens written without a space; values are XML-escaped.\n";
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
