package dev.ride.drill;

import dev.ride.scenario.Scenario;
import dev.ride.text.Wrap;

import java.util.ArrayList;
import java.util.List;

/**
 * The title card a demo opens with and the end card it closes with: a box of at most
 * {@link #MAX_WIDTH} columns (narrower on a narrow screen) with the scenario's title and the
 * command to try it oneself. Same text on every run: nothing in it depends on the sandbox.
 */
final class DemoCards {

    static final int MAX_WIDTH = 64;

    private DemoCards() {
    }

    static String title(Scenario scenario, int columns) {
        return box(columns, List.of("ride demo", "", scenario.title(), scenario.topic() + " · " + scenario.level(),
                "", "The reference solution, typed into a real sandbox."));
    }

    static String end(Scenario scenario, int columns) {
        return box(columns, List.of("End of the demo: " + scenario.title(), "",
                "Your turn, on a sandbox of your own:", "ride postgres start " + scenario.id()));
    }

    /** Each line wrapped to the inside of the box, then framed. */
    static String box(int columns, List<String> lines) {
        int outer = Math.max(8, Math.min(MAX_WIDTH, columns));
        int inner = outer - 4;
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            for (String part : line.isEmpty() ? List.of("") : Wrap.line(line, inner, 0)) {
                // a word longer than the box stays whole in Wrap; here it breaks, the frame must hold
                for (int at = 0; at == 0 || at < part.length(); at += inner) {
                    wrapped.add(part.substring(at, Math.min(part.length(), at + inner)));
                }
            }
        }
        StringBuilder box = new StringBuilder();
        box.append('┌').append("─".repeat(outer - 2)).append("┐\n");
        for (String line : wrapped) {
            box.append("│ ").append(line).append(" ".repeat(inner - line.length())).append(" │\n");
        }
        box.append('└').append("─".repeat(outer - 2)).append("┘\n");
        return box.toString();
    }
}
