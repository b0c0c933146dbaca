package dev.ride.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a scenario folder's {@code scenario.yaml} into a {@link Scenario}. Every problem becomes a
 * {@link ScenarioException} whose message is {@code path/to/scenario.yaml:LINE: reason}.
 */
public final class ScenarioLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // "in: tenant_b" and "ran: REGEX" are one-element lists
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ScenarioLoader() {
    }

    /**
     * @param folder the scenario folder (holding scenario.yaml)
     * @param id     the scenario's id: its path under {@code scenarios/}
     */
    public static Scenario load(Path folder, String id) {
        Path file = folder.resolve(ScenarioFiles.MANIFEST);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file, 0, "no such file");
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        LineIndex lines;
        try (JsonParser tokens = YAML.createParser(text)) {
            lines = LineIndex.of(tokens);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(file, line(e.getLocation()), firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        Manifest manifest;
        try {
            manifest = YAML.readValue(text, Manifest.class);
        } catch (JsonMappingException e) {
            // Records are built once their mapping ends, so Jackson's location is often that end;
            // the key's own line comes from the index.
            String pointer = pointer(e.getPath());
            int line = lines.has(pointer) ? lines.of(pointer) : line(e.getLocation());
            throw new ScenarioException(file, line, reason(e, lines), e);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (manifest == null) {
            throw new ScenarioException(file, 1, "the manifest is empty");
        }
        return new ManifestValidator(file, folder, lines).validate(id, manifest);
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    /** Jackson's messages name Java classes; a scenario author needs the key and what was expected. */
    private static String reason(JsonMappingException e, LineIndex lines) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (e instanceof UnrecognizedPropertyException u) {
            String where = readable(path.subList(0, path.size() - 1));
            return "unknown key '" + u.getPropertyName() + "'" + (where.isEmpty() ? "" : " in " + where)
                    + " (known keys: " + known(u.getKnownPropertyIds()) + ")";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            int last = path.size() - 1;
            if (last >= 0 && path.get(last).getIndex() >= 0 && !lines.has(pointer(path))) {
                // a single value standing for a one-element list ("in: tenant_b") was of the wrong kind
                return readable(path.subList(0, last)) + ": expected " + kind(m.getTargetType()) + " or a list of them";
            }
            return readable(path) + ": expected " + kind(m.getTargetType());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** {@code checks.detect[0].points}, as an author reads it. */
    private static String readable(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** {@code /checks/detect/0/points}, as {@link LineIndex} keys it. */
    private static String pointer(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                sb.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            }
        }
        return sb.toString();
    }

    private static String known(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String kind(Class<?> type) {
        if (type == String.class) {
            return "a text value";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping (key: value lines)";
        }
        return "a " + type.getSimpleName();
    }
}
