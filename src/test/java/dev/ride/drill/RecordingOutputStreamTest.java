package dev.ride.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingOutputStreamTest {

    @Test
    void withTerminalNewlinesTheRecordingGetsCrLfAndTheScreenWhatWasWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo.cast");
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (AsciicastWriter w = new AsciicastWriter(file, 80, 24, "t", Instant.ofEpochSecond(1L), System::nanoTime);
             RecordingOutputStream tee = RecordingOutputStream.withTerminalNewlines(screen, w)) {
            tee.write("one\ntwo\r".getBytes(StandardCharsets.UTF_8));
            tee.write("\nthree\n".getBytes(StandardCharsets.UTF_8)); // a CR LF split between writes stays one
        }
        assertThat(screen.toString(StandardCharsets.UTF_8)).isEqualTo("one\ntwo\r\nthree\n");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(file);
        StringBuilder recorded = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            recorded.append(json.readTree(line).get(2).asText());
        }
        assertThat(recorded.toString()).isEqualTo("one\r\ntwo\r\nthree\r\n");
    }
}
