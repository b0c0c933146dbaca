package dev.ride.shell;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The shell when stdin is not a terminal: reads lines exactly like {@code psql -X < file} (no
 * prompts, no colours, no echo), sends an unfinished last statement at the end, and stops at the
 * end of input or {@code \q}.
 */
public final class ScriptShell {

    private final ShellSession session;

    public ScriptShell(ShellSession session) {
        this.session = session;
    }

    /** Runs the whole script; returns psql's exit status (0, or 2 when the connection was lost). */
    public int run(BufferedReader in) throws IOException {
        session.setInteractive(false);
        session.setTerminalColumns(0);
        String line;
        while ((line = in.readLine()) != null) {
            if (session.handleLine(line) == ShellSession.Outcome.QUIT) {
                return session.exitCode();
            }
        }
        session.endOfInput();
        return session.exitCode();
    }
}
