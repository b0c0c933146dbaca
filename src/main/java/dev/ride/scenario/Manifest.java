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
                SetupEntry setup, String briefing, List<String> hints, String postmortem,
                ChecksEntry checks, List<SolutionEntry> solutions, JsonNode actors) {

    record SetupEntry(List<String> all, @JsonProperty("per_database") Map<String, List<String>> perDatabase) { }

    record ChecksEntry(List<CheckEntry> detect, List<CheckEntry> fix, List<CheckEntry> trap) { }

    record CheckEntry(String id, String title, Integer points, @JsonProperty("in") List<String> in, Boolean any,
                      List<String> sql, List<String> ran, @JsonProperty("not_ran") List<String> notRan) { }

    record SolutionEntry(String name) { }
}
