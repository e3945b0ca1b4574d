package org.seacorpus.index;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.seacorpus.document.LangSpan;
import org.seacorpus.normalize.UnitBuffer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The two small JSON values every stored document carries (its normalisation rule counts and its language spans).
 * Import writes them once per document; data binding ({@code ObjectMapper.writeValueAsString}) spent 2.5 % of the
 * import's CPU on them, and Jackson's streaming generator, which replaced it, still about 1 % (a generator, a
 * writer and its buffers per value). Values whose strings need no escaping and whose numbers are finite (every
 * value import writes) are now appended to a string builder by hand; any other value goes through the
 * generator. The output is what data binding writes (same property order, numbers and escaping: Jackson writes a
 * finite double as {@link Double#toString(double)} does), so {@link DocumentMapper#fromLucene} reads it back with
 * data binding unchanged; {@code StoredJsonTest} checks both ways against data binding.
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
        StringBuilder plain = new StringBuilder(24 * rules.size() + 2).append('{');
        for (Map.Entry<String, Integer> rule : rules.entrySet()) {
            if (!plain(rule.getKey()) || rule.getValue() == null) {
                return generated(rules);
            }
            if (plain.length() > 1) {
                plain.append(',');
            }
            plain.append('"').append(rule.getKey()).append("\":").append(rule.getValue().intValue());
        }
        return plain.append('}').toString();
    }

    private static String generated(Map<String, Integer> rules) {
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
        StringBuilder plain = new StringBuilder(72 * spans.size() + 2).append('[');
        for (LangSpan span : spans) {
            if (!plain(span.lang()) || !plain(span.script()) || !Double.isFinite(span.score())) {
                return generated(spans);
            }
            if (plain.length() > 1) {
                plain.append(',');
            }
            plain.append("{\"start\":").append(span.start())
                    .append(",\"end\":").append(span.end())
                    .append(",\"lang\":\"").append(span.lang())
                    .append("\",\"script\":\"").append(span.script())
                    .append("\",\"score\":").append(Double.toString(span.score()));
            if (span.inherited()) {
                plain.append(",\"inherited\":true");
            }
            plain.append('}');
        }
        return plain.append(']').toString();
    }

    /** True when Jackson writes {@code value} as it is between quotes: no control char, quote or backslash. */
    private static boolean plain(String value) {
        if (value == null) {
            return false;
        }
        // over a copy of the units, not charAt: with strings of both internal forms (Latin-1 and UTF-16) through
        // it, the compiler's loop checks made for one form failed on the other, and the whole caller (the
        // document mapper, which inlines this) was compiled again
        int n = value.length();
        char[] units = UNITS.copy(value);
        for (int i = 0; i < n; i++) {
            char c = units[i];
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static final UnitBuffer UNITS = new UnitBuffer(256);

    private static String generated(List<LangSpan> spans) {
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
