package dev.ride.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import dev.ride.sandbox.Sandbox;
import dev.ride.scenario.SeedScenario;
import dev.ride.shell.ShellHost.ExecutedInput;
import org.junit.jupiter.api.Test;

/**
 * pg_stat_statements is read at the first change of each database, and in a topology at the first
 * operator move for every database: a look taken after the move is not in what was read
 * (on a real server, the seed's sandbox).
 */
class FirstChangesTest {

    private static final List<String> DATABASES = List.of("tenant_a", "tenant_b", "tenant_c");

    @Test
    void aChangeOnThePoolersConsoleReadsEveryDatabaseBeforeTheLooksThatFollowIt() throws Exception {
        Sandbox sandbox = SeedScenario.fresh(); // shared by the test JVM: not closed here
        FirstChanges changes = new FirstChanges(sandbox, DATABASES, Set::of);
        try (Connection c = sandbox.connect("tenant_b"); Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
            s.execute("select count(*) from orders /* before the move */");

            changes.executed(new ExecutedInput("pgbouncer", "SHOW POOLS;", ExecutedInput.Kind.SQL, null));
            assertThat(changes.statements()).as("a SHOW only looks").isEmpty();
            changes.executed(new ExecutedInput("pgbouncer", "PAUSE shop;", ExecutedInput.Kind.SQL, "pooler is down"));
            assertThat(changes.statements()).as("a command that failed changed nothing").isEmpty();

            changes.executed(new ExecutedInput("pgbouncer", "PAUSE shop;", ExecutedInput.Kind.SQL, null));
            s.execute("select count(*) from orders /* after the move */");

            assertThat(changes.statements()).containsOnlyKeys(DATABASES);
            assertThat(changes.statements().get("tenant_b"))
                    .anyMatch(q -> q.contains("before the move"))
                    .noneMatch(q -> q.contains("after the move"));
        }
    }

    @Test
    void anActionKeepsWhatWasReadBeforeItOnlyOnceItRan() throws Exception {
        Sandbox sandbox = SeedScenario.fresh();
        FirstChanges changes = new FirstChanges(sandbox, DATABASES, Set::of);
        try (Connection c = sandbox.connect("tenant_c"); Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
            s.execute("select count(*) from orders /* the first look */");

            changes.beforeOperatorMove(); // a refused action: nothing kept
            assertThat(changes.statements()).isEmpty();

            var before = changes.beforeOperatorMove();
            s.execute("select count(*) from orders /* after the action */");
            changes.keep(before);
            changes.executed(new ExecutedInput("tenant_c", "DROP TABLE IF EXISTS nothing_here", ExecutedInput.Kind.SQL, null));

            assertThat(changes.statements().get("tenant_c"))
                    .as("the first read stays: the action came before the change typed in tenant_c")
                    .anyMatch(q -> q.contains("the first look"))
                    .noneMatch(q -> q.contains("after the action"));
        }
    }
}
