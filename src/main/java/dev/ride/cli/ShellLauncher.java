package dev.ride.cli;

import dev.ride.drill.AsciicastWriter;
import dev.ride.drill.Drill;
import dev.ride.drill.DrillClock;
import dev.ride.drill.DrillTimer;
import dev.ride.drill.EndableInput;
import dev.ride.drill.RecordingOutputStream;
import dev.ride.shell.InteractiveShell;
import dev.ride.shell.ShellHost;
import dev.ride.shell.print.PagedOutput;
import dev.ride.shell.ScriptShell;
import dev.ride.shell.ShellSession;
import dev.ride.shell.print.Utf8Output;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.ExternalTerminal;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opens the shell over a drill: the JLine front end on a terminal, psql's script mode otherwise;
 * adds the drill's timer (warnings, automatic :submit at zero) and the asciicast recording.
 */
final class ShellLauncher {
    private ShellLauncher() {
    }

    /** @param record the .cast file to write, or null */
    record Options(Path record) {
    }

    /** Like {@code psql < file}: no banner, no prompts, no colours. A recording holds stdout. */
    static int script(Drill drill, Options options) throws Exception {
        AsciicastWriter recording = options.record() == null ? null
                : new AsciicastWriter(options.record(), envSize("COLUMNS", 80), envSize("LINES", 24), title(drill));
        // stdout's own descriptor behind a 64 KB buffer: System.out flushes on every write, and a
        // big result's bytes go to it straight from the result (Utf8Output), not through chars
        OutputStream console = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        // the recording gets the newlines as a terminal shows them (\r\n): stdout is a pipe or a
        // file here as often as a terminal, and a player writes to its terminal in raw mode
        OutputStream stdout = recording == null ? console
                : RecordingOutputStream.withTerminalNewlines(console, recording);
        PrintWriter out = new Utf8Output(stdout);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        EndableInput input = new EndableInput(System.in);
        try (recording; ShellSession session = new ShellSession(drill, drill.scenario().startDatabase(), out, err);
             DrillTimer timer = timer(drill, err::println, () -> {
                 // the end of input first: once the running query is cancelled, the shell must
                 // find no further line to run (seen in CI: a line after the cancelled one ran)
                 input.end();
                 session.cancelRunningQuery();
             })) {
            // Like psql: 2 when the connection was lost or a \connect failed in the script.
            int status = new ScriptShell(session).run(new BufferedReader(input));
            if (timer != null && timer.isUp()) {
                drill.colonCommand(":submit --json", session.currentDatabase(), out);
            }
            out.flush(); // before the recording closes
            return status;
        } finally {
            out.flush(); // what a failure left in the buffer still reaches the screen
        }
    }

    /**
     * The learner's terminal, for {@link #interactive}. Opening it takes a noticeable part of a start
     * (native access, terminfo), so the caller does it while the sandbox boots. Until the shell's
     * line reader runs, Ctrl-C keeps its default effect (the JVM exits and cleans up).
     */
    static Terminal openTerminal() throws java.io.IOException {
        // JLine's own native library first: left to itself, JLine also probes Jansi and JNA (JNA
        // runs `ldconfig -p`) and tests the streams with `test -t` and `tty` processes, a few
        // hundred ms of a start; exec (stty) stays the fallback where the library cannot load.
        return TerminalBuilder.builder().system(true).name("ride").providers("jni,exec").build();
    }

    /**
     * The JLine shell on the learner's terminal, which it closes at the end. A timed or recorded drill puts the terminal in raw
     * mode and runs the line reader on a terminal of its own between the keyboard and the screen,
     * so the recording sees every byte the screen gets and the timer can end the prompt.
     */
    static int interactive(Drill drill, Options options, Terminal learnersTerminal) throws Exception {
        try (Terminal system = learnersTerminal) {
            if (options.record() == null && !drill.clock().isTimed()) {
                return run(drill, system, null);
            }
            Attributes saved = system.enterRawMode();
            Attributes raw = system.getAttributes();
            // ^C and the line endings pass through untouched: the inner terminal handles both
            raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
            raw.setOutputFlag(Attributes.OutputFlag.OPOST, false);
            system.setAttributes(raw);
            AsciicastWriter recording = options.record() == null ? null
                    : new AsciicastWriter(options.record(), system.getWidth(), system.getHeight(), title(drill));
            OutputStream screen = recording == null ? system.output() : new RecordingOutputStream(system.output(), recording);
            KeyboardInput keyboard = new KeyboardInput(system.input());
            try (recording; Terminal inner = new ExternalTerminal("ride", system.getType(), keyboard, screen,
                    StandardCharsets.UTF_8)) {
                inner.setSize(system.getSize());
                system.handle(Terminal.Signal.WINCH, signal -> {
                    inner.setSize(system.getSize());
                    if (recording != null) {
                        recording.resize(system.getWidth(), system.getHeight());
                    }
                    inner.raise(Terminal.Signal.WINCH);
                });
                return run(drill, inner, keyboard);
            } finally {
                system.setAttributes(saved);
            }
        }
    }

    private static int run(Drill drill, Terminal terminal, KeyboardInput keyboard) throws Exception {
        PrintWriter out = terminal.writer();
        // what ride prints for the learner wraps to the terminal's width, read anew each time (a resize)
        drill.withWidth(() -> terminal.getWidth() > 0 ? terminal.getWidth() : dev.ride.text.Wrap.PIPED_WIDTH);
        drill.printBanner(out);
        AtomicReference<ShellSession> current = new AtomicReference<>();
        AtomicReference<InteractiveShell> shell = new AtomicReference<>();
        // The pager only on the plain terminal: a recorded or timed drill draws through an inner terminal.
        PagedOutput pager = keyboard == null ? PagedOutput.forTerminal(out, System.getenv()) : null;
        PrintWriter shellOut = pager == null ? out : new PrintWriter(pager);
        try (ShellSession session = new ShellSession(drill, drill.scenario().startDatabase(), shellOut, shellOut);
             DrillTimer timer = keyboard == null ? null : timer(drill, line -> {
                 if (!drill.clock().remaining().isZero()) {
                     shell.get().announce(line, terminal); // above the prompt; the time-up line comes below
                 }
             }, () -> {
                 current.get().cancelRunningQuery();
                 letGoOfThePrompt(shell.get(), keyboard);
             })) {
            current.set(session);
            InteractiveShell drilling = new InteractiveShell(session, pager)
                    .withStatus(drill.clock().isTimed() ? () -> countdown(drill) : null)
                    .until(() -> timer != null && timer.isUp());
            shell.set(drilling);
            int code = drilling.run(terminal, RidePaths.historyFile());
            if (timer == null || !timer.isUp()) {
                out.flush();
                return code;
            }
            // time is up: the card, then the shell stays open for reading (:postmortem, :log), not for work
            out.println(DrillTimer.timeUpMessage());
            ShellHost.ColonResult submitted = drill.colonCommand(":submit", session.currentDatabase(), out);
            if (submitted == ShellHost.ColonResult.QUIT) {
                out.flush();
                return code; // an exam ends with its card
            }
            out.println(dev.ride.text.Wrap.text(DrillTimer.readingMessage(), drill.width()));
            out.flush();
            session.closeToStatements(DrillTimer.statementsClosedMessage());
            InteractiveShell reading = new InteractiveShell(session, pager);
            shell.set(reading);
            return reading.run(terminal, RidePaths.historyFile());
        }
    }

    /**
     * Ends the prompt the learner is at when the time is up, without echoing a ^C: the shell's
     * end-of-reading key is typed once it reads (a running query was cancelled just before, and
     * returns to the shell's loop, which sees the time is up without reading again).
     */
    private static void letGoOfThePrompt(InteractiveShell shell, KeyboardInput keyboard) {
        for (int i = 0; i < 40; i++) {
            if (shell.isReading()) {
                keyboard.type(InteractiveShell.END_OF_READING);
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The drill's timer, started; null for an untimed drill. */
    private static DrillTimer timer(Drill drill, java.util.function.Consumer<String> announce, Runnable expired) {
        return drill.clock().isTimed() ? new DrillTimer(drill.clock(), announce, expired).start() : null;
    }

    /** The timed drill's status line: time left, hints taken, where the learner is. */
    private static String countdown(Drill drill) {
        return "⏱ " + DrillClock.format(drill.clock().remaining()) + " left · " + drill.scenario().title()
                + " · :hint :submit";
    }

    static String title(Drill drill) {
        return "ride · " + drill.scenario().title();
    }

    private static int envSize(String variable, int fallback) {
        try {
            return Integer.parseInt(System.getenv().getOrDefault(variable, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
