package dev.ride.shell.meta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * psql 15's do_edit and editFile (command.c): the text goes into a temporary file (or a named
 * file is edited as it is), the editor runs with the terminal, and the file is read back when its
 * size or modification time changed. The editor is $PSQL_EDITOR, else $EDITOR, else $VISUAL, else
 * vi; a line number is passed with $PSQL_EDITOR_LINENUMBER_ARG, which must then be set.
 */
final class QueryEditor {

    /**
     * What an edit gave: the buffer afterwards, whether the file was changed, and whether
     * something failed (the editor, or a file that could not be read or written). As in psql,
     * an edit that changed nothing, failed ones included, leaves an empty buffer when asked to.
     */
    record Outcome(String buffer, boolean edited, boolean failed) { }

    private final MetaContext context;

    QueryEditor(MetaContext context) {
        this.context = context;
    }

    /**
     * Edits {@code buffer} in a temporary file, or the file {@code fileName} when it is not null.
     *
     * @param line           the line to start at, or 0
     * @param discardOnQuit  an unchanged file leaves an empty buffer (psql's discard_on_quit)
     */
    Outcome edit(String fileName, String buffer, int line, boolean discardOnQuit) {
        Path file;
        String text = buffer;
        if (fileName != null) {
            file = Path.of(fileName);
        } else {
            String tmpdir = context.environment().get("TMPDIR");
            file = Path.of(tmpdir == null ? "/tmp" : tmpdir, "psql.edit." + ProcessHandle.current().pid() + ".sql");
            if (!text.isEmpty() && !text.endsWith("\n")) {
                text = text + "\n"; // psql makes what it gives the editor end with a newline
            }
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                // a few seconds in the past, so that an edit within the same second is seen
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 2000));
            } catch (FileAlreadyExistsException e) {
                return failed("could not open temporary file \"" + file + "\": File exists", text, discardOnQuit);
            } catch (IOException e) {
                return failed("could not open temporary file \"" + file + "\": " + CommandTable.ioReason(e), text,
                        discardOnQuit);
            }
        }
        try {
            return editFile(file, text, line, discardOnQuit);
        } finally {
            if (fileName == null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    context.output().error(file + ": " + CommandTable.ioReason(e));
                }
            }
        }
    }

    private Outcome editFile(Path file, String text, int line, boolean discardOnQuit) {
        long sizeBefore;
        FileTime timeBefore;
        try {
            sizeBefore = Files.size(file);
            timeBefore = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return failed(file + ": " + CommandTable.ioReason(e), text, discardOnQuit);
        }
        if (!runEditor(file, line)) {
            return new Outcome(discardOnQuit ? "" : text, false, true);
        }
        try {
            if (Files.size(file) != sizeBefore || !Files.getLastModifiedTime(file).equals(timeBefore)) {
                return new Outcome(Files.readString(file, StandardCharsets.UTF_8), true, false);
            }
        } catch (IOException e) {
            return failed(file + ": " + CommandTable.ioReason(e), text, discardOnQuit);
        }
        return new Outcome(discardOnQuit ? "" : text, false, false);
    }

    /** psql's editFile: {@code exec EDITOR [ARG LINE] 'FILE'} through /bin/sh; true when it exited with 0. */
    private boolean runEditor(Path file, int line) {
        String editor = firstSet("PSQL_EDITOR", "EDITOR", "VISUAL");
        if (editor == null) {
            editor = "vi";
        }
        String command;
        if (line > 0) {
            // psql 15 as built here has no default for it (psql 15's own default "+" is not compiled in)
            String lineArgument = context.environment().get("PSQL_EDITOR_LINENUMBER_ARG");
            if (lineArgument == null) {
                context.output().error("environment variable PSQL_EDITOR_LINENUMBER_ARG must be set to specify a line number");
                return false;
            }
            command = "exec " + editor + " " + lineArgument + line + " '" + file + "'";
        } else {
            command = "exec " + editor + " '" + file + "'";
        }
        context.output().flush();
        try {
            return context.terminal().runAttached(command, context.environment().asMap()) == 0;
        } catch (IOException e) {
            context.output().error("could not start editor \"" + editor + "\"");
            return false;
        }
    }

    private String firstSet(String... names) {
        for (String name : names) {
            String value = context.environment().get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private Outcome failed(String message, String text, boolean discardOnQuit) {
        context.output().error(message);
        return new Outcome(discardOnQuit ? "" : text, false, true);
    }
}
