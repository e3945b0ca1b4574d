package org.seacorpus.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.seacorpus.lang.LanguageProfiles;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a pipeline file with Jackson and checks it. Every error names the line and column and says what is
 * expected there: YAML syntax (from the parser's problem mark), unknown keys (with "did you mean" and the keys
 * allowed), wrong types, values out of range, unknown languages. The first error stops the read.
 */
public final class PipelineConfigReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = YAMLMapper.builder(FACTORY)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** Keys that take more than one form: what to say when the value has neither. */
    private static final java.util.Map<String, String> EXPECTED_BY_KEY = java.util.Map.of(
            "min_quality_pass_rate", "a share between 0 and 1, or a mapping of language to share "
                    + "({all: 0.5, th: 0.8})",
            "min_documents_per_language", "a whole number or a mapping of language to number ({th: 3, lo: 2})",
            "split", "splits as name=fraction,… (train=0.98,validation=0.01,test=0.01) or a mapping "
                    + "({train: 0.98, …})",
            "quality_set", "a mapping of threshold overrides ({th.min_words: 30, max_dup_lines: 0.4})");

    private final LanguageProfiles profiles;

    public PipelineConfigReader(LanguageProfiles profiles) {
        this.profiles = profiles;
    }

    public PipelineFile read(Path file) {
        Path path = file.toAbsolutePath().normalize();
        String yaml;
        try {
            yaml = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PipelineConfigException(file, 0, 0, "cannot read the pipeline file: " + e.getMessage());
        }
        return parse(file, path, yaml);
    }

    /** Reads pipeline text as if it were the file {@code file} (relative paths resolve against its folder). */
    public PipelineFile parse(Path shownAs, Path file, String yaml) {
        if (yaml.isBlank()) {
            throw new PipelineConfigException(shownAs, 1, 1,
                    "the pipeline file is empty; expected a mapping with at least 'sources:' (see docs/pipeline.md)");
        }
        YamlLocations locations = null;
        PipelineConfig config;
        try {
            locations = YamlLocations.of(yaml, FACTORY);
            config = MAPPER.readValue(yaml, PipelineConfig.class);
        } catch (JsonProcessingException e) {
            throw translate(shownAs, e, locations);
        } catch (IOException e) {
            throw new PipelineConfigException(shownAs, 0, 0, "cannot read the pipeline file: " + e.getMessage());
        }
        PipelineFile pipeline = new PipelineFile(file, config);
        YamlLocations positions = locations;
        new PipelineValidator(pipeline, profiles, (pointer, problem) -> {
            YamlLocations.Position at = positions.find(pointer);
            return new PipelineConfigException(shownAs, at.line(), at.column(), problem);
        }).validate();
        return pipeline;
    }

    private static PipelineConfigException translate(Path file, JsonProcessingException e,
                                                     YamlLocations locations) {
        org.yaml.snakeyaml.error.MarkedYAMLException yaml = yamlCause(e);
        if (yaml != null && yaml.getProblemMark() != null) {
            String problem = yaml.getProblem();
            String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
            return new PipelineConfigException(file, yaml.getProblemMark().getLine() + 1,
                    yaml.getProblemMark().getColumn() + 1, "YAML syntax error: " + problem + context
                    + "; check the indentation and that every 'key: value' has its colon and a space");
        }
        if (locations != null && e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            YamlLocations.Position at = locations.find(pointer(m.getPath())); // the key, not where parsing stopped
            return new PipelineConfigException(file, at.line(), at.column(), describe(e));
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        return new PipelineConfigException(file, line, column, describe(e));
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = names(u.getKnownPropertyIds());
            String where = u.getPath().size() > 1 ? " in " + path(u.getPath().subList(0, u.getPath().size() - 1))
                    : "";
            String hint = Suggestions.closest(u.getPropertyName(), known).map(s -> "; did you mean '" + s + "'?")
                    .orElse(".");
            return "unknown key '" + u.getPropertyName() + "'" + where + hint + " Keys allowed here: "
                    + String.join(", ", known);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            return "'" + f.getValue() + "' is not valid for " + path(f.getPath()) + "; expected "
                    + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            if (m.getPath().isEmpty()) {
                return "expected a mapping of keys (name, corpus, sources, import, export, checks, …) at the top "
                        + "of the pipeline file";
            }
            String last = m.getPath().get(m.getPath().size() - 1).getFieldName();
            String byKey = last == null ? null : EXPECTED_BY_KEY.get(last);
            return "wrong kind of value for " + path(m.getPath()) + "; expected " + (byKey != null ? byKey
                    : m.getTargetType() == null ? "another kind of value" : expected(m.getTargetType()));
        }
        String message = e.getOriginalMessage();
        return message.startsWith("Duplicate field") ? message.replace("Duplicate field", "duplicate key")
                + "; each key may appear once in a mapping" : message;
    }

    private static List<String> names(Collection<Object> ids) {
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        names.sort(null);
        return names;
    }

    private static String pointer(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                out.append('/').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('/').append(ref.getIndex());
            }
        }
        return out.toString();
    }

    /** {@code sources[1].text_field}: the path as a user reads it. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "the top level" : "'" + out + "'";
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
            }
            return "one of: " + String.join(", ", values);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list ([a, b] or lines starting with '- ')";
        }
        if (type == PipelineConfig.MinDocuments.class) {
            return "a whole number or a mapping of language to number ({th: 3, lo: 2})";
        }
        if (type == PipelineConfig.QualityPassRate.class) {
            return "a share between 0 and 1, or a mapping of language to share ({th: 0.8, id: 0.6})";
        }
        if (type == Splits.class) {
            return "splits as name=fraction,… (train=0.98,validation=0.01,test=0.01) or a mapping "
                    + "({train: 0.98, …})";
        }
        if (type == PipelineConfig.CorpusSettings.class) {
            return "a folder, or a mapping with home, name, create";
        }
        return "a mapping (key: value lines)";
    }

    private static org.yaml.snakeyaml.error.MarkedYAMLException yamlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }
}
