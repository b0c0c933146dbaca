package dev.ride.scenario;

import java.util.List;

/** No scenario has the requested id; {@link #suggestions()} are the closest ids, best first. */
public class UnknownScenarioException extends RuntimeException {

    private final String id;
    private final List<String> suggestions;

    public UnknownScenarioException(String id, List<String> suggestions) {
        super(message(id, suggestions));
        this.id = id;
        this.suggestions = List.copyOf(suggestions);
    }

    public String id() {
        return id;
    }

    public List<String> suggestions() {
        return suggestions;
    }

    private static String message(String id, List<String> suggestions) {
        String start = "No scenario '" + id + "'.";
        if (suggestions.isEmpty()) {
            return start + " Run `ride scenarios` to list them.";
        }
        return start + " Did you mean " + (suggestions.size() == 1 ? "" : "one of ") + String.join(", ", suggestions) + "?";
    }
}
