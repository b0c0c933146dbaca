package dev.ride.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import dev.ride.testing.TestSandboxes;

/**
 * A standby is waited for until it replayed the position that {@link StandbyLogins#position}
 * gives. That position must be WAL the primary already wrote out, or the wait lasts until the
 * primary happens to write again. The case that broke it: a commit record ending exactly on a
 * page boundary, after which the insert position points past the next page's header. It comes
 * about once in a thousand commits, so the test commits until it saw it.
 */
class StandbyLoginsPositionTest {

    private static final int MOST_COMMITS = 50_000;

    @Test
    void thePositionIsWalAlreadyFlushedEvenWhenTheLastRecordEndsOnAPageBoundary() throws SQLException {
        String db = TestSandboxes.newDatabase("standby_position");
        try (Connection c = TestSandboxes.shared().connect(db); Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = local");
            s.execute("create table padding (note text)");
            int boundaries = 0;
            for (int i = 0; i < MOST_COMMITS && boundaries < 3; i++) {
                s.execute("insert into padding values (repeat('x', " + (i % 97) + "))");
                String position = StandbyLogins.position(s);
                try (ResultSet rs = s.executeQuery("select '" + position + "'::pg_lsn <= pg_current_wal_flush_lsn(),"
                        + " pg_current_wal_insert_lsn() > pg_current_wal_flush_lsn()")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as("position %s after commit %d is flushed WAL", position, i).isTrue();
                    if (rs.getBoolean(2)) {
                        boundaries++;
                    }
                }
            }
            assertThat(boundaries).as("commits whose insert position ran past the flushed WAL").isPositive();
        }
    }
}
