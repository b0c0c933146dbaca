package dev.ride.shell.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which buffers are streamed (one select-like statement) and which take FETCH_COUNT's cursor (psql's rule),
 * and how many rows a streamed result's round trips ask for.
 */
class SelectCommandTest {

    @ParameterizedTest(name = "[{0}] streamed={1} fetch_count={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "select 1;                                  | true  | true",
        "SELECT 1                                   | true  | true",
        "  -- why\\n/* a comment */ ((select 1));    | true  | true",
        "values (1), (2);                           | true  | true",
        "table pg_am;                               | true  | false",
        "with x as (select 1) select * from x;      | true  | false",
        "(with x as (select 1) select * from x);    | true  | false",
        "with d as (delete from t returning *) select 1; | true | false",
        "with s as (select 1) insert into t select * from s returning *; | false | false",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) UPDATE t SET a = 1 RETURNING a; | false | false",
        "with a as materialized (select (1)), b (x) as (values (2)) table b; | true | false",
        "with r(n) as (select 1) search depth first by n set o select * from r; | true | false",
        "with broken as (select 1;                  | false | false",
        "selectx 1;                                 | false | false",
        "insert into t select 1;                    | false | false",
        "select 1; select 2;                        | false | false",
        "select 1; -- only a comment after          | true  | true",
        "select ';' as semi;                        | true  | true",
        "select $$;$$ as semi;                      | true  | true",
        "select $1;                                 | false | true",
        "explain select 1;                          | false | false",
        "``                                         | false | false",
    })
    void decides(String sql, boolean streamed, boolean fetchCount) {
        String text = sql.replace("\\n", "\n");
        assertThat(StreamedQuery.applies(text)).isEqualTo(streamed);
        assertThat(FetchCountQuery.applies(text)).isEqualTo(fetchCount);
    }

    @org.junit.jupiter.api.Test
    void batchesAfterTheFirstHoldAboutAMegabyteOfRowsWhateverTheirWidth() {
        assertThat(StreamedQuery.fetchSizeAfter(1024, 1024L * 45, 4096)).as("narrow rows").isEqualTo(4096);
        assertThat(StreamedQuery.fetchSizeAfter(1024, 1024L * 10_000, 4096)).as("10 KB rows").isEqualTo(104);
        assertThat(StreamedQuery.fetchSizeAfter(16, 16L * 50_000_000, 4096)).as("50 MB rows").isEqualTo(16);
        assertThat(StreamedQuery.fetchSizeAfter(0, 0, 4096)).as("an empty batch").isEqualTo(4096);
    }
}
