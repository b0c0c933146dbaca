package dev.ride.shell;

import java.util.List;
import java.util.Map;

/**
 * What a few meta-commands need from the terminal beyond printing: psql's simple_prompt (a line
 * read at the terminal, without echo for a password), its gets_fromFile(stdin), a program that
 * takes the terminal over for a while (the editor of {@code \e}), and the command history of
 * {@code \s}. The JLine shell provides it at a terminal; {@link StandardStreamsTerminal} for a
 * script.
 */
public interface ShellTerminal {

    /**
     * psql's simple_prompt: shows {@code prompt} and reads one line, without its line end. With
     * {@code echo} off nothing typed is shown (a password). Returns "" at the end of input, as
     * psql does, and null when Ctrl-C cancelled it.
     */
    String prompt(String prompt, boolean echo);

    /** psql's gets_fromFile(stdin): the next line of standard input, or null at its end. */
    String readStandardInput();

    /**
     * Runs {@code /bin/sh -c command} with the terminal handed over (psql's system()), in
     * {@code environment}; returns its exit status.
     */
    int runAttached(String command, Map<String, String> environment) throws java.io.IOException;

    /** The command history, oldest first; null when there is none (psql's useHistory off). */
    List<String> history();

    /** Adds {@code entry} to the history (psql keeps a buffer that came back from the editor). */
    void remember(String entry);
}
