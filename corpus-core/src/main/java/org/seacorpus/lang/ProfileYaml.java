package org.seacorpus.lang;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a language profile ({@code profiles/<code>.yaml}) into its records: the YAML parser's tokens into maps,
 * lists and scalars, then each map into the record whose components it names (snake_case keys, as
 * {@code native_name} for {@code nativeName}). What Jackson's data binding did, with the same strictness (a key no
 * component has is an error naming it and the keys allowed), without its set-up: building the binding of four
 * record types by introspection took a third of {@code corpus langid}'s start-up. Types: strings, booleans,
 * {@code Double}/{@code double}, {@code Integer}/{@code int}, lists of strings and nested records; numbers are
 * converted as Jackson converts them (an integer to a double, a number given as a quoted string parsed).
 */
final class ProfileYaml {
    /** Made when a YAML text is first parsed: a run that reads every profile from its image never makes it. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = new YAMLFactory();
    }

    /** Top-level keys that older profiles had, with what became of them (the error says so). */
    private static final Map<String, String> REMOVED_KEYS = Map.of(
            "lingua", "Lingua was removed from language identification in session 12 and nothing reads this key:"
                    + " delete it");

    private ProfileYaml() {
    }

    /** The profile in {@code text}; {@code where} names the file in errors. */
    static LanguageProfile read(String text, String where) throws IOException {
        return profile(tree(text, where), where);
    }

    /** The profile whose values are {@code tree} (as {@link #tree} gives them, or a {@link ProfileImage}). */
    static LanguageProfile profile(Object tree, String where) throws IOException {
        return record(LanguageProfile.class, tree, where);
    }

    /** The values of a YAML text: maps (in the file's order), lists and scalars. */
    static Object tree(String text, String where) throws IOException {
        try (JsonParser parser = Yaml.FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new IOException(where + " is empty");
            }
            return value(parser);
        }
    }

    /** The value at the parser's current token (maps keep the file's order). */
    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    map.put(key, value(parser));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + token + " at " + parser.currentLocation());
        };
    }

    /** The record {@code type} from a map of its components' snake_case names. */
    static <R extends Record> R record(Class<R> type, Object tree, String where) throws IOException {
        if (!(tree instanceof Map<?, ?> map)) {
            throw new IOException(where + ": expected a map of keys for " + type.getSimpleName() + ", got "
                    + describe(tree));
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) {
            index.put(snakeCase(components[i].getName()), i);
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType() == boolean.class) {
                values[i] = false;
            } else if (components[i].getType() == int.class) {
                values[i] = 0;
            } else if (components[i].getType() == double.class) {
                values[i] = 0.0;
            }
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Integer i = index.get(key);
            if (i == null) {
                String removed = type == LanguageProfile.class ? REMOVED_KEYS.get(key) : null;
                throw new IOException(where + ": unknown key '" + key + "' (" + (removed != null ? removed + "; "
                        : "") + type.getSimpleName() + " knows: " + String.join(", ", index.keySet()) + ")");
            }
            if (e.getValue() != null) {
                values[i] = convert(components[i].getGenericType(), e.getValue(), where + ", key '" + key + "'");
            }
        }
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Record direct;
        try {
            direct = ProfileRecords.construct(type, values);
        } catch (RuntimeException e) { // the record's own check of its values
            throw new IOException(where + ": " + e.getMessage(), e);
        }
        if (direct != null) {
            return type.cast(direct);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IOException(where + ": " + cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName() + ": " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object convert(Type target, Object value, String where) throws IOException {
        if (target instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!(value instanceof List<?> items)) {
                throw new IOException(where + ": expected a list, got " + describe(value));
            }
            List<Object> out = new ArrayList<>(items.size());
            for (Object item : items) {
                out.add(convert(list.getActualTypeArguments()[0], item, where));
            }
            return out;
        }
        Class<?> type = (Class<?>) target;
        if (type == String.class) {
            if (value instanceof Map || value instanceof List) {
                throw new IOException(where + ": expected text, got " + describe(value));
            }
            return String.valueOf(value);
        }
        if (type == boolean.class || type == Boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
            if ("true".equals(value) || "false".equals(value)) {
                return Boolean.valueOf((String) value);
            }
            throw new IOException(where + ": expected true or false, got " + describe(value));
        }
        if (type == double.class || type == Double.class) {
            return number(value, where).doubleValue();
        }
        if (type == int.class || type == Integer.class) {
            return number(value, where).intValue();
        }
        if (type.isRecord()) {
            return record((Class<? extends Record>) type, value, where);
        }
        throw new IllegalStateException(where + ": no conversion to " + type.getName());
    }

    private static Number number(Object value, String where) throws IOException {
        if (value instanceof Number n) {
            return n;
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.strip());
            } catch (NumberFormatException e) {
                throw new IOException(where + ": '" + s + "' is not a number", e);
            }
        }
        throw new IOException(where + ": expected a number, got " + describe(value));
    }

    private static String describe(Object value) {
        if (value instanceof Map) {
            return "a map";
        }
        if (value instanceof List) {
            return "a list";
        }
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    /** {@code nativeName} → {@code native_name}, as Jackson's SNAKE_CASE names a component. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
