package dev.ride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class RideVersionTest {

    @Test
    void namesTheVersionTheCommitAndTheBundledPostgres() {
        StringWriter out = new StringWriter();
        CommandLine cli = RideCommand.commandLine("--version");
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--version")).isZero();

        // the build fills build.properties in: the test runs in a git checkout with the pom's version
        assertThat(out.toString().lines().toList())
                .satisfies(lines -> assertThat(lines.get(0)).matches("ride \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"))
                .satisfies(lines -> assertThat(lines.get(1)).matches("commit [0-9a-f]{7,}( \\(with uncommitted changes\\))?"))
                .satisfies(lines -> assertThat(lines.get(2)).matches("PostgreSQL 1\\d\\.\\d+ \\(bundled for the embedded engine\\)"));
    }

    @Test
    void zonkysBinaryVersionIsShownAsPostgresMajorDotMinor() {
        assertThat(RideVersion.majorMinor("16.11.0")).isEqualTo("16.11");
        assertThat(RideVersion.majorMinor("unknown")).isEqualTo("unknown");
    }
}
