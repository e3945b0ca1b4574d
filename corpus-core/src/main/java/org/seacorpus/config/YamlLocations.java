package org.seacorpus.config;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Where each key and list item of a YAML text sits (line and column, 1-based), by JSON pointer such as
 * {@code /sources/1/lang}: so an error found after binding (an unknown language, a negative number) can still
 * point at its line. Built from one pass of Jackson's streaming parser.
 */
final class YamlLocations {
    /** A position in the file. */
    record Position(int line, int column) {
        static final Position START = new Position(1, 1);
    }

    private final Map<String, Position> positions;

    private YamlLocations(Map<String, Position> positions) {
        this.positions = positions;
    }

    /** Reads the positions; a YAML syntax error is thrown as the parser reports it. */
    static YamlLocations of(String yaml, YAMLFactory factory) throws IOException {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser parser = factory.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                boolean inArray = parser.getParsingContext().inArray()
                        || (token.isStructStart() && parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inArray());
                if (token == JsonToken.FIELD_NAME || inArray) {
                    JsonPointer pointer = token.isStructStart()
                            ? parser.getParsingContext().getParent().pathAsPointer()
                            : parser.getParsingContext().pathAsPointer();
                    JsonLocation at = parser.currentTokenLocation();
                    positions.putIfAbsent(pointer.toString(), new Position(at.getLineNr(), at.getColumnNr()));
                }
            }
        }
        return new YamlLocations(positions);
    }

    /** The position of the pointer's key or item, else of its nearest parent that has one, else the start. */
    Position find(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            Position at = positions.get(p);
            if (at != null) {
                return at;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return Position.START;
    }
}
