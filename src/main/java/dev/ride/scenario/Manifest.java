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
                ChecksEntry checks, List<SolutionEntry> solutions, JsonNode actors,
                List<ServerEntry> servers, PoolerEntry pooler, List<String> actions,
                List<ChoiceEntry> choices,
                @JsonProperty("at_start") List<String> atStart) {

    /** One of {@code choices:}: a setting of a part of the topology the learner may change. */
    record ChoiceEntry(String name, String about, String edits, String database,
                       Map<String, Map<String, Object>> options) { }

    record SetupEntry(List<String> all, @JsonProperty("per_database") Map<String, List<String>> perDatabase,
                      Map<String, CreateEntry> create) { }

    /** How ride creates one database, where the server's default will not do. */
    record CreateEntry(String encoding, String locale) { }

    record ChecksEntry(List<CheckEntry> detect, List<CheckEntry> fix, List<CheckEntry> trap) { }

    record CheckEntry(String id, String title, Integer points, @JsonProperty("in") List<String> in, Boolean any,
                      List<String> sql, List<String> ran, @JsonProperty("not_ran") List<String> notRan,
                      @JsonProperty("as_app") AsAppEntry asApp, ActorEntry actor,
                      @JsonProperty("before_fix") Boolean beforeFix, String found,
                      @JsonProperty("on") String on, List<ServerStateEntry> server, String within) { }

    /** The state of one server of the topology: its role now, whether it runs, whether its replay is paused. */
    record ServerStateEntry(String name, String role, Boolean running,
                            @JsonProperty("replay_paused") Boolean replayPaused,
                       @JsonProperty("replication_role") String replicationRole) { }

    /** Statements run as an application role, rolled back; optionally its plan. */
    record AsAppEntry(String role, List<String> sql, @JsonProperty("plan_has") String planHas,
                      @JsonProperty("plan_lacks") String planLacks) { }

    /**
     * What an actor lived through: works since the learner's last statement, alive, terminated, its
     * longest lock wait, its longest lock wait behind a session that is none of the actors (the learner's).
     */
    record ActorEntry(String name, Boolean works, Boolean alive, Boolean terminated,
                      @JsonProperty("lock_wait_under") String lockWaitUnder,
                      @JsonProperty("lock_wait_behind_you_under") String lockWaitBehindYouUnder,
                      @JsonProperty("min_successes") Integer minSuccesses) { }

    /** A solution; {@code kind} is needed only where its name does not tell (see {@link SolutionKind}). */
    record SolutionEntry(String name, String kind) { }

    /** One server of {@code servers:}: the primary, or (with {@code standby_of}) a streaming standby. */
    record ServerEntry(String name, @JsonProperty("standby_of") String standbyOf, Boolean slot, Boolean sync,
                       @JsonProperty("hot_standby_feedback") Boolean hotStandbyFeedback,
                       @JsonProperty("apply_delay") String applyDelay,
                       @JsonProperty("replay_paused") Boolean replayPaused,
                       @JsonProperty("replication_role") String replicationRole) { }

    /** {@code pooler:}, PgBouncer in front of the primary. */
    record PoolerEntry(String name, @JsonProperty("in_front_of") String inFrontOf,
                       @JsonProperty("pool_mode") String poolMode,
                       @JsonProperty("default_pool_size") Integer defaultPoolSize,
                       @JsonProperty("min_pool_size") Integer minPoolSize,
                       @JsonProperty("reserve_pool_size") Integer reservePoolSize,
                       @JsonProperty("max_client_conn") Integer maxClientConn,
                       @JsonProperty("max_db_connections") Integer maxDbConnections,
                       String auth,
                       @JsonProperty("query_wait_timeout") Integer queryWaitTimeout) { }
}
