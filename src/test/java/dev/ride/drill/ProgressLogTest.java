package dev.ride.drill;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The progress file: appended per :submit, read back, and never touched when it is not ours. */
class ProgressLogTest {

    private static final ProgressLog.Attempt ATTEMPT = new ProgressLog.Attempt(
            "stage-09/08-migration-applied-to-one-tenant-only", Instant.parse("2026-11-26T07:00:00Z"),
            70, 100, 0, 40, 30, 312, 2, 55, 1);

    @Test
    void attemptsAreAppendedAndReadBack(@TempDir Path dir) throws IOException {
        ProgressLog log = new ProgressLog(dir.resolve("ride/progress.jsonl"));
        assertThat(log.read()).isEmpty();
        log.append(ATTEMPT);
        log.append(ATTEMPT);
        assertThat(log.read()).containsExactly(ATTEMPT, ATTEMPT);
        assertThat(Files.readAllLines(log.file())).hasSize(2).allMatch(l -> l.startsWith("{\"kind\":\"ride.progress.v1\""));
    }

    @Test
    void aRecordOfAnOlderRideReadsAsAnAttemptOfUnknownNumberScoredByItsTotal(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("progress.jsonl");
        Files.writeString(file, "{\"kind\":\"ride.progress.v1\",\"scenario\":\"x\",\"at\":\"2026-11-26T07:00:00Z\","
                + "\"total\":70,\"max\":100,\"detect\":0,\"fix\":40,\"trap\":30,\"elapsed_s\":1,\"hints\":0}\n");
        ProgressLog.Attempt old = new ProgressLog(file).read().get(0);
        assertThat(old.score()).isEqualTo(70);
        assertThat(old.number()).isZero();
        assertThat(old.first()).isTrue();
    }

    @Test
    void aForeignFileIsNamedWithItsLineAndLeftAlone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("progress.jsonl");
        String foreign = "{\"kind\":\"ride.progress.v1\",\"scenario\":\"x\",\"at\":\"2026-11-26T07:00:00Z\",\"total\":1,"
                + "\"max\":1,\"detect\":0,\"fix\":1,\"trap\":0,\"elapsed_s\":1,\"hints\":0}\n"
                + "my shopping list\n";
        Files.writeString(file, foreign);
        ProgressLog log = new ProgressLog(file);
        assertThatThrownBy(log::read).isInstanceOf(ProgressLog.CorruptProgressException.class)
                .hasMessage(file + ":2: damaged progress record (JsonParseException)");
        assertThatThrownBy(() -> log.append(ATTEMPT)).isInstanceOf(ProgressLog.CorruptProgressException.class);
        assertThat(Files.readString(file)).isEqualTo(foreign);
    }

    @Test
    void jsonThatIsNotOursIsRefusedToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("progress.jsonl");
        Files.writeString(file, "{\"name\":\"something else\"}\n");
        assertThatThrownBy(() -> new ProgressLog(file).append(ATTEMPT))
                .hasMessage(file + ":1: not a ride progress record");
        assertThat(Files.readString(file)).isEqualTo("{\"name\":\"something else\"}\n");
    }
}
