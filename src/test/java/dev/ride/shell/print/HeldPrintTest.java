package dev.ride.shell.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.shell.print.PrintOptions.Expanded;
import dev.ride.shell.print.PrintOptions.Format;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.core.Tuple;

/**
 * A result formatted batch by batch as it arrives prints the same bytes as the whole result printed
 * at once, in every unaligned and csv variant and wherever the batch edges fall. (Against psql
 * itself, golden cases 88, 89 and 93 check it on a real server.)
 */
class HeldPrintTest {

    private static final List<String> HEADERS = List.of("id", "note", "n");
    private static final boolean[] RIGHT = {true, false, true};

    static Stream<Arguments> variants() {
        List<UnaryOperator<PrintOptions>> settings = List.of(
                o -> o,
                o -> o.withTuplesOnly(true),
                o -> o.withFooter(false),
                o -> o.withTitle("a title"),
                o -> o.withExpanded(Expanded.ON),
                o -> o.withExpanded(Expanded.ON).withTuplesOnly(true),
                o -> o.withExpanded(Expanded.AUTO).withColumns(5),
                o -> o.withFieldSeparator(";").withRecordSeparator("<>"),
                o -> o.withFieldSeparator(null).withRecordSeparator(null),
                o -> o.withNullPrint("(null)"),
                o -> o.withCsvFieldSeparator(';'));
        List<Arguments> cases = new ArrayList<>();
        for (Format format : List.of(Format.UNALIGNED, Format.CSV)) {
            for (int s = 0; s < settings.size(); s++) {
                for (int rows : new int[] {0, 1, 2, 7}) {
                    for (int batch : new int[] {1, 2, 3, 100}) {
                        // an empty last batch follows a full one only: a result's first batch with no
                        // rows is its only one (the server suspends a portal only at the row limit)
                        for (boolean emptyLast : rows == 0 ? new boolean[] {false} : new boolean[] {false, true}) {
                            PrintOptions options = settings.get(s).apply(PrintOptions.defaults().withFormat(format));
                            cases.add(Arguments.of(format + " setting " + s + ", " + rows + " rows in batches of "
                                    + batch + (emptyLast ? ", then an empty last batch" : ""),
                                    options, rows, batch, emptyLast));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void batchesPrintWhatTheWholeResultPrints(String name, PrintOptions options, int rowCount, int batchSize,
                                              boolean emptyLast) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < rowCount; i++) {
            rows.add(new String[] {Integer.toString(i), i % 3 == 0 ? "ü,\"q\"|x" : "plain " + i,
                i % 2 == 0 ? null : Integer.toString(i * 2)});
        }

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        new TablePrinter(new Utf8Output(whole)).print(new PrintTable(options.title(),
                HEADERS, RIGHT, TableRows.of(rows), null), options);

        ByteArrayOutputStream batched = new ByteArrayOutputStream();
        try (HeldPrint print = new HeldPrint(new PrintTable(options.title(), HEADERS, RIGHT, TableRows.of(List.of()), null),
                options)) {
            // as the driver hands them over: the last batch is the one no cursor follows, and a
            // result of a multiple of the fetch size ends with an empty one
            int at = 0;
            do {
                int end = Math.min(rows.size(), at + batchSize);
                print.batch(tuples(rows.subList(at, end)), end == rows.size() && !emptyLast);
                at = end;
            } while (at < rows.size());
            if (emptyLast) {
                print.batch(tuples(List.of()), true);
            }
            assertThat(print.rows()).isEqualTo(rowCount);
            Utf8Output out = new Utf8Output(batched);
            print.release(out);
            out.flush();
        }
        assertThat(batched.toString(StandardCharsets.UTF_8)).isEqualTo(whole.toString(StandardCharsets.UTF_8));
        assertThat(batched.toByteArray()).isEqualTo(whole.toByteArray());
    }

    /** Rows as the driver hands them over (UTF-8 bytes, null for NULL), through the printer's byte path. */
    private static TupleRows tuples(List<String[]> rows) {
        List<Tuple> tuples = new ArrayList<>();
        for (String[] row : rows) {
            tuples.add(new Tuple(Arrays.stream(row)
                    .map(cell -> cell == null ? null : cell.getBytes(StandardCharsets.UTF_8))
                    .toArray(byte[][]::new)));
        }
        return new TupleRows(tuples);
    }
}
