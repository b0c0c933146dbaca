package dev.ride.drill;

import dev.ride.shell.ShellHost;

import java.io.PrintWriter;

/**
 * One ':' command: its name, arguments and description (for :help, \? and completion) and what it
 * does. All of them live in {@link DrillCommands}, so help cannot drift from behaviour.
 */
record DrillCommand(String name, String arguments, String description, Action action) {

    @FunctionalInterface
    interface Action {
        /** @return what the shell does next */
        ShellHost.ColonResult run(String arguments, String currentDatabase, PrintWriter out);
    }
}
