package dev.ride.shell;

import dev.ride.sql.PromptStatus;
import dev.ride.sql.StatementSplitter;
import java.util.Locale;

/**
 * psql's friendly words at the interactive prompt (MainLoop): "help", "quit" and "exit" alone on
 * a line, a semicolon allowed, for learners who do not know {@code \?} and {@code \q} yet.
 */
public final class AssistanceWords {

    /** What the line comes to: nothing special (it goes on as input), answered, or the end of the session. */
    enum Effect { NONE, HANDLED, QUIT }

    private AssistanceWords() {
    }

    /**
     * psql's friendly words at the interactive prompt: "help", "quit" and "exit" alone on a line
     * (a semicolon allowed). With a statement half typed they only print a reminder and the line
     * goes into the statement as usual.
     */
    static Effect answer(String line, StatementSplitter splitter, ShellOutput output) {
        String word = line.length() >= 4 ? line.substring(0, 4).toLowerCase(Locale.ROOT) : "";
        boolean help = word.equals("help");
        boolean quit = word.equals("quit") || word.equals("exit");
        if (!help && !quit) {
            return Effect.NONE;
        }
        String rest = line.substring(4).strip();
        if (rest.startsWith(";")) {
            rest = rest.substring(1).strip();
        }
        if (!rest.isEmpty()) {
            return Effect.NONE;
        }
        if (splitter.queryBuffer().isEmpty()) {
            if (help) {
                output.println(Messages.HELP);
                return Effect.HANDLED;
            }
            return Effect.QUIT;
        }
        PromptStatus status = splitter.promptStatus();
        if (help) {
            output.println(Messages.HELP_WHILE_TYPING);
        } else if (status == PromptStatus.READY || status == PromptStatus.CONTINUE || status == PromptStatus.PAREN) {
            output.println(Messages.USE_BACKSLASH_Q);
        } else {
            output.println(Messages.USE_CONTROL_D);
        }
        return Effect.NONE;
    }
}
