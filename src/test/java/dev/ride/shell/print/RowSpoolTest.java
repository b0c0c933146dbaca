package dev.ride.shell.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.core.Tuple;

/** The spool keeps a result's rows: in memory, then in a temp file nobody else can see or leave behind. */
class RowSpoolTest {

    @TempDir
    Path tempDir;

    private static Tuple row(String... cells) {
        byte[][] data = new byte[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            data[i] = cells[i] == null ? null : cells[i].getBytes(StandardCharsets.UTF_8);
        }
        return new Tuple(data);
    }

    private long filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void keepsSmallResultsInMemory() {
        try (RowSpool spool = new RowSpool(2, 1 << 20, tempDir)) {
            spool.add(row("1", "one"));
            spool.add(row("2", null));
            assertThat(spool.spilled()).isFalse();
            assertThat(spool.size()).isEqualTo(2);
            assertThat(spool.cell(0, 1)).isEqualTo("one");
            assertThat(spool.cell(1, 0)).isEqualTo("2");
            assertThat(spool.cell(1, 1)).isNull();
        }
    }

    @Test
    void spillsToAnUnlinkedFileAndReadsBackAfterARewind() throws Exception {
        int rows = 50_000;
        try (RowSpool spool = new RowSpool(3, 64 << 10, tempDir)) {
            for (int i = 0; i < rows; i++) {
                spool.add(row(Integer.toString(i), i % 3 == 0 ? null : "ü漢" + i, i % 1000 == 0 ? "x".repeat(70_000) : ""));
            }
            assertThat(spool.spilled()).isTrue();
            // the file is removed as soon as it is opened: nothing is left behind even if the JVM dies
            assertThat(filesIn(tempDir)).isZero();
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < rows; i++) {
                    assertThat(spool.cell(i, 0)).isEqualTo(Integer.toString(i));
                    assertThat(spool.cell(i, 1)).isEqualTo(i % 3 == 0 ? null : "ü漢" + i);
                    assertThat(spool.cell(i, 2)).hasSize(i % 1000 == 0 ? 70_000 : 0);
                }
            }
            // a jump back lands on the right row
            assertThat(spool.cell(7, 1)).isEqualTo("ü漢7");
            spool.seek(1000);
            assertThat(spool.length(1)).isEqualTo(("ü漢1000").getBytes(StandardCharsets.UTF_8).length);
            assertThat(spool.length(0)).isEqualTo(4);
        }
        assertThat(filesIn(tempDir)).isZero();
    }

    @Test
    void anEmptyResultHasNoRows() {
        try (RowSpool spool = new RowSpool(1, 0, tempDir)) {
            assertThat(spool.size()).isZero();
        }
    }

    @Test
    void rowsWithoutColumnsAreCounted() {
        try (RowSpool spool = new RowSpool(0, 1 << 20, tempDir)) {
            spool.add(row());
            spool.add(row());
            assertThat(spool.size()).isEqualTo(2);
        }
    }
}
