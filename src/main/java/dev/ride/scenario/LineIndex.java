package dev.ride.scenario;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The line of every key and value of a YAML document, by JSON pointer ({@code /checks/fix/0/points}),
 * so validation after data binding can still say {@code file:line}. A key's line wins over its
 * value's, which for a block value starts on the next line.
 */
final class LineIndex {

    private final Map<String, Integer> lines = new HashMap<>();

    /** Reads the whole document from {@code parser}; syntax errors surface as the parser's exceptions. */
    static LineIndex of(JsonParser parser) throws IOException {
        LineIndex index = new LineIndex();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                continue;
            }
            if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
                // Jackson reads "*name" as the string "name", not as the anchored value: a check
                // would run the wrong SQL without a word, so the loader refuses it at its line
                throw new com.fasterxml.jackson.core.JsonParseException(parser,
                        "YAML aliases (*" + parser.getText() + ") are not supported: write the value out");
            }
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            index.lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        }
        return index;
    }

    boolean has(String pointer) {
        return lines.containsKey(pointer);
    }

    /** The line of {@code pointer}; 1 (the top) when the document has no such key or value. */
    int of(String pointer) {
        return lines.getOrDefault(pointer, 1);
    }
}
