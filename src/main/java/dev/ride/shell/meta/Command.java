package dev.ride.shell.meta;

import dev.ride.shell.InputSource;
import dev.ride.shell.print.PrintOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One backslash command of the {@link CommandTable}: the names it answers to, its line in
 * {@code \?}, the words offered by completion, and what it does.
 *
 * @param section     heading in {@code \?}
 * @param usage       e.g. {@code \d[S+]  NAME}
 * @param description what it does, one line
 * @param names       every spelling accepted, e.g. {@code dt+} or {@code dtS}
 * @param completions spellings offered by tab completion
 * @param handler     runs it
 */
public record Command(String section, String usage, String description, Pattern names, List<String> completions,
               Handler handler) {

    /**
     * Runs a command; arguments are read from {@code call.arguments()} as the command needs them.
     * It changes what {@code context} lets it change and returns what the session does next.
     */
    @FunctionalInterface
    public interface Handler {
        Result run(MetaContext context, Call call);
    }

    /** One invocation: the spelling used, its arguments, and the input it came from (its query buffer). */
    public record Call(String name, MetaArguments arguments, InputSource source) { }

    /**
     * What should happen after a handler returned, as psql's backslashResult: done (ok, failed, or
     * quit), or work the session's loop does, because it runs queries and reads input.
     */
    public sealed interface Result permits Done, Send, Crosstab, Gexec, Gdesc, Watch, Include, Copy, Edited {
        Done OK = new Done(Status.OK, null, null);
        Done QUIT = new Done(Status.QUIT, null, null);

        static Done failed(String error) {
            return new Done(Status.FAILED, error, null);
        }

        /** Ends the session with psql's {@code exitStatus}; {@code error} goes to the transcript. */
        static Done quit(int exitStatus, String error) {
            return new Done(Status.QUIT, error, exitStatus);
        }
    }

    /**
     * Nothing more to do. A failed command's error also goes to the transcript.
     *
     * @param exitStatus the status the shell exits with after a QUIT, or null to leave it as it is
     */
    public record Done(Status status, String error, Integer exitStatus) implements Result { }

    /**
     * psql's PSQL_CMD_SEND ({@code \g}, {@code \gx}, {@code \gset}): send {@code sql} printed with
     * {@code options}; with a {@code gsetPrefix} its one row goes into variables instead.
     */
    public record Send(String sql, PrintOptions options, String gsetPrefix) implements Result { }

    /**
     * psql's {@code \crosstabview}: send {@code sql} and print its result pivoted by {@code args}
     * (up to four, as typed; fewer when not given).
     */
    public record Crosstab(String sql, PrintOptions options, java.util.List<String> args) implements Result { }

    /** psql's {@code \gexec}: send {@code sql}, then run each value of its result as a statement. */
    public record Gexec(String sql) implements Result { }

    /** psql's {@code \gdesc}: describe the result {@code sql} would have, without running it. */
    public record Gdesc(String sql) implements Result { }

    /** {@code \watch}: send {@code sql} every {@code seconds} until it fails. */
    public record Watch(String sql, double seconds) implements Result { }

    /** {@code \i} and {@code \ir}: run the lines of {@code path}, named {@code name} in messages. */
    public record Include(Path path, String name) implements Result { }

    /** {@code \copy}: the server's COPY with the data read or written on this side. */
    public record Copy(SlashCopy copy) implements Result { }

    /**
     * psql's PSQL_CMD_NEWEDIT ({@code \\e}, {@code \\ef}, {@code \\ev}): {@code text} came back from
     * the editor; it replaces the query buffer and the rest of the line, and is read as new input.
     */
    public record Edited(String text) implements Result { }

    public enum Status { OK, FAILED, QUIT }

    boolean answersTo(String name) {
        return names.matcher(name).matches();
    }
}
