package org.seacorpus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import org.seacorpus.sheet.Sheet;
import org.seacorpus.sheet.XlsxWriter;

import picocli.CommandLine.Option;

/** {@code --format table|xlsx --out FILE} of the word statistics: the table on the terminal, or a spreadsheet. */
final class SheetOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, or xlsx to write a spreadsheet to --out (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "The spreadsheet written with --format xlsx.")
    Path out;

    /** True when a spreadsheet is asked for; checks that the options fit together. */
    boolean xlsx() {
        return check(format, out, "table, xlsx");
    }

    /**
     * Whether {@code format} asks for a spreadsheet, with {@code out} where it goes.
     *
     * @throws IllegalArgumentException for xlsx without --out, or --out without xlsx
     */
    static boolean check(String format, Path out, String formats) {
        boolean xlsx = format != null && format.toLowerCase(Locale.ROOT).equals("xlsx");
        if (xlsx && out == null) {
            throw new IllegalArgumentException("--format xlsx writes a file: add --out FILE.xlsx");
        }
        if (!xlsx && out != null) {
            throw new IllegalArgumentException("--out is where --format xlsx writes; add --format xlsx");
        }
        if (!xlsx && format != null && !format.equalsIgnoreCase("table") && formats.equals("table, xlsx")) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; use " + formats);
        }
        return xlsx;
    }

    /** Writes the sheet and says where (stderr; with --json, the path and rows as JSON on stdout). */
    static void write(Output output, Sheet sheet, Path out) {
        try {
            XlsxWriter.write(sheet, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        if (output.json) {
            output.json(java.util.Map.of("out", out.toAbsolutePath().normalize().toString(),
                    "rows", sheet.rows().size()));
        } else {
            output.info("wrote " + TextTable.count(sheet.rows().size(), "row") + " to "
                    + org.seacorpus.util.SafeText.oneLine(out.toAbsolutePath().normalize().toString()));
        }
    }
}
