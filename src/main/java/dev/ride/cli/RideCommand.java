package dev.ride.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "ride",
        mixinStandardHelpOptions = true,
        versionProvider = RideVersion.class,
        description = "Learn PostgreSQL operations by fixing broken databases.")
final class RideCommand {

    /** The subcommands in the order help lists them. */
    private static final Map<String, Supplier<Object>> BRANCHES = branches();

    /** Subcommands that look at the whole tree (completion scripts, help on any command). */
    private static final Set<String> NEED_THE_TREE = Set.of("completion", "help");

    private static Map<String, Supplier<Object>> branches() {
        Map<String, Supplier<Object>> branches = new LinkedHashMap<>();
        branches.put("postgres", PostgresCommand::new);
        branches.put("scenarios", ScenariosCommand::new);
        branches.put("scenario", ScenarioCommand::new);
        branches.put("demo", DemoCommand::new);
        branches.put("sandbox", SandboxCommand::new);
        branches.put("progress", ProgressCommand::new);
        branches.put("paths", PathsCommand::new);
        branches.put("psql", PsqlCommand::commandSpec);
        branches.put("completion", CompletionCommand::new);
        branches.put("doctor", DoctorCommand::new);
        branches.put("cache", CacheCommand::new);
        branches.put("help", CommandLine.HelpCommand::new);
        return branches;
    }

    /**
     * The command tree for these arguments. picocli reads every subcommand's annotations when it
     * is added (about 0.2 s of a 1 s start budget for all of them, and most of a `ride psql -c`),
     * so a command named first gets only its own branch; everything else, including every typo
     * and every option of ride itself, gets the whole tree with its help and suggestions.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new RideCommand());
        String first = args.length > 0 ? args[0] : "";
        if (BRANCHES.containsKey(first) && !NEED_THE_TREE.contains(first)) {
            cli.addSubcommand(BRANCHES.get(first).get());
            return cli;
        }
        BRANCHES.values().forEach(branch -> cli.addSubcommand(branch.get()));
        return cli;
    }
}
