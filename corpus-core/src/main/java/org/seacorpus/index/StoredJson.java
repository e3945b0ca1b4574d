package org.seacorpus.index;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.seacorpus.document.LangSpan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The two small JSON values every stored document carries (its normalisation rule counts and its language spans),
 * written with Jackson's streaming generator. Import writes them once per document; data binding
 * ({@code ObjectMapper.writeValueAsString}) spent 2.5 % of the import's CPU on them, most of it looking up
 * serializers and writing record properties by reflection. The output is what data binding writes (same property
 * order, numbers and escaping), so {@link DocumentMapper#fromLucene} reads it back with data binding unchanged.
 */
final class StoredJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private StoredJson() {
    }

    /** {@code {"rule":count,…}} in the map's order (a {@code Normalization}'s rules are sorted by name). */
    static String rules(Map<String, Integer> rules) {
        if (rules.isEmpty()) {
            return "{}";
        }
        StringWriter out = new StringWriter(32 * rules.size());
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, Integer> rule : rules.entrySet()) {
                json.writeFieldName(rule.getKey());
                if (rule.getValue() == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(rule.getValue());
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON in memory", e);
        }
        return out.toString();
    }

    /**
     * The spans as data binding writes {@link LangSpan}: its components in order, {@code inherited} only when true
     * (the record's {@code NON_DEFAULT} rule); {@code null} for none.
     */
    static String spans(List<LangSpan> spans) {
        if (spans == null) {
            return "null";
        }
        StringWriter out = new StringWriter(80 * spans.size() + 2);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartArray();
            for (LangSpan span : spans) {
                json.writeStartObject();
                json.writeNumberField("start", span.start());
                json.writeNumberField("end", span.end());
                json.writeStringField("lang", span.lang());
                json.writeStringField("script", span.script());
                json.writeNumberField("score", span.score());
                if (span.inherited()) {
                    json.writeBooleanField("inherited", true);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON in memory", e);
        }
        return out.toString();
    }
}
