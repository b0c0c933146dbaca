package dev.ride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ride.scenario.LearningPaths;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;

/** {@code ride scenarios --path/--topic/--level} over the repository's catalog and paths. */
class CatalogFilterTest {

    private static final List<Scenario> CATALOG = ScenarioCatalog.scan(Path.of("scenarios")).scenarios();
    private static final LearningPaths PATHS = LearningPaths.scan(LearningPaths.beside(Path.of("scenarios")));

    private static List<String> ids(CatalogFilter f) {
        assertThat(f.problem()).isNull();
        return f.scenarios().stream().map(Scenario::id).toList();
    }

    @Test
    void aPathListsItsScenariosInItsOrder() {
        assertThat(ids(CatalogFilter.apply(CATALOG, PATHS, "replication-and-failover", null, null))).containsExactly(
                "stage-04/01-replica-lag-stopped-replica", "stage-04/03-read-replica-stale-reads",
                "stage-04/04-replica-query-conflict", "stage-04/05-broken-replication-credentials",
                "stage-04/02-wal-explosion-replication-slot", "stage-04/09-unmonitored-replication-slot-lag",
                "stage-04/06-wal-keep-size-too-small", "stage-04/08-replication-slot-dropped",
                "stage-04/10-wal-generation-spike", "stage-04/07-synchronous-replication-latency",
                "stage-08/01-primary-crash-detection", "stage-08/02-manual-replica-promotion",
                "stage-08/03-failed-failover-due-to-lag", "stage-08/05-old-primary-returns", "stage-08/08-timeline-divergence-detected",
                "stage-08/06-app-writes-to-old-endpoint",
                "stage-08/07-failover-with-slot-cleanup");
    }

    @Test
    void topicAndLevelNarrowTheListTogether() {
        List<String> locks = ids(CatalogFilter.apply(CATALOG, PATHS, null, "locks", null));
        assertThat(locks).isNotEmpty().allMatch(id -> id.startsWith("stage-02/"));
        assertThat(ids(CatalogFilter.apply(CATALOG, PATHS, null, "LOCKS &", "l3")))
                .isNotEmpty().isSubsetOf(locks);
        assertThat(ids(CatalogFilter.apply(CATALOG, PATHS, "release-engineering", "Migrations", "3")))
                .isNotEmpty().allMatch(id -> id.startsWith("stage-09/"));
    }

    @Test
    void anUnknownPathOrLevelGetsOneSentenceAndASuggestion() {
        assertThat(CatalogFilter.apply(CATALOG, PATHS, "first-week-on-cal", null, null).problem())
                .isEqualTo("No path 'first-week-on-cal'. Did you mean first-week-on-call? `ride paths` lists them.");
        assertThat(CatalogFilter.apply(CATALOG, PATHS, null, null, "L9").problem())
                .startsWith("No level 'L9'. Levels go from L1 (first steps) to L5; the catalog has L");
        assertThat(CatalogFilter.apply(CATALOG, PATHS, null, "knitting", null).problem())
                .startsWith("No scenario has a topic with 'knitting' in it. Topics: ").contains("Locks & Transactions");
    }
}
