package dev.ride.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ride demo: the reference solution typed into a real shell, the same screen text on every run. */
class DemoIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoRecordingsShowTheSameText(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.cast");
        Path b = dir.resolve("b.cast");
        RideProcess.Result first = RideProcess.run("", "demo", SEED, "--speed", "50", "--record", a.toString(),
                "--engine", "embedded");
        RideProcess.Result second = RideProcess.run("", "demo", SEED, "--speed", "50", "--record", b.toString(),
                "--engine", "embedded");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        List<String> textA = outputEvents(a);
        List<String> textB = outputEvents(b);
        assertThat(textA).isEqualTo(textB);
        String screen = String.join("", textA);
        assertThat(screen).isEqualTo(first.stdout());
        assertThat(screen)
                .contains("Connect your own tools: postgresql://postgres:•••@127.0.0.1:5432/tenant_a\n")
                .contains("tenant_a=# SELECT version, description, applied_at FROM schema_migrations ORDER BY version;\n")
                .contains("tenant_c=# :submit\n")
                .contains("Total").contains("100/100")
                .doesNotContain("--json");
        // typed key by key: one event per character of a command
        assertThat(textA).containsSubsequence("\\", "c", " ", "t", "e", "n", "a", "n", "t", "_", "b");
    }

    private static List<String> outputEvents(Path cast) throws Exception {
        List<String> lines = Files.readAllLines(cast, StandardCharsets.UTF_8);
        assertThat(JSON.readTree(lines.get(0)).get("version").asInt()).isEqualTo(2);
        List<String> texts = new ArrayList<>();
        double last = 0;
        for (String line : lines.subList(1, lines.size())) {
            JsonNode e = JSON.readTree(line);
            assertThat(e.get(0).asDouble()).isGreaterThanOrEqualTo(last);
            last = e.get(0).asDouble();
            if (e.get(1).asText().equals("o")) {
                texts.add(e.get(2).asText());
            }
        }
        return texts;
    }
}
