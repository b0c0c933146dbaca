package dev.ride.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ride.scenario.Section;
import dev.ride.score.ScoreCard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The learner's scores over time: one JSON object per :submit, appended to a JSON-lines file.
 * A file ride did not write (or a damaged one) is never touched: reading it fails with the file
 * and line, and nothing is appended.
 */
public final class ProgressLog {

    /**
     * One :submit.
     *
     * @param total  points earned before hint costs
     * @param score  after hint costs: what counts
     * @param number which :submit of its drill (1: the first, the score; 0: written by an older ride, unknown)
     */
    public record Attempt(String scenario, Instant at, int total, int max, int detect, int fix, int trap,
                          long elapsedSeconds, int hintsUsed, int score, int number) {

        /** The first attempt of a drill, or one whose number an older ride did not write. */
        public boolean first() {
            return number <= 1;
        }
    }

    /** The progress file cannot be used; the message names the file and line. */
    public static final class CorruptProgressException extends IOException {
        CorruptProgressException(String message) {
            super(message);
        }
    }

    private static final String KIND = "ride.progress.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public ProgressLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public static Attempt attemptOf(ScoreCard card, int hintsUsed, Instant at) {
        return new Attempt(card.scenario(), at, card.total(), card.max(),
                card.section(Section.DETECT).score(), card.section(Section.FIX).score(),
                card.section(Section.TRAP).score(), card.elapsedSeconds(), hintsUsed, card.score(),
                card.attempt().number());
    }

    /** Appends one attempt, after checking that every line already there is ours. */
    public void append(Attempt attempt) throws IOException {
        read();
        Files.createDirectories(file.getParent());
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", KIND);
        node.put("scenario", attempt.scenario());
        node.put("at", attempt.at().toString());
        node.put("total", attempt.total());
        node.put("max", attempt.max());
        node.put("detect", attempt.detect());
        node.put("fix", attempt.fix());
        node.put("trap", attempt.trap());
        node.put("elapsed_s", attempt.elapsedSeconds());
        node.put("hints", attempt.hintsUsed());
        node.put("score", attempt.score());
        node.put("attempt", attempt.number());
        Files.writeString(file, JSON.writeValueAsString(node) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Every attempt, oldest first; empty when there is no file yet. */
    public List<Attempt> read() throws IOException {
        List<Attempt> attempts = new ArrayList<>();
        if (!Files.exists(file)) {
            return attempts;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            attempts.add(parse(line, i + 1));
        }
        return attempts;
    }

    private Attempt parse(String line, int number) throws CorruptProgressException {
        try {
            JsonNode n = JSON.readTree(line);
            if (n == null || !KIND.equals(n.path("kind").asText())) {
                throw new CorruptProgressException(file + ":" + number + ": not a ride progress record");
            }
            return new Attempt(n.get("scenario").asText(), Instant.parse(n.get("at").asText()),
                    n.get("total").asInt(), n.get("max").asInt(), n.get("detect").asInt(), n.get("fix").asInt(),
                    n.get("trap").asInt(), n.get("elapsed_s").asLong(), n.get("hints").asInt(),
                    n.path("score").asInt(n.get("total").asInt()), n.path("attempt").asInt(0));
        } catch (CorruptProgressException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CorruptProgressException(file + ":" + number + ": damaged progress record ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
