package org.seacorpus.lang.identify;
import java.nio.file.*; import java.util.*;
public class MissSim {
  public static void main(String[] a) throws Exception {
    int[] sizes = {2048, 4096, 8192, 16384, 65536};
    int ways = Integer.parseInt(a[1]);
    List<String> texts = new ArrayList<>();
    for (Path p : Files.newDirectoryStream(Path.of(a[0]), "docs-*.jsonl")) {
      for (String line : Files.readAllLines(p)) {
        int i = line.indexOf("\"lang\":\"");
        String lang = line.substring(i + 8, line.indexOf('"', i + 8));
        if (Set.of("lo","th","km","my","shn","ta","zh").contains(lang)) continue;
        int t = line.indexOf("\"text\":\"") + 8;
        texts.add(line.substring(t, line.lastIndexOf("\",\"lang\"")));
      }
    }
    for (int size : sizes) {
      int sets = size / ways;
      long[][] tags = new long[sets][ways]; long[] words = {0}, miss = {0};
      int[][] age = new int[sets][ways]; int[] clock = {0};
      for (String text : texts) {
        FeatureKeys.scan(text, 5, new FeatureKeys.Sink() {
          public void feature(int o, long k) {}
          public boolean word(long key) {
            words[0]++;
            int s = (int) (key ^ (key >>> 32)) & (sets - 1);
            clock[0]++;
            for (int w = 0; w < ways; w++) if (tags[s][w] == key) { age[s][w] = clock[0]; return true; }
            miss[0]++;
            int v = 0; for (int w = 1; w < ways; w++) if (age[s][w] < age[s][v]) v = w;
            tags[s][v] = key; age[s][v] = clock[0];
            return true;
          }
        });
      }
      System.out.printf("slots %d ways %d: words %d misses %d (%.1f%%)%n", size, ways, words[0], miss[0], 100.0 * miss[0] / words[0]);
    }
  }
}
