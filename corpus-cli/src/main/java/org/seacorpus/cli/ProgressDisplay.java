package org.seacorpus.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.seacorpus.corpus.pipeline.PipelineProgress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows the progress of a long command on stderr, in one of three ways decided by {@link #decide}: a progress
 * bar (me.tongfei:progressbar) when stderr is a terminal; a plain line every few seconds when it is not (CI
 * logs, pipes), plus a line when each step starts and ends; nothing with {@code -q}. {@code CORPUS_PROGRESS=
 * bar|lines|none} overrides the choice.
 */
final class ProgressDisplay implements PipelineProgress, AutoCloseable {
    /** How progress is shown. */
    enum Mode { BAR, LINES, NONE }

    static final long LINE_INTERVAL_SECONDS = 10;

    private final Mode mode;
    private final PrintWriter err;
    private final ScheduledExecutorService ticker;
    private ProgressBar bar;
    private String step = "";
    private long startedNanos;
    private long total = -1;
    private volatile long done;
    private volatile String detail = "";
    private long shownDone = -1;
    private String shownDetail = "";

    ProgressDisplay(Mode mode, PrintWriter err, long lineIntervalSeconds) {
        this.mode = mode;
        this.err = err;
        if (mode == Mode.LINES && lineIntervalSeconds > 0) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress-lines");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, lineIntervalSeconds, lineIntervalSeconds, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    /** The display for a command's output: its mode from -q, the terminal and CORPUS_PROGRESS. */
    static ProgressDisplay of(Output output) {
        Mode mode = decide(output.quiet, stderrIsTerminal(), System.getenv("CORPUS_PROGRESS"));
        return new ProgressDisplay(mode, output.err(), LINE_INTERVAL_SECONDS);
    }

    /**
     * The choice: {@code -q} shows nothing; an override (bar, lines, none) wins over the terminal test; else a
     * bar on a terminal and plain lines elsewhere.
     */
    static Mode decide(boolean quiet, boolean terminal, String override) {
        if (quiet) {
            return Mode.NONE;
        }
        if (override != null && !override.isBlank()) {
            try {
                return Mode.valueOf(override.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // an unknown value falls back to the terminal test
            }
        }
        return terminal ? Mode.BAR : Mode.LINES;
    }

    /**
     * True when stderr goes to a terminal: the JVM must see a console, and on Linux file descriptor 2 must be
     * a tty device (not a pipe or a file).
     */
    static boolean stderrIsTerminal() {
        if (System.console() == null) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return true; // no /proc: trust the console
        }
        return true;
    }

    Mode mode() {
        return mode;
    }

    @Override
    public synchronized void start(String name, long size) {
        closeBar();
        step = name;
        startedNanos = System.nanoTime();
        total = size;
        done = 0;
        detail = "";
        shownDone = -1;
        shownDetail = "";
        if (mode == Mode.BAR) {
            err.flush();
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(size)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK).setUpdateIntervalMillis(200).build();
        } else if (mode == Mode.LINES) {
            print(name + ": started" + (size > 0 ? " (" + size + " " + unit(name, size) + ")" : ""));
        }
    }

    @Override
    public void advance(long units, String text) {
        done = units;
        if (text != null && !text.isEmpty()) {
            detail = text;
        }
        ProgressBar current = bar;
        if (current != null) {
            current.stepTo(units);
            current.setExtraMessage(org.seacorpus.util.SafeText.oneLine(detail));
        }
    }

    /** Closes the bar, or prints "STEP: done in 4.2 s: SUMMARY" as the step's last plain line. */
    @Override
    public synchronized void end(String summary) {
        closeBar();
        if (mode == Mode.LINES && !step.isEmpty()) {
            print(String.format("%s: done in %.1f s%s", step, (System.nanoTime() - startedNanos) / 1e9,
                    summary == null || summary.isEmpty() ? "" : ": " + summary));
        }
        step = "";
    }

    /** Prints a progress line when something moved since the last one (called every few seconds). */
    synchronized void tick() {
        if (mode != Mode.LINES || step.isEmpty() || (done == shownDone && detail.equals(shownDetail))) {
            return;
        }
        shownDone = done;
        shownDetail = detail;
        StringBuilder line = new StringBuilder(step).append(": ").append(done);
        if (total > 0) {
            line.append('/').append(total).append(' ').append(unit(step, total))
                    .append(String.format(" (%d%%)", Math.min(100, done * 100 / total)));
        } else {
            line.append(' ').append(unit(step, done));
        }
        if (!detail.isEmpty()) {
            line.append(", ").append(detail);
        }
        print(line.toString());
    }

    private static String unit(String step, long count) {
        String unit = switch (step) {
            case "import" -> "file";
            case "export" -> "target";
            default -> "unit";
        };
        return count == 1 ? unit : unit + "s";
    }

    private void print(String line) {
        err.println(org.seacorpus.util.SafeText.lines(line));
        err.flush();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public synchronized void close() {
        closeBar();
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
