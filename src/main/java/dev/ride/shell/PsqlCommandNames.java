package dev.ride.shell;

import java.util.Set;

/**
 * The backslash commands psql 15 knows (command.c's exec_command), including those ride does not
 * run. Inside a skipped {@code \if} branch psql ignores any of them silently and calls only other
 * names invalid; ride does the same, so a script written for psql behaves alike there.
 */
final class PsqlCommandNames {

    private static final Set<String> NAMES = Set.of("a", "C", "c", "connect", "cd", "conninfo", "copy",
            "copyright", "crosstabview", "e", "edit", "ef", "ev", "echo", "qecho", "warn", "elif", "else", "endif",
            "encoding", "errverbose", "f", "g", "gx", "gdesc", "getenv", "gexec", "gset", "h", "help", "H", "html",
            "i", "include", "ir", "include_relative", "if", "l", "list", "l+", "list+", "o", "out", "p", "print",
            "password", "prompt", "pset", "q", "quit", "r", "reset", "restrict", "unrestrict", "s", "set", "setenv",
            "sf", "sf+", "sv", "sv+", "t", "T", "timing", "unset", "w", "write", "watch", "x", "z", "!", "?");

    private PsqlCommandNames() {
    }

    /** True for a name psql 15 dispatches: the list above, every {@code \d...} and {@code \lo_...}. */
    static boolean known(String name) {
        return NAMES.contains(name) || name.startsWith("d") || name.startsWith("lo_");
    }
}
