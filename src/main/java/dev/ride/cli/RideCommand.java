package dev.ride.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "ride",
        mixinStandardHelpOptions = true,
        versionProvider = RideVersion.class,
        description = "Learn PostgreSQL operations by fixing broken databases.")
final class RideCommand {

    /**
     * The command tree for these arguments. picocli reads every subcommand's annotations when it
     * is added (about 0.2 s of a 1 s start budget for all of them), so {@code ride postgres start}
     * — the command a timed drill waits on — gets only its own branch; everything else, including
     * every typo, gets the whole tree with its help and suggestions.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new RideCommand());
        cli.addSubcommand(new PostgresCommand());
        if (args.length >= 2 && args[0].equals("postgres") && args[1].equals("start")) {
            return cli;
        }
        for (Object sub : new Object[] {new ScenariosCommand(), new ScenarioCommand(), new DemoCommand(),
                new SandboxCommand(), new ProgressCommand(), new PathsCommand(), new PsqlCommand(), new CompletionCommand(), new DoctorCommand(),
                new CacheCommand(), new CommandLine.HelpCommand()}) {
            cli.addSubcommand(sub);
        }
        return cli;
    }
}
