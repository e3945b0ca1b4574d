package org.seacorpus.lang.identify;
import java.nio.file.*; import java.util.*;
public class Time { public static void main(String[] a) throws Exception {
  var li = LanguageIdentifier.builtIn(); List<Path> ps = new ArrayList<>();
  try (var ds = Files.newDirectoryStream(Path.of(a[0]), "docs-*.jsonl")) { ds.forEach(ps::add); } ps.sort(null);
  List<String> texts = new ArrayList<>();
  for (Path p : ps) for (String line : Files.readAllLines(p)) {
    int t = line.indexOf("\"text\":\"") + 8;
    texts.add(line.substring(t, line.lastIndexOf("\",\"lang\"")).replace("\\n", "\n"));
  }
  var bean = java.lang.management.ManagementFactory.getThreadMXBean();
  StringBuilder out = new StringBuilder("sets " + Integer.getInteger("lid18.sets", 8192) + ":");
  for (int r = 0; r < 6; r++) {
    long t0 = bean.getCurrentThreadCpuTime();
    for (String s : texts) li.identifyDocument(s);
    if (r >= 2) out.append(String.format(" %.3f", (bean.getCurrentThreadCpuTime() - t0) / 1e9));
  }
  System.out.println(out);
}}
