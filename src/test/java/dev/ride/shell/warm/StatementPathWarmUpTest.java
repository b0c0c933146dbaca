package dev.ride.shell.warm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The warm-up runs its whole script through a real shell session and pgjdbc against its stand-in
 * backend on 127.0.0.1, every statement answered: were one refused, the session would stop early
 * and the path after it would stay cold (the warm-up hides its failure from the learner, so this
 * test is where it shows). The stand-in lets in only its own random user.
 */
class StatementPathWarmUpTest {

    @Test
    void everyStatementOfTheWarmUpRunsAgainstItsStandInBackend() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        boolean ran = StatementPathWarmUp.run(StatementPathWarmUp.STATEMENTS, new java.io.PrintWriter(out), new java.io.PrintWriter(err));

        assertThat(ran).as(err.toString()).isTrue();
        assertThat(err.toString()).isEmpty();
        // psql's aligned table of one int4, STATEMENTS times
        assertThat(out.toString()).isEqualTo(" ?column? \n----------\n        1\n(1 row)\n\n".repeat(StatementPathWarmUp.STATEMENTS));
    }

    @Test
    void theStandInBackendRefusesAnyOtherUserAndServesOneConnectionOnly() throws Exception {
        try (LoopbackBackend backend = new LoopbackBackend()) {
            java.util.Properties stranger = new java.util.Properties();
            stranger.setProperty("user", "postgres");
            stranger.setProperty("sslmode", "disable");
            stranger.setProperty("gssEncMode", "disable");
            String url = "jdbc:postgresql://127.0.0.1:" + backend.port() + "/warm";
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, stranger))
                    .isInstanceOf(java.sql.SQLException.class);
            // it stopped listening after that one connection: the warm-up's own login now finds nobody
            java.util.Properties own = new java.util.Properties();
            own.setProperty("user", backend.user());
            own.setProperty("sslmode", "disable");
            own.setProperty("gssEncMode", "disable");
            own.setProperty("connectTimeout", "2");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, own))
                    .isInstanceOf(java.sql.SQLException.class);
        }
    }
}
