package dev.ride.shell.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes to the pager and what straight to the screen (a real pager process: cat into a file). */
class PagedOutputTest {

    @TempDir
    Path dir;

    @Test
    void shortOutputGoesToTheScreenWhenTheCommandEnds() throws Exception {
        StringWriter screen = new StringWriter();
        PagedOutput paged = new PagedOutput(screen, "cat > " + dir.resolve("paged"));
        paged.begin(5, 80);
        paged.write("a\nb\n");
        assertThat(screen.toString()).as("held until the end").isEmpty();
        paged.end();
        assertThat(screen.toString()).isEqualTo("a\nb\n");
        assertThat(dir.resolve("paged")).doesNotExist();
        paged.write("after\n");
        assertThat(screen.toString()).endsWith("after\n");
    }

    @Test
    void tallOutputGoesWholeToThePager() throws Exception {
        StringWriter screen = new StringWriter();
        Path file = dir.resolve("paged");
        PagedOutput paged = new PagedOutput(screen, "cat > " + file);
        paged.begin(3, 80);
        StringBuilder expected = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            paged.write("row " + i + "\n");
            expected.append("row ").append(i).append('\n');
        }
        paged.end();
        assertThat(screen.toString()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(expected.toString());
    }

    @Test
    void aPagerQuitEarlyLosesTheRestQuietly() throws Exception {
        StringWriter screen = new StringWriter();
        PagedOutput paged = new PagedOutput(screen, "head -c 1 > /dev/null");
        paged.begin(1, 80);
        for (int i = 0; i < 100_000; i++) {
            paged.write("line " + i + "\n");
        }
        paged.end();
        assertThat(screen.toString()).isEmpty();
    }

    @Test
    void aTableWiderThanTheScreenGoesToThePagerOtherWideLinesDoNot() throws Exception {
        StringWriter screen = new StringWriter();
        Path file = dir.resolve("paged");
        PagedOutput paged = new PagedOutput(screen, "cat > " + file);
        paged.begin(24, 10);
        paged.write("a notice wider than ten columns\n");
        paged.tableWidth(10); // fits exactly
        paged.write(" 123456789\n");
        paged.end();
        assertThat(screen.toString()).isEqualTo("a notice wider than ten columns\n 123456789\n");
        assertThat(file).doesNotExist();

        paged.begin(24, 10);
        paged.write("before\n");
        paged.tableWidth(11);
        paged.write(" 1234567890\n");
        paged.end();
        assertThat(Files.readString(file)).isEqualTo("before\n 1234567890\n");

        paged.tableWidth(500); // between commands: nothing is held, nothing to page
        assertThat(screen.toString()).isEqualTo("a notice wider than ten columns\n 123456789\n");
    }

    @Test
    void pagerFromTheEnvironment() {
        assertThat(PagedOutput.pagerCommand(Map.of("PSQL_PAGER", "most", "PAGER", "more"))).isEqualTo("most");
        assertThat(PagedOutput.pagerCommand(Map.of("PSQL_PAGER", "", "PAGER", "more"))).isNull();
        assertThat(PagedOutput.pagerCommand(Map.of("PAGER", "more"))).isEqualTo("more");
        assertThat(PagedOutput.pagerCommand(Map.of("PAGER", " "))).isNull();
        assertThat(PagedOutput.pagerCommand(Map.of("PATH", "/usr/bin:/bin"))).isEqualTo("less -SRX");
        assertThat(PagedOutput.pagerCommand(Map.of("PATH", dir.toString()))).isNull();
    }
}
