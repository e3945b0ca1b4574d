package org.seacorpus.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corpus completion bash|zsh}: prints the shell completion script of every command and option, made by
 * picocli's {@link AutoComplete} from the same command model as the help (the build writes the same script to
 * corpus-cli/target/corpus_completion). One script serves both shells: zsh runs it through bashcompinit.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the shell completion script for bash or zsh: commands, options and option values",
            "complete with TAB. Load it in the current shell, or from ~/.bashrc or ~/.zshrc."},
        footer = {"", "Examples:",
            "  source <(corpus completion bash)                # bash: this shell",
            "  echo 'source <(corpus completion bash)' >> ~/.bashrc",
            "  corpus completion zsh > ~/.zfunc/corpus.zsh     # zsh: source it from ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.", completionCandidates = Candidates.Shells.class)
    String shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("corpus", spec.root().commandLine());
        switch (shell.toLowerCase(java.util.Locale.ROOT)) {
            case "bash" -> spec.commandLine().getOut().print(script);
            // the script turns on zsh's bash completion emulation (bashcompinit) itself when zsh sources it
            case "zsh" -> spec.commandLine().getOut().print(script);
            default -> throw new IllegalArgumentException("unknown shell '" + shell + "'; use bash or zsh");
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
