package dev.ride.shell;

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
record Command(String section, String usage, String description, Pattern names, List<String> completions,
               Handler handler) {

    /** Runs a command; arguments are read from {@code call.arguments()} as the command needs them. */
    @FunctionalInterface
    interface Handler {
        Result run(ShellSession session, Call call);
    }

    /** One invocation: the spelling used, its arguments, and the input it came from. */
    record Call(String name, MetaArguments arguments, InputSource source) { }

    /** How it went; a failed command's error also goes to the transcript. */
    record Result(Status status, String error) {
        static final Result OK = new Result(Status.OK, null);
        static final Result QUIT = new Result(Status.QUIT, null);

        static Result failed(String error) {
            return new Result(Status.FAILED, error);
        }
    }

    enum Status { OK, FAILED, QUIT }

    boolean answersTo(String name) {
        return names.matcher(name).matches();
    }
}
