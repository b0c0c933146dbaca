package dev.ride.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * The interactive shell's terminal for the commands that read from it or hand it over. Prompts
 * are read by a line reader of their own, which keeps no history (a password must not land in
 * the history file); the editor runs with the terminal's modes as they were before JLine read the
 * command line, and they are put back afterwards.
 */
final class JLineTerminal implements ShellTerminal {

    private final Terminal terminal;
    private final LineReader commandReader;
    private LineReader promptReader;

    JLineTerminal(Terminal terminal, LineReader commandReader) {
        this.terminal = terminal;
        this.commandReader = commandReader;
    }

    @Override
    public String prompt(String prompt, boolean echo) {
        try {
            // JLine shows nothing for a mask of 0: psql's echo off
            return reader().readLine(prompt == null ? "" : prompt, echo ? null : Character.valueOf((char) 0));
        } catch (UserInterruptException e) {
            return null;
        } catch (EndOfFileException e) {
            return "";
        }
    }

    @Override
    public String readStandardInput() {
        try {
            return reader().readLine("");
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    private LineReader reader() {
        if (promptReader == null) {
            promptReader = LineReaderBuilder.builder().terminal(terminal)
                    .variable(LineReader.DISABLE_HISTORY, true)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
        }
        return promptReader;
    }

    @Override
    public int runAttached(String command, Map<String, String> environment) throws IOException {
        terminal.writer().flush();
        Attributes saved = terminal.getAttributes();
        boolean paused = terminal.canPauseResume();
        try {
            if (paused) {
                terminal.pause(true); // JLine's reading thread must not take the editor's keys
            }
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command).inheritIO();
            builder.environment().clear();
            builder.environment().putAll(environment);
            return StandardStreamsTerminal.waitFor(builder.start());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            terminal.setAttributes(saved);
            if (paused) {
                terminal.resume();
            }
        }
    }

    @Override
    public List<String> history() {
        List<String> entries = new ArrayList<>();
        for (History.Entry entry : commandReader.getHistory()) {
            entries.add(entry.line());
        }
        return entries;
    }

    @Override
    public void remember(String entry) {
        commandReader.getHistory().add(entry);
    }
}
