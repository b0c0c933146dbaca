package dev.ride.cli;

import picocli.CommandLine.Command;

@Command(name = "ride",
        mixinStandardHelpOptions = true,
        version = "ride 0.1.0",
        description = "Learn PostgreSQL operations by fixing broken databases.",
        subcommands = {PostgresCommand.class, ScenariosCommand.class, ScenarioCommand.class, DemoCommand.class, SandboxCommand.class, ProgressCommand.class, picocli.CommandLine.HelpCommand.class})
final class RideCommand {
}
