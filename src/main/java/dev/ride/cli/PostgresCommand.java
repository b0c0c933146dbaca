package dev.ride.cli;

import picocli.CommandLine.Command;

@Command(name = "postgres",
        mixinStandardHelpOptions = true,
        description = "PostgreSQL incident drills.",
        subcommands = {StartCommand.class})
final class PostgresCommand {
}
