package dev.ride.cli;

import dev.ride.drill.Drill;
import dev.ride.shell.InteractiveShell;
import dev.ride.shell.ScriptShell;
import dev.ride.shell.ShellSession;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

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
            // Like psql: 2 when the connection was lost or a \connect failed in the script.
            int status = new ScriptShell(session).run(
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            out.flush();
            return status;
        }
    }

    /** The JLine shell: the banner (briefing, where to connect), then psql's prompt. */
    static int interactive(Drill drill) throws Exception {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            PrintWriter out = terminal.writer();
            drill.printBanner(out);
            try (ShellSession session = new ShellSession(drill, drill.scenario().startDatabase(), out, out)) {
                session.setInteractive(true);
                return new InteractiveShell(session).run(terminal, RidePaths.historyFile());
            }
        }
    }
}
