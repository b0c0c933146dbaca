package dev.ride.scenario;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * scenario.yaml exactly as written, before validation. Jackson maps onto these records with
 * unknown keys rejected; {@link ScenarioLoader} checks the rest and builds a {@link Scenario}.
 * Wrapper types (Integer, Boolean) tell a missing key from a zero.
 */
record Manifest(Integer format, String title, String topic, String level, String duration,
                List<String> databases, @JsonProperty("start_database") String startDatabase,
                SetupEntry setup, String briefing, List<String> hints,
                @JsonProperty("hint_costs") List<Integer> hintCosts, String postmortem,
                ChecksEntry checks, List<SolutionEntry> solutions, JsonNode actors) {

    record SetupEntry(List<String> all, @JsonProperty("per_database") Map<String, List<String>> perDatabase) { }

    record ChecksEntry(List<CheckEntry> detect, List<CheckEntry> fix, List<CheckEntry> trap) { }

    record CheckEntry(String id, String title, Integer points, @JsonProperty("in") List<String> in, Boolean any,
                      List<String> sql, List<String> ran, @JsonProperty("not_ran") List<String> notRan,
                      @JsonProperty("as_app") AsAppEntry asApp, ActorEntry actor,
                      @JsonProperty("before_fix") Boolean beforeFix, String found) { }

    /** Statements run as an application role, rolled back; optionally its plan. */
    record AsAppEntry(String role, List<String> sql, @JsonProperty("plan_has") String planHas,
                      @JsonProperty("plan_lacks") String planLacks) { }

    /** What an actor lived through: works since the learner's last statement, alive, its longest lock wait. */
    record ActorEntry(String name, Boolean works, Boolean alive, @JsonProperty("lock_wait_under") String lockWaitUnder,
                      @JsonProperty("min_successes") Integer minSuccesses) { }

    record SolutionEntry(String name) { }
}
