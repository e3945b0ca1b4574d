package org.seacorpus.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;

/**
 * What the reliability tests run in a JVM of their own (with a small heap, or to be killed):
 * <ul>
 *   <li>{@code cli ARGS…}: the CLI, then {@code peak-heap-bytes=N} on stderr (the heap pools' peaks added up, an
 *       upper bound of the heap the run used) and the CLI's exit code;</li>
 *   <li>{@code slow-import HOME DIR}: an import that commits every second (and every 5,000 documents, more than
 *       the test gives it), paced at 20 ms per input, printing {@code documents=N} after each input, for the
 *       test to kill -9.</li>
 * </ul>
 */
public final class ForkedMain {
    private ForkedMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("slow-import")) {
            slowImport(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        String[] cli = java.util.Arrays.copyOfRange(args, 1, args.length);
        int code = CorpusCommand.execute(cli, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.err.println("peak-heap-bytes=" + peak);
        System.exit(code);
    }

    private static void slowImport(Path home, Path input) {
        Corpus corpus = Corpus.open(home);
        ImportOptions options = ImportOptions.of(List.of(input)).withThreads(2)
                .withCommitInterval(Duration.ofSeconds(1));
        corpus.importFrom(options, progress -> {
            synchronized (System.out) {
                System.out.println("documents=" + progress.documents());
                System.out.flush();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.println("finished");
    }
}
