package dev.ride.shell.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyStatementTest {

    @Test
    void onlyATextSayingCopyMayBeOne() {
        assertThat(CopyStatement.mayBeCopy("COPY t FROM STDIN")).isTrue();
        assertThat(CopyStatement.mayBeCopy("/* x */ Copy t to stdout")).isTrue();
        assertThat(CopyStatement.mayBeCopy("select 1; copy t from stdin")).isTrue();
        assertThat(CopyStatement.mayBeCopy("select 1")).isFalse();
        assertThat(CopyStatement.mayBeCopy("cop")).isFalse();
        assertThat(CopyStatement.mayBeCopy("")).isFalse();
    }

    @Test
    void whatMayNotBeCopyIsNoneOfTheCopyForms() {
        for (String sql : new String[] {"select 1", "insert into t values (1)", "select 'cop' || 'y'"}) {
            assertThat(CopyStatement.mayBeCopy(sql)).as(sql).isFalse();
            assertThat(CopyStatement.isCopyIn(sql) || CopyStatement.isCopyOut(sql)).as(sql).isFalse();
            assertThat(CombinedQuery.copyParts(sql)).as(sql).isNull();
        }
        assertThat(CopyStatement.isCopyIn("copy t from stdin")).isTrue();
        assertThat(CopyStatement.isCopyOut("COPY t TO STDOUT")).isTrue();
    }
}
