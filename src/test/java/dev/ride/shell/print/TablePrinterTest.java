package dev.ride.shell.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.shell.print.PrintOptions.Expanded;
import dev.ride.shell.print.PrintOptions.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables in, text out, compared with what psql 15 printed for the same values. The expected files
 * under {@code printer/} are psql's own output (stdout of {@code psql -X}) for the query named in
 * each case.
 */
class TablePrinterTest {

    private static final PrintOptions DEFAULTS = PrintOptions.defaults();

    /** Column spec "name:r" is right-aligned (a numeric type in psql), "name" left-aligned. */
    static PrintTable table(String columns, String[]... rows) {
        List<String> headers = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        if (!columns.isEmpty()) {
            for (String spec : columns.split(",", -1)) {
                boolean r = spec.endsWith(":r");
                headers.add(r ? spec.substring(0, spec.length() - 2) : spec);
                right.add(r);
            }
        }
        boolean[] aligns = new boolean[right.size()];
        for (int i = 0; i < aligns.length; i++) {
            aligns[i] = right.get(i);
        }
        return new PrintTable(null, headers, aligns, TableRows.of(Arrays.asList(rows)), null);
    }

    static String[] row(String... cells) {
        return cells;
    }

    static Stream<Arguments> cases() {
        PrintTable idName = table("id:r,name", row("1", "ann"), row("22", "bo\nb"));
        PrintTable abRows = table("n:r,txt", row("1", "ab "), row("2", "ab ab "), row("3", "ab ab ab "),
                row("4", "ab ab ab ab "));
        PrintOptions wrapped16 = DEFAULTS.withFormat(Format.WRAPPED).withColumns(16);
        return Stream.of(
                // select 1 as id, 'ann' as name union all select 22, 'bob' order by 1;
                Arguments.of("basic", table("id:r,name", row("1", "ann"), row("22", "bob")), DEFAULTS),
                // select 42 as n, E'line1\nline two' as txt, null as nothing, '' as empty, 'x' as last;
                Arguments.of("multiline", table("n:r,txt,nothing,empty,last",
                        row("42", "line1\nline two", null, "", "x")), DEFAULTS),
                // select '日本語' as "名前", 'e' || U&'\0301' as accent, 7 as n;
                Arguments.of("wide", table("名前,accent,n:r", row("日本語", "e\u0301", "7")), DEFAULTS),
                // select 1 as a where false;
                Arguments.of("zero_rows", table("a:r"), DEFAULTS),
                // select;
                Arguments.of("zero_columns", table("", row()), DEFAULTS),
                // select 1 as "a<newline>bc", E'x\ty' as tab, E'c\001d' as ctl, E'cr\rx' as cr;
                Arguments.of("control", table("a\nbc:r,tab,ctl,cr", row("1", "x\ty", "c\u0001d", "cr\rx")),
                        DEFAULTS),
                // \x, then: select 1 as id, 'ann' as name union all select 22, E'multi\nline' order by 1;
                Arguments.of("expanded", table("id:r,name", row("1", "ann"), row("22", "multi\nline")),
                        DEFAULTS.withExpanded(Expanded.ON)),
                Arguments.of("expanded_zero_rows", table("a:r"), DEFAULTS.withExpanded(Expanded.ON)),
                Arguments.of("border0", idName, DEFAULTS.withBorder(0)),
                Arguments.of("border2", idName, DEFAULTS.withBorder(2)),
                Arguments.of("border2_expanded", idName, DEFAULTS.withBorder(2).withExpanded(Expanded.ON)),
                Arguments.of("border0_expanded", idName, DEFAULTS.withBorder(0).withExpanded(Expanded.ON)),
                Arguments.of("unaligned", table("id:r,name", row("1", "ann"), row("22", "b|b")),
                        DEFAULTS.withFormat(Format.UNALIGNED)),
                Arguments.of("csv", table("id:r,name", row("1", "ann"), row("22", "b,\"b")),
                        DEFAULTS.withFormat(Format.CSV)),
                // \pset null (null) then \t: select 1 as id, null as name;
                Arguments.of("tuples_only_null", table("id:r,name", row("1", null)),
                        DEFAULTS.withNullPrint("(null)").withTuplesOnly(true)),
                Arguments.of("null_display", table("id:r,name", row("1", null)),
                        DEFAULTS.withNullPrint("(null)")),
                // \pset format wrapped, \pset columns 16:
                // select n, repeat('ab ', n) as txt from generate_series(1,4) n;
                Arguments.of("wrapped_border1", abRows, wrapped16),
                // the same with \pset linestyle old-ascii and \x
                Arguments.of("wrapped_expanded_old_ascii", abRows,
                        wrapped16.withLineStyle(LineStyle.OLD_ASCII).withExpanded(Expanded.ON)),
                // \pset linestyle unicode, \pset border 2, then the query of "border2"
                Arguments.of("unicode_border2", idName, DEFAULTS.withLineStyle(LineStyle.UNICODE).withBorder(2)),
                // \pset linestyle old-ascii: select E'a\nbb' as "x<newline>y", 'q' as z, 3 as n;
                Arguments.of("old_ascii_multiline", table("x\ny,z,n:r", row("a\nbb", "q", "3")),
                        DEFAULTS.withLineStyle(LineStyle.OLD_ASCII)),
                // wrapped, \pset columns 20, unicode, \x:
                // select E'a\nbb' as "x<newline>y", 'qqqqqqqqqqqqqqqqqqqqqqqqq' as z;
                Arguments.of("wrapped_expanded_unicode", table("x\ny,z", row("a\nbb", "q".repeat(25))),
                        DEFAULTS.withFormat(Format.WRAPPED).withColumns(20).withLineStyle(LineStyle.UNICODE)
                                .withExpanded(Expanded.ON)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsLikePsql(String expectedFile, PrintTable table, PrintOptions options) throws IOException {
        assertThat(render(table, options)).isEqualTo(expected(expectedFile));
    }

    @Test
    void centresTheTitleOverTheTable() {
        PrintTable table = new PrintTable("List of schemas", List.of("Name", "Owner"), new boolean[2],
                TableRows.of(List.<String[]>of(row("billing", "postgres"), row("public", "pg_database_owner"))),
                null);
        assertThat(render(table, DEFAULTS)).isEqualTo("""
                       List of schemas
                  Name   |       Owner      \s
                ---------+-------------------
                 billing | postgres
                 public  | pg_database_owner
                (2 rows)

                """);
    }

    @Test
    void explicitFootersReplaceTheRowCount() {
        PrintTable table = new PrintTable("Index \"public.i\"", List.of("Column", "Type"), new boolean[2],
                TableRows.of(List.<String[]>of(row("id", "integer"))), List.of("btree, for table \"public.t\""));
        assertThat(render(table, DEFAULTS)).isEqualTo("""
                 Index "public.i"
                 Column |  Type  \s
                --------+---------
                 id     | integer
                btree, for table "public.t"

                """);
    }

    @Test
    void expandedAutoTurnsVerticalOnlyWhenTooWide() {
        PrintTable table = table("id:r,name", row("1", "a rather long value"));
        PrintOptions auto = DEFAULTS.withExpanded(Expanded.AUTO);
        assertThat(render(table, auto.withColumns(80))).startsWith(" id |");
        assertThat(render(table, auto.withColumns(10))).startsWith("-[ RECORD 1 ]");
        assertThat(render(table, auto)).startsWith(" id |"); // not a terminal: never vertical
    }

    @Test
    void theTerminalWidthIsUsedWhenColumnsIsUnsetAndColumnsWins() {
        PrintTable table = table("id:r,name", row("1", "a rather long value"));
        PrintOptions wrapped = DEFAULTS.withFormat(Format.WRAPPED);
        String narrow = render(table, wrapped.withColumns(14));
        assertThat(narrow).contains(".\n    |.");
        assertThat(render(table, wrapped.withTerminalColumns(14))).isEqualTo(narrow);
        assertThat(render(table, wrapped.withTerminalColumns(14).withColumns(80))).isEqualTo(render(table, DEFAULTS));
        assertThat(render(table, wrapped)).isEqualTo(render(table, DEFAULTS)); // no width known: no wrapping
    }

    /**
     * Not expanded only: psql 15's wrapped expanded output widens the data column to its record
     * lines ("-[ RECORD 1 ]-"), aligned does not (the golden case 100 compares both with psql).
     */
    @Test
    void wrappedAndAlignedAgreeWhenNothingNeedsWrapping() {
        PrintTable table = table("id:r,name,note", row("1", "ann", "x\ny"), row("22", "日本", null));
        for (int border = 0; border <= 2; border++) {
            PrintOptions aligned = DEFAULTS.withBorder(border).withNullPrint("-");
            assertThat(render(table, aligned.withFormat(Format.WRAPPED).withColumns(200)))
                    .as("border %d", border)
                    .isEqualTo(render(table, aligned));
        }
    }

    static String render(PrintTable table, PrintOptions options) {
        StringWriter text = new StringWriter();
        new TablePrinter(new PrintWriter(text)).print(table, options);
        return text.toString();
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = TablePrinterTest.class.getResourceAsStream("printer/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
