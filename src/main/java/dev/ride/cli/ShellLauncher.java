package dev.ride.cli;

import dev.ride.drill.Drill;
import dev.ride.shell.ScriptShell;
import dev.ride.shell.ShellSession;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/** Opens the shell over a drill: the JLine front end on a terminal, psql's script mode otherwise. */
final class ShellLauncher {
    private ShellLauncher() {
    }

    /** Like {@code psql < file}: no banner, no prompts, no colours. */
    static int script(Drill drill) throws SQLException, java.io.IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try (ShellSession session = new ShellSession(drill, drill.scenario().startDatabase(), out, err)) {
            new ScriptShell(session).run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            out.flush();
            return ExitCodes.OK;
        }
    }

    // The JLine front end is being built; until it lands a terminal gets the banner and the plain reader.
    static int interactive(Drill drill) throws Exception {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        drill.printBanner(out);
        return script(drill);
    }
}
