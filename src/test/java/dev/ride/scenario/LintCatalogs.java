package dev.ride.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small catalogs for the lint's tests, written to a temporary folder: a scenario that passes
 * every rule ({@link #CLEAN}), and the means to break one thing in it.
 */
final class LintCatalogs {

    static final String CLEAN = """
            format: 1
            title: Clean
            topic: Testing
            level: L1
            duration: 5m
            databases: [one]
            start_database: one
            setup:
              all: [setup/schema.sql]
            briefing: b
            hints:
              - Look at what the sessions do in pg_stat_activity.
              - h2
              - Run CREATE INDEX t_id ON t (id).
            postmortem: p
            checks:
              detect:
                - id: looked
                  title: Looked
                  points: 10
                  ran: pg_stat_activity
              fix:
                - id: fixed
                  title: Fixed
                  points: 10
                  sql: select true
              trap:
                - id: t-kept
                  title: Dropping t
                  points: 10
                  sql: select true
            solutions:
              - name: reference
              - name: alt-unique
              - name: blind-fix
              - name: partial-half
              - name: trap-drop
              - name: nothing
              - name: evidence-after-fix
            """;

    static final String REFERENCE = """
            SELECT pid, state FROM pg_stat_activity;
            BEGIN;
            INSERT INTO t VALUES (1);
            ROLLBACK;
            CREATE INDEX t_id ON t (id);
            :submit --json
            """;

    private LintCatalogs() {
    }

    /** A card: {@code score} of 30, the trap sprung or not. */
    static String card(int score, boolean trapSprung) {
        return "{\"scenario\":\"x\",\"trap\":{\"score\":" + (trapSprung ? 0 : 10) + ",\"max\":10,\"checks\":[{\"id\":\"t-kept\","
                + "\"passed\":" + !trapSprung + ",\"points\":" + (trapSprung ? 0 : 10) + "}]},\"total\":" + score
                + ",\"max\":30,\"hints_used\":0,\"hint_cost\":0,\"score\":" + score + ",\"attempt\":1}";
    }

    /** The clean scenario's cards: each solution as its kind should score. */
    static Map<String, String> cleanCards() {
        Map<String, String> cards = new LinkedHashMap<>();
        cards.put("reference", card(30, false));
        cards.put("alt-unique", card(30, false));
        cards.put("blind-fix", card(20, false));
        cards.put("partial-half", card(15, false));
        cards.put("trap-drop", card(20, true));
        cards.put("nothing", card(0, false));
        cards.put("evidence-after-fix", card(20, false));
        return cards;
    }

    /** Writes scenario {@code id} under {@code root}: the manifest, a setup file, each solution with its card. */
    static Path write(Path root, String id, String yaml, Map<String, String> cards) throws IOException {
        Path folder = Files.createDirectories(root.resolve(id));
        Files.createDirectories(folder.resolve("setup"));
        Files.createDirectories(folder.resolve("solutions"));
        Files.writeString(folder.resolve("setup/schema.sql"), "CREATE TABLE t (id int);\n");
        for (Map.Entry<String, String> card : cards.entrySet()) {
            String transcript = card.getKey().equals("reference") ? REFERENCE : ":submit --json\n";
            Files.writeString(folder.resolve("solutions/" + card.getKey() + ".txt"), transcript);
            Files.writeString(folder.resolve("solutions/" + card.getKey() + ".card.json"), card.getValue() + "\n");
        }
        Files.writeString(folder.resolve("scenario.yaml"), yaml);
        return folder;
    }

    static Path writeClean(Path root, String id) throws IOException {
        return write(root, id, CLEAN.replace("title: Clean", "title: Clean " + id), cleanCards());
    }

    /** The lint of the catalog under {@code root}: scenarios, paths beside it, known gaps in it. */
    static CatalogLint.Report lint(Path root) {
        return CatalogLint.run(root);
    }
}
