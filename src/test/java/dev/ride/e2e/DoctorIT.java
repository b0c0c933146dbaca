package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ride doctor} as a user runs it. Docker is made absent the honest way, whatever this machine
 * runs: DOCKER_HOST names a socket nobody listens on.
 */
class DoctorIT {

    @TempDir
    Path dir;

    @Test
    void withoutDockerItSaysSoNamesTheEmbeddedFallbackAndExitsZero() throws Exception {
        String nowhere = "unix://" + dir.resolve("no-docker.sock");
        RideProcess.Result r = RideProcess.run("", List.of("DOCKER_HOST=" + nowhere), "doctor");

        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        List<String> lines = r.stdout().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("no    docker").contains(nowhere)
                .contains("falls back to the embedded engine"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ok    embedded").contains("PostgreSQL) 16"));
        assertThat(lines).last().asString().startsWith("ok    default").contains("embedded engine");
        for (String subject : new String[] {"podman", "pgbouncer", "terminal", "cache", "shm", "clock"}) {
            assertThat(lines).as(subject).anySatisfy(l -> assertThat(l.substring(6)).startsWith(subject));
        }
    }

    @Test
    void withNoEngineAtAllItSaysWhatToDoAndExitsOne() throws Exception {
        RideProcess.Result r = RideProcess.run("", List.of("DOCKER_HOST=unix://" + dir.resolve("no-docker.sock"),
                "RIDE_PG_BIN=" + dir.resolve("no-postgres")), "doctor");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stdout()).contains("no    embedded").contains("set RIDE_PG_BIN")
                .contains("no    default    No engine works here");
    }
}
