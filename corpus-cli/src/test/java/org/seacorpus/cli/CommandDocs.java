package org.seacorpus.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Run by the build (process-test-classes): writes the shell completion script and the man-page sources of every
 * command from the whole command tree ({@link CorpusCommand#fullCommandLine()}). picocli's own generators take a
 * class and read its {@code @Command(subcommands = …)}, which the root no longer lists (it builds only the commands
 * a run names). Arguments: the completion script's path and the man-page source folder. Fails (exit 1) on any error,
 * so the build stops rather than ship without them.
 */
public final class CommandDocs {
    private CommandDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CommandDocs COMPLETION_SCRIPT MAN_PAGE_DIR");
            System.exit(2);
        }
        CommandLine cli = CorpusCommand.fullCommandLine();
        Path script = Path.of(args[0]);
        Files.createDirectories(script.toAbsolutePath().getParent());
        Files.writeString(script, AutoComplete.bash("corpus", cli), StandardCharsets.UTF_8);
        File manDir = new File(args[1]);
        int code = ManPageGenerator.generateManPage(manDir, null, new boolean[0], true, cli.getCommandSpec());
        if (code != 0) {
            System.err.println("man pages: picocli's generator exited with " + code);
            System.exit(1);
        }
    }
}
