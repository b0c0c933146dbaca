package dev.ride.shell.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.shell.print.PrintOptions;
import dev.ride.shell.print.PrintTable;
import dev.ride.shell.print.TableRows;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pivot of {@code \crosstabview} on its own; the golden case 102_crosstabview compares whole
 * outputs with psql 15 live. Expected orders and messages are psql 15's for the same rows.
 */
class CrosstabViewTest {

    private static final int TEXT = 25;
    private static final int INT4 = 23;
    private static final List<SqlRunner.Column> COLUMNS = List.of(new SqlRunner.Column("v", TEXT),
            new SqlRunner.Column("h", TEXT), new SqlRunner.Column("d", INT4), new SqlRunner.Column("r", INT4));

    private static TableRows rows(String[]... rows) {
        return TableRows.of(Arrays.asList(rows));
    }

    private static CrosstabView.Pivoted pivot(TableRows rows, String... args) {
        return CrosstabView.pivot(COLUMNS, rows, List.of(args), PrintOptions.defaults(), "(null)");
    }

    @Test
    void rowsAndColumnsKeepTheOrderOfFirstAppearanceAndNullIsAHeader() {
        PrintTable table = pivot(rows(new String[] {"b", "y", "1", null}, new String[] {"a", "x", "2", null},
                new String[] {"b", null, "3", null}), "v", "h", "d").table();
        assertThat(table.headers()).containsExactly("v", "y", "x", "");
        assertThat(table.rightAligned()).containsExactly(false, true, true, true);
        assertThat(table.rows().size()).isEqualTo(2);
        assertThat(List.of(table.rows().cell(0, 0), table.rows().cell(0, 1), table.rows().cell(0, 2),
                table.rows().cell(0, 3))).containsExactly("b", "1", "", "3");
    }

    @Test
    void aSortColumnRanksTheColumnsByItsIntegers() {
        PrintTable table = pivot(rows(new String[] {"a", "x", "1", "3"}, new String[] {"a", "y", "2", "-1"},
                new String[] {"a", "z", "3", "n/a"}), "1", "2", "3", "4").table();
        assertThat(table.headers()).containsExactly("v", "y", "z", "x"); // -1, then "n/a" as 0, then 3
    }

    @Test
    void errorsAreWordedAsPsqls() {
        TableRows two = rows(new String[] {"a", "x", "1", "1"}, new String[] {"a", "x", "2", "1"});
        assertThat(pivot(two, "v", "h", "d").error())
                .isEqualTo("\\crosstabview: query result contains multiple data values for row \"a\", column \"x\"");
        assertThat(pivot(two).error())
                .isEqualTo("\\crosstabview: data column must be specified when query returns more than three columns");
        assertThat(pivot(two, "1", "V").error())
                .isEqualTo("\\crosstabview: vertical and horizontal headers must be different columns");
        assertThat(pivot(two, "5").error()).isEqualTo("\\crosstabview: column number 5 is out of range 1..4");
        assertThat(pivot(two, "\"V\"").error()).isEqualTo("\\crosstabview: column name not found: \"V\"");
    }

    @Test
    void namesAreDequotedAndDowncasedAsIdentifiers() {
        assertThat(CrosstabView.dequoteDowncase("Month")).isEqualTo("month");
        assertThat(CrosstabView.dequoteDowncase("\"Month\"")).isEqualTo("Month");
        assertThat(CrosstabView.dequoteDowncase("\"\"\"m\"\" N\"")).isEqualTo("\"m\" N");
        assertThat(CrosstabView.dequoteDowncase("A\"B\"C")).isEqualTo("aBc");
    }
}
