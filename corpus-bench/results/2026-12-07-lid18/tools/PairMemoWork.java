package org.seacorpus.lang.identify;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PairMemoWork DOCS ROUNDS: the shipped id/ms pair model with its marker words (as LatinIdentifier asks it) on every
 * line of gen-10000's Indonesian and Malay documents in corpus order, the thread's memo of words used and not
 * (PairModel.logOdds(text, true, remembered)), alternating round by round; thread CPU per variant, and the sums'
 * bits compared (must be equal).
 */
public class PairMemoWork {
    public static void main(String[] a) throws Exception {
        List<String> lines = new ArrayList<>();
        try (var files = Files.newDirectoryStream(Path.of(a[0]), "docs-*.jsonl")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path p : sorted) {
                for (String line : Files.readAllLines(p)) {
                    if (!line.endsWith("\"lang\":\"id\"}") && !line.endsWith("\"lang\":\"ms\"}")) {
                        continue;
                    }
                    int t = line.indexOf("\"text\":\"") + 8;
                    String text = line.substring(t, line.lastIndexOf("\",\"lang\"")).replace("\\n", "\n");
                    for (String l : text.split("\n")) {
                        if (!l.isBlank()) {
                            lines.add(l);
                        }
                    }
                }
            }
        }
        long bytes = 0;
        for (String l : lines) {
            bytes += l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        LatinIdentifier latin = LanguageIdentifier.builtIn().segments().latin();
        PairModel pair = latin.pairs().get(0);
        var bean = ManagementFactory.getThreadMXBean();
        int rounds = Integer.parseInt(a[1]);
        long[] cpu = new long[2];
        for (int r = 0; r < rounds + 2; r++) {
            long[] digest = new long[2];
            for (int side = 0; side < 2; side++) {
                int v = (r % 2 == 0) ? side : 1 - side;
                long t0 = bean.getCurrentThreadCpuTime();
                long d = 0;
                for (String l : lines) {
                    d = d * 31 + Double.doubleToRawLongBits(pair.logOdds(l, true, v == 1));
                }
                long t = bean.getCurrentThreadCpuTime() - t0;
                digest[v] = d;
                if (r >= 2) {
                    cpu[v] += t;
                }
            }
            System.out.printf("round %d same %b%n", r, digest[0] == digest[1]);
        }
        double mb = bytes * (double) rounds / 1e6;
        System.out.printf("lines %d, %.3f MB per round; looked up %.2f MB/CPU s, remembered %.2f MB/CPU s, ratio %.2f%n",
                lines.size(), bytes / 1e6, mb / (cpu[0] / 1e9), mb / (cpu[1] / 1e9), (double) cpu[0] / cpu[1]);
    }
}
