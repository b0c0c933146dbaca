package dev.ride.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The psql options {@code ride psql} takes, in one table read twice: by {@link #parse}, which reads
 * a command line as psql's getopt_long does, and by {@link #commandSpec}, which gives the command
 * tree (help, man page, completion) the same options.
 *
 * <p>Why not picocli for the parsing: building a command from annotations costs picocli about
 * 0.1 s of reflection, and its first parse more, in a process whose whole budget is psql's time
 * plus 0.3 s. getopt_long's rules are also psql's own: an option's argument is the next word
 * whatever it looks like ({@code -c -1}), short options bundle ({@code -XAt}, {@code -cSQL}), a
 * long option may be shortened to a unique prefix, and operands may come before options.
 */
final class PsqlOptions {

    /** {@code letter} 0 for a long-only option; {@code label} null for an option without argument. */
    record Option(char letter, List<String> longNames, String label, boolean repeats, String description) {
        boolean takesArgument() {
            return label != null;
        }

        String name() {
            return longNames.get(0);
        }
    }

    /** One option as given, in command-line order, with its argument (null for a flag). */
    record Given(Option option, String value) {
        boolean is(String longName) {
            return option.name().equals(longName);
        }
    }

    /** What a command line says: the options in order, the operands, and whether it asked for help. */
    record Parsed(List<Given> given, List<String> operands, boolean help) {
    }

    /** A command line psql would refuse; the message is getopt's line without the program name. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static final Option HELP = new Option('?', List.of("help"), null, false, "show this help, then exit");

    /** In the order the help lists them. */
    static final List<Option> ALL = List.of(
            arg('c', "command", "COMMAND", true, "run only COMMAND (SQL or a \\ command); may repeat"),
            arg('f', "file", "FILENAME", true, "run the commands of FILENAME (- for stdin); may repeat"),
            new Option('v', List.of("set", "variable"), "NAME=VALUE", true, "set psql variable NAME to VALUE"),
            flag('X', "no-psqlrc", "do not read the startup file (~/.psqlrc)"),
            flag('1', "single-transaction", "run the -c and -f commands in one transaction"),
            flag('a', "echo-all", "echo all input from a script"),
            flag('b', "echo-errors", "echo failed commands"),
            flag('e', "echo-queries", "echo the commands sent to the server"),
            arg('L', "log-file", "FILENAME", false, "also write the session's output to FILENAME"),
            arg('o', "output", "FILENAME", false, "send query results to FILENAME"),
            flag('q', "quiet", "run quietly (no messages, only query output)"),
            flag('A', "no-align", "unaligned table output mode"),
            flag((char) 0, "csv", "CSV table output mode"),
            arg('F', "field-separator", "STRING", false, "field separator for unaligned output"),
            arg('P', "pset", "VAR[=ARG]", true, "set printing option VAR to ARG (see \\pset)"),
            arg('R', "record-separator", "STRING", false, "record separator for unaligned output"),
            flag('t', "tuples-only", "print rows only"),
            flag('x', "expanded", "turn on expanded table output"),
            flag('z', "field-separator-zero", "zero byte as field separator for unaligned output"),
            flag('0', "record-separator-zero", "zero byte as record separator for unaligned output"),
            arg('d', "dbname", "DBNAME", false, "database name, URI or conninfo string"),
            arg('h', "host", "HOSTNAME", false, "database server host"),
            arg('p', "port", "PORT", false, "database server port"),
            arg('U', "username", "USERNAME", false, "database user name"),
            flag('w', "no-password", "never prompt for a password"),
            flag('W', "password", "prompt for a password before connecting"),
            HELP);

    private PsqlOptions() {
    }

    private static Option arg(char letter, String longName, String label, boolean repeats, String description) {
        return new Option(letter, List.of(longName), label, repeats, description);
    }

    private static Option flag(char letter, String longName, String description) {
        return new Option(letter, List.of(longName), null, false, description);
    }

    /**
     * Reads {@code args} (what follows {@code psql}) as GNU getopt_long does with psql's option
     * string: options and operands may mix, {@code --} ends the options.
     */
    static Parsed parse(List<String> args) throws UsageException {
        List<Given> given = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = arg.substring(2, eq < 0 ? arg.length() : eq);
                Option option = byLongName(name, arg);
                String value = eq < 0 ? null : arg.substring(eq + 1);
                if (option == HELP) {
                    help = true; // psql's --help takes an optional topic; one help page here
                    continue;
                }
                if (option.takesArgument() && value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option '--" + option.name() + "' requires an argument");
                    }
                    value = args.get(++i);
                } else if (!option.takesArgument() && value != null) {
                    throw new UsageException("option '--" + option.name() + "' doesn't allow an argument");
                }
                given.add(new Given(option, value));
            } else if (arg.startsWith("-") && arg.length() > 1) {
                for (int at = 1; at < arg.length(); at++) {
                    char letter = arg.charAt(at);
                    Option option = byLetter(letter);
                    if (option == HELP) {
                        help = true;
                    } else if (!option.takesArgument()) {
                        given.add(new Given(option, null));
                    } else if (at + 1 < arg.length()) {
                        given.add(new Given(option, arg.substring(at + 1)));
                        break;
                    } else if (i + 1 < args.size()) {
                        given.add(new Given(option, args.get(++i)));
                    } else {
                        throw new UsageException("option requires an argument -- '" + letter + "'");
                    }
                }
            } else {
                operands.add(arg);
            }
        }
        return new Parsed(given, operands, help);
    }

    private static Option byLetter(char letter) throws UsageException {
        for (Option option : ALL) {
            if (option.letter() == letter && letter != 0) {
                return option;
            }
        }
        throw new UsageException("invalid option -- '" + letter + "'");
    }

    /** The exact name, else the one option that name is a prefix of (getopt_long's abbreviations). */
    private static Option byLongName(String name, String arg) throws UsageException {
        List<Option> prefixed = new ArrayList<>();
        List<String> possibilities = new ArrayList<>();
        for (Option option : ALL) {
            for (String longName : option.longNames()) {
                if (longName.equals(name)) {
                    return option;
                }
                if (!name.isEmpty() && longName.startsWith(name)) {
                    if (!prefixed.contains(option)) {
                        prefixed.add(option);
                    }
                    possibilities.add("'--" + longName + "'");
                }
            }
        }
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.isEmpty()) {
            throw new UsageException("unrecognized option '" + arg + "'");
        }
        throw new UsageException("option '" + arg + "' is ambiguous; possibilities: " + String.join(" ", possibilities));
    }

    /**
     * The same options as a picocli command for the tree: {@code ride help psql}, the man page and
     * the completion scripts. Built without annotations, so nothing is read by reflection.
     */
    static CommandSpec commandSpec(Object command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("psql");
        spec.usageMessage().sortOptions(false).description(
                "A psql-compatible client for any PostgreSQL server (no drill).",
                "Options, PG* environment variables and ~/.pgpass work as with psql.");
        spec.parser().overwrittenOptionsAllowed(true);
        for (Option option : ALL) {
            List<String> names = new ArrayList<>();
            if (option.letter() != 0) {
                names.add("-" + option.letter());
            }
            option.longNames().forEach(name -> names.add("--" + name));
            OptionSpec.Builder builder = OptionSpec.builder(names.toArray(String[]::new))
                    .description(option.description());
            if (option == HELP) {
                builder.usageHelp(true);
            } else if (!option.takesArgument()) {
                builder.arity("0").type(boolean.class);
            } else if (option.repeats()) {
                builder.paramLabel(option.label()).arity("1").type(List.class).auxiliaryTypes(String.class);
            } else {
                builder.paramLabel(option.label()).arity("1").type(String.class);
            }
            spec.addOption(builder.build());
        }
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("DBNAME")
                .description("database name (or URI)").type(String.class).build());
        spec.addPositional(PositionalParamSpec.builder().index("1").arity("0..1").paramLabel("USERNAME")
                .description("user name").type(String.class).build());
        return spec;
    }
}
