package dev.ride.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.atomic.AtomicReference;

import dev.ride.actor.Marker;
import dev.ride.drill.LiveApplication;
import dev.ride.sandbox.Sandbox;
import dev.ride.scenario.Scenario;

/**
 * Plays a solution transcript the plainest way, to check its expected card without the shell:
 * {@code \c DB} switches database, other meta-commands are only recorded, each other line is one
 * SQL statement ending in ';' run over JDBC, {@code :hint} counts a hint, and {@code :submit --json}
 * scores (the last one is the card; an earlier one makes it a later attempt). The lead's
 * end-to-end tests replay the same files through the real shell.
 */
final class SolutionReplay {

    private SolutionReplay() {
    }

    static ScoreCard play(Scenario scenario, Sandbox sandbox, Path transcriptFile) throws IOException, SQLException {
        Map<String, Connection> connections = new HashMap<>();
        List<TranscriptInput> transcript = new ArrayList<>();
        String db = scenario.startDatabase();
        // a live scenario's actors run as in a drill; "works since the last statement" counts from here
        LiveApplication application = new LiveApplication(scenario, sandbox);
        AtomicReference<Marker> lastStatement = new AtomicReference<>(Marker.ORIGIN);
        int hints = 0;
        int attempts = 0;
        Integer firstScore = null;
        ScoreCard card = null;
        try (application) {
            application.start();
            for (String line : Files.readAllLines(transcriptFile)) {
                String input = line.strip();
                if (input.isEmpty()) {
                    continue;
                }
                if (input.equals(":hint")) {
                    hints++;
                    continue;
                }
                if (input.equals(":submit --json")) {
                    card = new Scorer().score(scenario, sandbox, new Submission(transcript, Map.of(), 0,
                            application.evidence(lastStatement::get), hints));
                    attempts++;
                    firstScore = firstScore == null ? card.score() : firstScore;
                    card = card.asAttempt(attempts, firstScore);
                    continue;
                }
                if (input.startsWith("\\")) {
                    transcript.add(new TranscriptInput(db, input));
                    if (input.startsWith("\\c ") || input.startsWith("\\connect ")) {
                        db = input.substring(input.indexOf(' ') + 1).strip();
                    }
                    continue;
                }
                if (!input.endsWith(";")) {
                    throw new IllegalArgumentException(transcriptFile + ": one statement per line, ending in ';': " + input);
                }
                String sql = input.substring(0, input.length() - 1);
                transcript.add(new TranscriptInput(db, sql));
                Connection c = connections.computeIfAbsent(db, name -> connect(sandbox, name));
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                }
                lastStatement.set(application.mark());
            }
            if (card == null) {
                throw new IllegalArgumentException(transcriptFile + " has no :submit --json");
            }
            return card;
        } finally {
            for (Connection c : connections.values()) {
                c.close();
            }
        }
    }

    private static Connection connect(Sandbox sandbox, String db) {
        try {
            return sandbox.connect(db);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
