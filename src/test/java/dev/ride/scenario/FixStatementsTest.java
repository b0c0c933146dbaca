package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The changes a transcript makes, as the first-hint rule names them. */
class FixStatementsTest {

    private static List<String> tags(String transcript) {
        return FixStatements.of(transcript.lines().toList()).stream().map(FixStatements.Tag::text).toList();
    }

    @Test
    void looksAreNoChangesAndChangesAreNamedByTheirCommand() {
        assertThat(tags("""
                SELECT pid FROM pg_stat_activity;
                \\d orders
                EXPLAIN ANALYZE SELECT 1;
                CREATE UNIQUE INDEX CONCURRENTLY o_idx
                  ON orders (id);
                ALTER ROLE deploy SET lock_timeout = '3s';
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'maria';
                VACUUM (VERBOSE) orders;
                CHECKPOINT;
                SET lock_timeout='3s';
                :action promote standby
                :action
                :submit --json
                """)).containsExactly("CREATE INDEX", "ALTER ROLE", "pg_terminate_backend", "VACUUM orders", "CHECKPOINT",
                "SET lock_timeout", ":action promote");
    }

    @Test
    void whatARolledBackTransactionDidChangedNothing() {
        assertThat(tags("""
                BEGIN;
                INSERT INTO accounts (email) VALUES ('probe@example.com');
                ROLLBACK;
                BEGIN;
                UPDATE invoices SET due_date = issued_on;
                COMMIT;
                """)).containsExactly("UPDATE invoices");
    }

    @Test
    void aTagIsFoundInProseInAnyCaseAndSpacingButNotInsideAnotherWord() {
        FixStatements.Tag index = FixStatements.of(List.of("CREATE INDEX i ON t (a);")).get(0);
        FixStatements.Tag cancel = FixStatements.of(List.of("SELECT pg_cancel_backend(42);")).get(0);

        assertThat(index.pattern().matcher("then create\n unique index on t").find()).isTrue();
        assertThat(index.pattern().matcher("indexes are created by the release").find()).isFalse();
        assertThat(cancel.pattern().matcher("pg_cancel_backend ends the query").find()).isTrue();
        assertThat(cancel.pattern().matcher("my_pg_cancel_backend_log").find()).isFalse();
    }
}
