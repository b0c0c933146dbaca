package dev.ride.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Evidence has a time, also where nothing is fixed: the pooler's admin console. */
class EvidenceTest {

    private static final Pattern SHOW_POOLS = Pattern.compile("show\\s+pools", Pattern.CASE_INSENSITIVE);

    @Test
    void theConsolesEvidenceCountsBeforeTheFirstChangeInAFixedDatabase() {
        Evidence before = Evidence.of(List.of(
                new TranscriptInput("pgbouncer", "SHOW POOLS;"),
                new TranscriptInput("shop", "SELECT pg_terminate_backend(42)")), Map.of());
        Evidence after = Evidence.of(List.of(
                new TranscriptInput("shop", "SELECT pg_terminate_backend(42)"),
                new TranscriptInput("pgbouncer", "SHOW POOLS;")), Map.of());

        assertThat(before.ranBeforeChangeIn("pgbouncer", Set.of("shop"), "pgbouncer", SHOW_POOLS)).isTrue();
        assertThat(after.ranBeforeChangeIn("pgbouncer", Set.of("shop"), "pgbouncer", SHOW_POOLS)).isFalse();
        assertThat(after.ran("pgbouncer", SHOW_POOLS)).as("it was run, only too late").isTrue();
    }

    @Test
    void anActionOrAChangeOnTheConsoleChangesEveryDatabaseWhereverItWasTyped() {
        Pattern lookAtSessions = Pattern.compile("pg_stat_activity");
        Evidence action = Evidence.of(List.of(
                new TranscriptInput("pgbouncer", ":action choose catalog-pool-mode session"),
                new TranscriptInput("catalog", "SELECT * FROM pg_stat_activity")), Map.of());
        Evidence console = Evidence.of(List.of(
                new TranscriptInput("pgbouncer", "SET default_pool_size = 8"),
                new TranscriptInput("catalog", "SELECT * FROM pg_stat_activity")), Map.of());
        Evidence before = Evidence.of(List.of(
                new TranscriptInput("catalog", "SELECT * FROM pg_stat_activity"),
                new TranscriptInput("pgbouncer", ":action reload-config pooler")), Map.of());

        assertThat(action.ranBeforeChangeIn("catalog", Set.of("catalog"), "pgbouncer", lookAtSessions)).isFalse();
        assertThat(console.ranBeforeChangeIn("catalog", Set.of("catalog"), "pgbouncer", lookAtSessions)).isFalse();
        assertThat(before.ranBeforeChangeIn("catalog", Set.of("catalog"), "pgbouncer", lookAtSessions)).isTrue();
    }

    @Test
    void aFailedOrReadingStatementElsewhereIsNoChange() {
        Evidence e = Evidence.of(List.of(
                new TranscriptInput("shop", "SELECT * FROM pg_stat_activity"),
                new TranscriptInput("shop", "DROP TABLE nothing_here", false, null),
                new TranscriptInput("other", "DROP TABLE t"),
                new TranscriptInput("pgbouncer", "show pools")), Map.of());

        assertThat(e.ranBeforeChangeIn("pgbouncer", Set.of("shop"), "pgbouncer", SHOW_POOLS)).isTrue();
    }

    @Test
    void pgStatStatementsCountsAsReadAtTheFirstOperatorMoveEvenWithNoChangeTypedInTheDatabase() {
        Pattern lookAtSessions = Pattern.compile("pg_stat_activity");
        List<TranscriptInput> inputs = List.of(
                new TranscriptInput("pgbouncer", "PAUSE shop;"),
                new TranscriptInput("shop", "SELECT * FROM pg_stat_activity"));
        // the shell's own look is in pg_stat_statements now, not in what the move's read saw
        Map<String, List<String>> now = Map.of("shop", List.of("SELECT * FROM pg_stat_activity"));
        Evidence readAtTheMove = Evidence.of(inputs, now, Map.of("shop", List.of()));
        Evidence lookedBefore = Evidence.of(inputs, now, Map.of("shop", List.of("SELECT * FROM pg_stat_activity")));
        Evidence neverChanged = Evidence.of(List.of(new TranscriptInput("shop", "SELECT 1")), now, Map.of());

        assertThat(readAtTheMove.ranBeforeChangeIn("shop", Set.of("shop"), "pgbouncer", lookAtSessions)).isFalse();
        assertThat(lookedBefore.ranBeforeChangeIn("shop", Set.of("shop"), "pgbouncer", lookAtSessions)).isTrue();
        assertThat(neverChanged.ranBeforeChangeIn("shop", Set.of("shop"), "pgbouncer", lookAtSessions))
                .as("work in another client, with no change at all: before").isTrue();
    }
}
