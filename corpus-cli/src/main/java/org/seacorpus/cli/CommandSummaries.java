package org.seacorpus.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The list of subcommands in a help page, each with the first phrase of its description (up to the first colon
 * or full stop) rather than picocli's default, its first line, which cuts the description mid-sentence.
 */
final class CommandSummaries {
    private CommandSummaries() {
    }

    /** Uses the summaries in the help of {@code cli} and of every command below it that has subcommands. */
    static void install(CommandLine cli) {
        if (!cli.getSubcommands().isEmpty()) {
            cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> list(cli));
        }
        cli.getSubcommands().values().stream().distinct().forEach(CommandSummaries::install);
    }

    private static String list(CommandLine cli) {
        // one row per command, its aliases beside its name
        Map<CommandLine, String> names = new LinkedHashMap<>();
        cli.getSubcommands().forEach((name, sub) -> names.merge(sub, name, (a, b) -> a + ", " + b));
        int width = names.values().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<CommandLine, String> entry : names.entrySet()) {
            out.append("  ").append(String.format("%-" + width + "s", entry.getValue())).append("  ")
                    .append(summary(entry.getKey().getCommandSpec().usageMessage())).append('\n');
        }
        return out.toString();
    }

    /** The first phrase of a command's header or description. */
    static String summary(UsageMessageSpec usage) {
        String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
        String text = String.join(" ", lines).replaceAll("\\s+", " ").trim();
        int end = text.length();
        for (String stop : new String[] {": ", ". ", ";"}) {
            int at = text.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        String phrase = text.substring(0, end);
        return phrase.endsWith(".") ? phrase.substring(0, phrase.length() - 1) : phrase;
    }
}
