package dev.ride.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints a completion script made by picocli's {@link AutoComplete} from the whole command tree:
 * subcommands, options, engine names and the catalog's scenario ids as they are when it runs.
 * picocli's one script serves both shells: in zsh it loads compinit (once) and bashcompinit itself,
 * so {@code zsh} prints the same text.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script.",
                "bash: source <(ride completion bash), or save it as ~/.local/share/bash-completion/completions/ride.",
                "zsh: source <(ride completion zsh) in ~/.zshrc."})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    /** Checked by picocli (bash or zsh); both get the same script. */
    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("ride", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
