package dev.ride.shell.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which tables (and aliases) completion reads from a half-typed statement. */
class StatementTablesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "select  from orders where                         | 7  | orders          | ",
        "select o. from orders o join customers c on       | 9  | orders,customers | o=orders,c=customers",
        "select * from public.orders as o, items i where   | 9  | public.orders,items | o=public.orders,i=items",
        "update orders set  where id = 1                   | 18 | orders          | ",
        "insert into orders () values (1)                  | 20 | orders          | ",
        "alter table only orders alter column              | 37 | orders          | ",
        "select 1; select  from customers; select 2 from x | 17 | customers       | ",
        "select 'from nowhere', \"from\" from t -- from z   | 8  | t               | ",
    })
    void findsTheTablesOfTheStatementAroundTheCursor(String sql, int cursor, String tables, String aliases) {
        StatementTables found = StatementTables.around(sql, cursor);
        assertThat(found.tables()).containsExactlyElementsOf(List.of(tables.split(",")));
        if (aliases != null) {
            for (String pair : aliases.split(",")) {
                String[] kv = pair.split("=");
                assertThat(found.aliases()).containsEntry(kv[0], kv[1]);
                assertThat(found.tableFor(kv[0])).isEqualTo(kv[1]);
            }
        } else {
            assertThat(found.aliases()).isEqualTo(Map.of());
        }
    }
}
