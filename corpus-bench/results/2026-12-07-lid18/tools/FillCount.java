package org.seacorpus.lang.identify;
import java.nio.file.*; import java.util.*;
public class FillCount { public static void main(String[] a) throws Exception {
  var li = LanguageIdentifier.builtIn(); List<Path> ps = new ArrayList<>();
  try (var ds = Files.newDirectoryStream(Path.of(a[0]), "docs-*.jsonl")) { ds.forEach(ps::add); } ps.sort(null);
  int n = 0;
  for (Path p : ps) for (String line : Files.readAllLines(p)) {
    int t = line.indexOf("\"text\":\"") + 8;
    String text = line.substring(t, line.lastIndexOf("\",\"lang\"")).replace("\\n", "\n");
    li.identifyDocument(text); n++;
  }
  System.out.printf("docs %d words %d fills %d (%.1f%%) known %d probes~%d%n", n, NgramModel.WORDS.get(), NgramModel.FILLS.get(), 100.0*NgramModel.FILLS.get()/NgramModel.WORDS.get(), NgramModel.KNOWN.get(), NgramModel.PROBES.get());
}}
