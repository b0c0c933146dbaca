package dev.ride.cli;

import dev.ride.sandbox.SandboxEntry;
import dev.ride.sandbox.SandboxRegistry;
import dev.ride.sandbox.choice.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "The sandboxes on this machine, of every engine.",
        subcommands = {SandboxCommand.Ls.class, SandboxCommand.Rm.class})
final class SandboxCommand {

    @Command(name = "ls", mixinStandardHelpOptions = true, description = "List live sandboxes and leftovers of killed runs.")
    static final class Ls implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            List<SandboxEntry> entries = allEntries();
            if (entries.isEmpty()) {
                out.println("No sandboxes.");
                return;
            }
            String row = "%-9s %-14s %-6s %-9s %-8s %s%n";
            out.printf(row, "ENGINE", "ID", "PORT", "OWNER", "STATE", "SCENARIO");
            for (SandboxEntry e : entries) {
                String owner = e.ownerPid() + (e.ownerAlive() ? "" : "†");
                String state = e.serverRunning() ? "running" : "stopped";
                out.printf(row, e.engine(), e.id(), e.port() == 0 ? "-" : String.valueOf(e.port()), owner, state, e.label());
            }
            if (entries.stream().anyMatch(e -> !e.ownerAlive())) {
                out.println("† owner gone (a killed run); `ride sandbox rm --all` or the next start removes it.");
            }
        }
    }

    @Command(name = "rm", mixinStandardHelpOptions = true, description = "Stop and remove sandboxes.")
    static final class Rm implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", arity = "0..*", description = "ids from `ride sandbox ls`")
        List<String> ids = new ArrayList<>();

        @Option(names = "--all", description = "remove every sandbox")
        boolean all;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!all && ids.isEmpty()) {
                err.println("ride: name the sandboxes to remove (see `ride sandbox ls`), or use --all.");
                return ExitCodes.USAGE;
            }
            List<String> targets = all ? allEntries().stream().map(SandboxEntry::id).toList() : ids;
            int failures = 0;
            for (String id : targets) {
                if (removeAnywhere(id)) {
                    out.println("removed " + id);
                } else {
                    err.println("ride: no sandbox " + id);
                    failures++;
                }
            }
            return failures == 0 ? ExitCodes.OK : ExitCodes.USAGE;
        }

        private static boolean removeAnywhere(String id) {
            for (SandboxRegistry registry : Engines.registries()) {
                if (registry.remove(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    static List<SandboxEntry> allEntries() {
        List<SandboxEntry> entries = new ArrayList<>();
        for (SandboxRegistry registry : Engines.registries()) {
            entries.addAll(registry.list());
        }
        return entries;
    }
}
