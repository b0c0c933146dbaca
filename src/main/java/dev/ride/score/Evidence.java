package dev.ride.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the learner ran, per database: the shell's transcript, and the statements
 * pg_stat_statements saw (so work done in the learner's own psql or DBeaver counts too).
 */
public record Evidence(Map<String, List<String>> transcript, Map<String, List<String>> statements) {

    public Evidence {
        transcript = copy(transcript);
        statements = copy(statements);
    }

    public static Evidence of(List<TranscriptInput> inputs, Map<String, List<String>> statements) {
        Map<String, List<String>> transcript = new HashMap<>();
        for (TranscriptInput input : inputs) {
            transcript.computeIfAbsent(input.database(), db -> new ArrayList<>()).add(input.text());
        }
        return new Evidence(transcript, statements);
    }

    /** Something run in {@code database} matches ({@code find()}). */
    public boolean ran(String database, Pattern pattern) {
        return matches(transcript.get(database), pattern) || matches(statements.get(database), pattern);
    }

    private static boolean matches(List<String> texts, Pattern pattern) {
        return texts != null && texts.stream().anyMatch(t -> pattern.matcher(t).find());
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> copy = new HashMap<>();
        map.forEach((db, texts) -> copy.put(db, List.copyOf(texts)));
        return Map.copyOf(copy);
    }
}
