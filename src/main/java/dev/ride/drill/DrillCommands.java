package dev.ride.drill;

import dev.ride.shell.ConnectTarget;
import dev.ride.shell.ShellHost.ColonResult;

import dev.ride.sandbox.RevivableSandbox;
import dev.ride.sandbox.SandboxException;
import dev.ride.scenario.ScenarioInstaller;
import dev.ride.score.Timeline;
import dev.ride.score.TimelineFormatter;

import dev.ride.text.Wrap;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The table of ':' commands, and their dispatch. */
final class DrillCommands {

    private final Drill drill;
    private final HintLadder hints;
    private final Submitter submitter;
    private final ServerLog serverLog;
    private final ActionCommand actions;
    private final List<DrillCommand> table;
    /** Where the shell is connected while a command runs (null: unknown, or one server). */
    private ConnectTarget where;

    DrillCommands(Drill drill) {
        this.drill = drill;
        this.hints = new HintLadder(drill.scenario().hints());
        this.submitter = new Submitter(drill);
        DrillClock clock = drill.clock();
        // System.console() is non-null exactly when stdin and stdout are a terminal (Java 17): the
        // same test by which ride chose the interactive shell over script mode
        this.serverLog = new ServerLog(drill::sandbox, () -> clock.isTimed() && clock.remaining().isZero(),
                () -> System.console() != null);
        this.actions = new ActionCommand(drill);
        this.table = List.of(
                new DrillCommand(":briefing", "", "the incident's briefing again", this::briefing),
                new DrillCommand(":hint", "", "show the next staged hint", this::hint),
                new DrillCommand(":submit", "[--json]", "score your work: Detect / Fix / Trap", this::submit),
                new DrillCommand(":postmortem", "", "the incident write-up (gives the answer away)", this::postmortem),
                new DrillCommand(":status", "", "time, hints used, database, engine", this::status),
                new DrillCommand(":reset", "", "put every database back to the broken start (the clock keeps running)",
                        this::reset),
                new DrillCommand(":log", ServerLog.ARGUMENTS, ServerLog.DESCRIPTION, this::log),
                new DrillCommand(":action", ActionCommand.ARGUMENTS, ActionCommand.DESCRIPTION, this::action),
                new DrillCommand(":help", "", "this list", this::help));
    }

    List<DrillCommand> table() {
        return table;
    }

    HintLadder hints() {
        return hints;
    }

    ColonResult run(String line, ConnectTarget where, String currentDatabase, PrintWriter out) {
        this.where = where;
        try {
            return dispatch(line, currentDatabase, out);
        } finally {
            this.where = null;
        }
    }

    /** Runs the command {@code line} names; {@link #where} is set for the commands about the shell's server. */
    private ColonResult dispatch(String line, String currentDatabase, PrintWriter out) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String name = (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
        String args = space < 0 ? "" : trimmed.substring(space + 1).strip();
        for (DrillCommand c : table) {
            if (c.name().equals(name)) {
                try {
                    ColonResult result = c.action().run(args, currentDatabase, out);
                    out.flush();
                    return result;
                } catch (SandboxException e) {
                    // the server died under the learner (:submit, :reset): say so and keep the shell
                    // and its transcript, instead of ending the drill with the exception
                    out.flush();
                    System.err.println("ride: " + e.getMessage() + " " + Messages.SANDBOX_GONE);
                    System.err.flush();
                    return ColonResult.CONTINUE;
                }
            }
        }
        // the shell says so, in one line with a suggestion from colonCommands()
        return ColonResult.UNKNOWN;
    }

    private ColonResult briefing(String args, String db, PrintWriter out) {
        out.println(Wrap.prose(drill.scenario().briefing().strip(), drill.width()));
        return ColonResult.CONTINUE;
    }

    private ColonResult hint(String args, String db, PrintWriter out) {
        if (!hints.hasNext()) {
            out.println(String.format(Messages.NO_MORE_HINTS, hints.total()));
            return ColonResult.CONTINUE;
        }
        int number = hints.nextNumber();
        String text = hints.next();
        drill.transcript().note(Transcript.Entry.Kind.HINT, db, "hint " + number);
        String label = "Hint " + number + "/" + hints.total() + ": ";
        out.println(Wrap.text(label + text.strip(), drill.width(), label.length()));
        return ColonResult.CONTINUE;
    }

    private ColonResult submit(String args, String db, PrintWriter out) {
        boolean json = args.equals("--json");
        if (!args.isEmpty() && !json) {
            out.println("usage: :submit [--json]");
            return ColonResult.CONTINUE;
        }
        submitter.submit(db, json, out);
        if (drill.exam()) {
            // the exam's one attempt: the card (with the learner's timeline), the write-up, then the end
            out.println();
            out.println(Wrap.prose(drill.scenario().postmortem().strip(), drill.width()));
            out.println();
            out.println(Messages.EXAM_OVER);
            return ColonResult.QUIT;
        }
        return ColonResult.CONTINUE;
    }

    /** The reference write-up; after a :submit, the learner's own timeline beside it. */
    private ColonResult postmortem(String args, String db, PrintWriter out) {
        out.println(Wrap.prose(drill.scenario().postmortem().strip(), drill.width()));
        boolean submitted = drill.transcript().entries().stream().anyMatch(e -> e.kind() == Transcript.Entry.Kind.SUBMIT);
        Timeline timeline = drill.timeline();
        if (submitted && !timeline.isEmpty()) {
            out.println();
            out.print(TimelineFormatter.text(timeline, "Your incident", drill.width()));
        }
        return ColonResult.CONTINUE;
    }

    private ColonResult status(String args, String db, PrintWriter out) {
        DrillClock clock = drill.clock();
        String time = clock.isTimed()
                ? DrillClock.format(clock.remaining()) + " left of " + DrillClock.format(clock.limit())
                : DrillClock.format(clock.elapsed()) + " elapsed (untimed)";
        out.println("Scenario:  " + drill.scenario().id());
        out.println("Time:      " + time);
        out.println("Hints:     " + hints.given() + " of " + hints.total() + " used");
        out.println("Database:  " + db);
        String sandbox = drill.sandbox().description() + (drill.sandbox().isAlive() ? " (running)"
                : drill.sandbox() instanceof RevivableSandbox ? " (not answering: :reset starts a new one)"
                : " (not answering: \\q, then start the drill again)");
        String label = "Sandbox:   ";
        out.println(label + Wrap.text(sandbox, drill.width() - label.length())
                .replace("\n", "\n" + " ".repeat(label.length())));
        return ColonResult.CONTINUE;
    }

    private ColonResult reset(String args, String db, PrintWriter out) {
        long start = System.nanoTime();
        // the application's sessions hold the databases open: stop them first, start them again after
        drill.application().stopForReset();
        boolean restarted = drill.sandbox() instanceof RevivableSandbox revivable && !revivable.isAlive();
        if (restarted) {
            // the server died (a crash, a kill): a new sandbox in the broken start, the drill goes on
            ((RevivableSandbox) drill.sandbox()).revive();
        } else if (drill.sandbox() instanceof dev.ride.sandbox.TopologySandbox topology) {
            // every server and the pooler back to the broken start, even after a promotion or a crash
            topology.resetTopology();
        } else {
            ScenarioInstaller.reset(drill.sandbox(), drill.scenario());
        }
        drill.firstChanges().reset();
        drill.application().restartAfterReset(drill::writeStartingRules);
        drill.startIncident();
        long millis = (System.nanoTime() - start) / 1_000_000;
        drill.transcript().note(Transcript.Entry.Kind.RESET, db, restarted ? Messages.RESET_AFTER_DEATH : ":reset");
        out.println(Wrap.text(restarted
                ? "The sandbox had stopped; a new one is up, every database in the broken start (" + millis
                        + " ms). The clock, your hints and your history carry on."
                : "Every database is back to the broken start (" + millis + " ms). The clock keeps running.",
                drill.width()));
        return ColonResult.RECONNECT;
    }

    private ColonResult action(String args, String db, PrintWriter out) {
        actions.run(args, db, out);
        return ColonResult.CONTINUE;
    }

    private ColonResult log(String args, String db, PrintWriter out) {
        // reading the log is a look, as \d is: a check's ran: can ask for it (a storm of refused logins)
        drill.transcript().note(Transcript.Entry.Kind.META, db, args.isBlank() ? ":log" : ":log " + args.strip());
        // the log of the server the shell is on: a standby's own errors are in its own file
        serverLog.run(args, drill.serverAt(where), db, out);
        return ColonResult.CONTINUE;
    }

    /**
     * Ctrl-C from the shell while a ':' command runs: ends a {@code :log --follow}. The shell
     * passes it on where no SIGINT reaches the JVM (see {@link CtrlC}).
     */
    void interrupt() {
        serverLog.interrupt();
    }

    private ColonResult help(String args, String db, PrintWriter out) {
        out.println("Drill commands:");
        for (DrillCommand c : table) {
            String usage = c.arguments().isEmpty() ? c.name() : c.name() + " " + c.arguments();
            out.println(String.format("  %-20s %s", usage, c.description()));
        }
        out.println("Everything else is psql: SQL ending in ';', \\d, \\c DB, \\? for the list, \\q to quit.");
        return ColonResult.CONTINUE;
    }
}
