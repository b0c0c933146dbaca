package dev.ride.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The behavioural conditions of a check (format 2): {@code as_app} (the application's statements
 * work, run as its role) and {@code actor} (what a live actor went through). Kept apart from
 * {@link ManifestValidator} so each reads on its own.
 */
final class LiveConditions {

    /** Enough successes that one lucky statement cannot pass an app that mostly fails. */
    static final int DEFAULT_MIN_SUCCESSES = 3;
    private static final java.util.regex.Pattern MILLIS = java.util.regex.Pattern.compile("\\s*(\\d+)ms\\s*");

    private final Set<String> actorNames;
    private final BiFunction<String, String, ScenarioException> fail;

    /** @param fail makes the {@code file:line: reason} error for a JSON pointer and a reason */
    LiveConditions(Set<String> actorNames, BiFunction<String, String, ScenarioException> fail) {
        this.actorNames = actorNames;
        this.fail = fail;
    }

    Condition.AsApp asApp(Manifest.AsAppEntry entry, String at, String checkId) {
        if (entry.role() == null || entry.role().isBlank()) {
            throw fail.apply(at, "as_app needs the role the application logs in as (check '" + checkId + "')");
        }
        List<String> sql = entry.sql() == null ? List.of() : entry.sql();
        if (sql.isEmpty() || sql.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw fail.apply(at, "as_app needs sql: the application's statements (check '" + checkId + "')");
        }
        return new Condition.AsApp(entry.role(), sql.stream().map(String::strip).toList(), entry.planHas(), entry.planLacks());
    }

    /** @param within the check's {@code within:} (null: none), which bounds the wait for {@code works: true} */
    Condition.ActorCheck actor(Manifest.ActorEntry entry, String at, String checkId, Duration within) {
        if (entry.name() == null || !actorNames.contains(entry.name())) {
            throw fail.apply(at, "actor '" + entry.name() + "' is not one of the actors " + actorNames + " (check '" + checkId + "')");
        }
        Duration lockWait = null;
        if (entry.lockWaitUnder() != null) {
            try {
                lockWait = lockWait(entry.lockWaitUnder());
            } catch (IllegalArgumentException e) {
                throw fail.apply(at + "/lock_wait_under", e.getMessage());
            }
        }
        Duration lockWaitBehindYou = null;
        if (entry.lockWaitBehindYouUnder() != null) {
            try {
                lockWaitBehindYou = lockWait(entry.lockWaitBehindYouUnder());
            } catch (IllegalArgumentException e) {
                throw fail.apply(at + "/lock_wait_behind_you_under", e.getMessage());
            }
        }
        if (entry.works() == null && entry.alive() == null && entry.terminated() == null && lockWait == null
                && lockWaitBehindYou == null) {
            throw fail.apply(at, "actor check '" + checkId + "' judges nothing: give it works, alive, terminated,"
                    + " lock_wait_under or lock_wait_behind_you_under");
        }
        int min = entry.minSuccesses() == null ? DEFAULT_MIN_SUCCESSES : entry.minSuccesses();
        if (min < 1) {
            throw fail.apply(at + "/min_successes", "min_successes must be at least 1");
        }
        return new Condition.ActorCheck(entry.name(), entry.works(), entry.alive(), entry.terminated(), lockWait,
                lockWaitBehindYou, min, Boolean.TRUE.equals(entry.works()) ? within : null);
    }

    /** A drill's durations ({@code 2s}, {@code 1m}) or milliseconds ({@code 500ms}): lock waits are short. */
    private static Duration lockWait(String text) {
        java.util.regex.Matcher millis = MILLIS.matcher(text);
        return millis.matches() ? Duration.ofMillis(Long.parseLong(millis.group(1))) : Durations.parse(text);
    }
}
