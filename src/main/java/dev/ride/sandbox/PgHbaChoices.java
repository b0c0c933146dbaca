package dev.ride.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a server's pg_hba.conf with the learner's configuration choices in it, the same for
 * every engine: each choice's lines are a block of their own at the top of the file, before the
 * sandbox's own rules (the first rule that matches a connection decides, so a choice's lines
 * win), in the order the scenario declares its choices. The blocks are found again by their
 * marker comments, so making a choice again replaces its block and the file itself is the only
 * state: a {@code :reset} that brings the file back brings every choice back to its start.
 */
public final class PgHbaChoices {

    private static final String BEGIN = "# ride: choice ";
    private static final String END = "# ride: end of choice ";

    private PgHbaChoices() {
    }

    /**
     * {@code current} with {@code choice}'s block holding {@code option}'s lines (no block when it
     * has none), the blocks of the other choices of {@code declared} kept as they are.
     */
    public static String apply(String current, List<ConfigChoice> declared, ConfigChoice choice, String option) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        String open = null;
        for (String line : current.split("\n", -1)) {
            if (open == null && line.startsWith(BEGIN)) {
                open = line.substring(BEGIN.length()).split(",", 2)[0];
                blocks.put(open, new ArrayList<>(List.of(line)));
            } else if (open != null) {
                blocks.get(open).add(line);
                if (line.equals(END + open)) {
                    open = null;
                }
            } else {
                rest.add(line);
            }
        }
        List<String> lines = choice.hbaLines(option);
        if (lines.isEmpty()) {
            blocks.remove(choice.name());
        } else {
            List<String> block = new ArrayList<>();
            block.add(BEGIN + choice.name() + ", option " + option + " (ride puts it before the sandbox's own rules)");
            block.addAll(lines);
            block.add(END + choice.name());
            blocks.put(choice.name(), block);
        }
        List<String> out = new ArrayList<>();
        for (ConfigChoice c : declared) {
            List<String> block = blocks.remove(c.name());
            if (block != null) {
                out.addAll(block);
            }
        }
        // blocks of choices the scenario no longer declares stay where the file had them: on top
        blocks.values().forEach(out::addAll);
        out.addAll(rest);
        return String.join("\n", out);
    }
}
