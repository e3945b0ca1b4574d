package org.seacorpus.bench;

import java.io.PrintWriter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corpus-bench}: the planted-corpus generator and the dedupe measurements that use it. */
@Command(name = "corpus-bench", mixinStandardHelpOptions = true,
        description = {"Generate planted test corpora with ground truth, and measure dedupe on them.",
            "Run the measuring commands with the heap and cores they are measured at, e.g.",
            "  java -Xmx1g -XX:ActiveProcessorCount=2 -jar corpus-bench/target/corpus-bench.jar dedupe …"},
        subcommands = {GenerateCommand.class, ImportBenchCommand.class, DedupeBenchCommand.class,
            ShinglingBaselineCommand.class, ShingleExportCommand.class, SignatureBenchCommand.class,
            MarksStoreBenchCommand.class,
            EvaluateCommand.class, LuceneBaselineCommand.class, NormalizeBenchCommand.class, SearchBenchCommand.class,
            LanguageIdBenchCommand.class,
            ExportBenchCommand.class, ServeLoadCommand.class, StageSharesCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.SEVERE);
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(System.out, true));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("corpus-bench " + command.getCommandName() + ": error: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        System.exit(cli.execute(args));
    }

    static void print(CommandLine.Model.CommandSpec spec, Object value) {
        try {
            spec.commandLine().getOut().println(JSON.writeValueAsString(value));
            spec.commandLine().getOut().flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
