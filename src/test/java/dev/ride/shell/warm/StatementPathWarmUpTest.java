package dev.ride.shell.warm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The warm-up runs its whole script through a real shell session and pgjdbc against the backend
 * in memory, every statement answered: were one refused, the session would stop early and the
 * path after it would stay cold (the warm-up hides its failure from the learner, so this test is
 * where it shows).
 */
class StatementPathWarmUpTest {

    @Test
    void everyStatementOfTheWarmUpRunsAgainstTheBackendInMemory() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        boolean ran = StatementPathWarmUp.run(StatementPathWarmUp.STATEMENTS, new java.io.PrintWriter(out), new java.io.PrintWriter(err));

        assertThat(ran).as(err.toString()).isTrue();
        assertThat(err.toString()).isEmpty();
        // psql's aligned table of one int4, STATEMENTS times
        assertThat(out.toString()).isEqualTo(" ?column? \n----------\n        1\n(1 row)\n\n".repeat(StatementPathWarmUp.STATEMENTS));
    }
}
