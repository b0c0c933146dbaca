package dev.ride.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class AsciicastWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void headerThenOutputAndResizeEventsWithTimesSinceStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/a.cast");
        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (AsciicastWriter w = new AsciicastWriter(file, 100, 30, "ride · test", Instant.ofEpochSecond(1_700_000_000L), nanos::get);
             RecordingOutputStream tee = new RecordingOutputStream(screen, w)) {
            nanos.addAndGet(1_500_000L);
            tee.write("tenant_a=# ".getBytes(StandardCharsets.UTF_8));
            byte[] check = "✓ ok\n".getBytes(StandardCharsets.UTF_8);
            nanos.addAndGet(250_000_000L);
            tee.write(check, 0, 2); // "✓" is three bytes: split inside it
            tee.write(check, 2, check.length - 2);
            w.resize(120, 40);
        }
        assertThat(screen.toString(StandardCharsets.UTF_8)).isEqualTo("tenant_a=# ✓ ok\n");
        List<String> lines = Files.readAllLines(file);
        JsonNode header = JSON.readTree(lines.get(0));
        assertThat(header.get("version").asInt()).isEqualTo(2);
        assertThat(header.get("width").asInt()).isEqualTo(100);
        assertThat(header.get("height").asInt()).isEqualTo(30);
        assertThat(header.get("timestamp").asLong()).isEqualTo(1_700_000_000L);
        assertThat(header.get("title").asText()).isEqualTo("ride · test");
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            events.add(JSON.readTree(line));
        }
        // the split character waits for its last byte: no event with half a character
        assertThat(events).hasSize(3);
        assertThat(events.get(0).toString()).isEqualTo("[0.0015,\"o\",\"tenant_a=# \"]");
        assertThat(events.get(1).get(2).asText()).isEqualTo("✓ ok\n");
        StringBuilder text = new StringBuilder();
        double last = 0;
        for (JsonNode e : events) {
            assertThat(e.get(0).asDouble()).isGreaterThanOrEqualTo(last);
            last = e.get(0).asDouble();
            if (e.get(1).asText().equals("o")) {
                text.append(e.get(2).asText());
            }
        }
        assertThat(text.toString()).isEqualTo("tenant_a=# ✓ ok\n");
        assertThat(events.get(2).toString()).isEqualTo("[0.2515,\"r\",\"120x40\"]");
    }
}
