package dev.ride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorChecksTest {

    @Test
    void aClockBeforeTheCommitIsWrong() {
        Finding f = ClockCheck.check(Instant.parse("2020-01-01T00:00:00Z"), "2026-12-06T10:00:00Z", ZoneId.of("UTC"));
        assertThat(f.status()).isEqualTo(Finding.Status.WARN);
        assertThat(f.text()).contains("before this ride was built").contains("timedatectl");
    }

    @Test
    void aClockAfterTheCommitOrAnUnknownCommitTimeIsFine() {
        assertThat(ClockCheck.check(Instant.parse("2027-01-01T00:00:00Z"), "2026-12-06T10:00:00Z", ZoneId.of("UTC")).status())
                .isEqualTo(Finding.Status.OK);
        assertThat(ClockCheck.check(Instant.now(), "unknown", ZoneId.of("UTC")).status()).isEqualTo(Finding.Status.OK);
    }

    @Test
    void aDaemonClockFarFromOursIsNamed() {
        assertThat(ClockCheck.skewNote(Instant.now().plus(Duration.ofMinutes(3)))).contains("s off ours");
        assertThat(ClockCheck.skewNote(Instant.now())).isEmpty();
    }

    @Test
    void aMissingShmIsAWarningThatSaysTheEmbeddedEngineIsFine(@TempDir Path dir) {
        Finding f = HostChecks.sharedMemory(dir.resolve("shm"));
        assertThat(f.status()).isEqualTo(Finding.Status.WARN);
        assertThat(f.text()).contains("is missing").contains("mmap");
    }

    @Test
    void theDefaultEngineWorksWhenEitherEngineDoes() {
        Finding docker = Finding.missing("docker", "x");
        Finding embedded = Finding.ok("embedded", "y");
        assertThat(DoctorCommand.defaultEngine(docker, embedded).text()).contains("embedded engine");
        assertThat(DoctorCommand.defaultEngine(Finding.ok("docker", "x"), embedded).text()).contains("Docker");
        assertThat(DoctorCommand.defaultEngine(docker, Finding.missing("embedded", "z")).works()).isFalse();
    }

    @Test
    void sizesAndAgesReadLikePeopleSayThem() {
        assertThat(Sizes.human(512)).isEqualTo("512 B");
        assertThat(Sizes.human(1536)).isEqualTo("1.5 KiB");
        assertThat(Sizes.human(300L << 20)).isEqualTo("300 MiB");
        assertThat(Sizes.age(Duration.ofHours(50))).isEqualTo("2 d");
        assertThat(Sizes.age(Duration.ofMinutes(5))).isEqualTo("5 min");
    }

    @Test
    void aLineIsStatusSubjectAndSentence() {
        assertThat(Finding.ok("docker", "Docker answers.").line()).isEqualTo("ok    docker     Docker answers.");
    }
}
