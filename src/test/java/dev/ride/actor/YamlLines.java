package dev.ride.actor;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The line of every key and value of a YAML document, by JSON pointer. Jackson's tree nodes carry no
 * location, so the document is read once more as tokens, whose locations are kept. A key's line
 * wins over its value's (a block value starts on the next line). A pointer with no entry falls back
 * to its closest ancestor's line.
 */
final class YamlLines implements LineLookup {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {
    }

    /** @throws IOException a YAML syntax error (a {@code JsonProcessingException} with its location) */
    static YamlLines of(String yamlText) throws IOException {
        YamlLines index = new YamlLines();
        try (JsonParser parser = YAML.createParser(yamlText)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                index.lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        }
        return index;
    }

    @Override
    public int lineOf(String jsonPointer) {
        String p = jsonPointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
