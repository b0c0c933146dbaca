package dev.ride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManPagesTest {

    @Test
    void writesOnePagePerCommandFromTheAnnotations(@TempDir Path dir) throws Exception {
        assertThat(ManPages.write(dir.toFile())).isZero();

        assertThat(dir.resolve("ride.adoc")).exists();
        for (String page : new String[] {"ride-postgres-start", "ride-scenarios", "ride-completion", "ride-sandbox-ls"}) {
            assertThat(dir.resolve(page + ".adoc")).as(page).exists();
        }
        String start = Files.readString(dir.resolve("ride-postgres-start.adoc"));
        assertThat(start).contains(":doctype: manpage").contains("--engine").contains("SCENARIO")
                .contains("Boot a throwaway PostgreSQL");
        assertThat(Files.readString(dir.resolve("ride.adoc"))).contains("completion").contains("postgres");
    }
}
