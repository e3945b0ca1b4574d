import java.nio.file.*; import java.util.*;
import org.seacorpus.lang.LanguageProfiles; import org.seacorpus.segment.*; import org.seacorpus.quality.Stopwords;
public class MissRate { static final boolean SALT = Boolean.getBoolean("salt");
  public static void main(String[] a) throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    Path gen = Path.of(a[0]);
    Map<String,String> langOf = new HashMap<>();
    for (String line : Files.readAllLines(gen.resolve("truth.jsonl"))) { var n = mapper.readTree(line); langOf.put(n.get("id").asText(), n.get("lang").asText()); }
    var profiles = LanguageProfiles.builtIn(); var segs = new Segmenters(profiles);
    int[] sizes = {4096, 8192, 16384, 32768, 65536, 131072};
    long[] misses = new long[sizes.length]; long lookups = 0; long distinctInDoc = 0; long tokens = 0;
    String[][] w = new String[sizes.length][]; Object[][] l = new Object[sizes.length][];
    for (int s = 0; s < sizes.length; s++) { w[s] = new String[sizes[s]]; l[s] = new Object[sizes[s]]; }
    Set<String> all = new HashSet<>(); Map<String,Set<String>> perLang = new TreeMap<>();
    int docs = 0; int limit = a.length > 1 ? Integer.parseInt(a[1]) : Integer.MAX_VALUE;
    outer:
    for (Path f : Files.list(gen).filter(p -> p.getFileName().toString().startsWith("docs-")).sorted().toList()) {
      for (String line : Files.readAllLines(f)) {
        if (docs++ >= limit) break outer;
        var n = mapper.readTree(line); String lang = langOf.getOrDefault(n.get("id").asText(), "und");
        Set<String> stop = Stopwords.builtIn().of(lang);
        List<Token> words = segs.forLanguage(lang).words(n.get("text").asText());
        tokens += words.size();
        Set<String> seen = new HashSet<>();
        for (Token t : words) { String s = t.text(); if (!seen.add(s)) continue; lookups++;
          all.add(lang + "\t" + s); perLang.computeIfAbsent(lang, k -> new HashSet<>()).add(s);
          int h = s.hashCode(); h ^= h >>> 16; if (SALT) { h = s.hashCode() + lang.hashCode() * 0x9E3779B9; h ^= h >>> 15; h *= 0x2c1b3c6d; h ^= h >>> 12; }
          for (int k = 0; k < sizes.length; k++) { int slot = h & (sizes[k]-1);
            if (!(l[k][slot] == stop && s.equals(w[k][slot]))) { misses[k]++; w[k][slot] = s; l[k][slot] = stop; } } }
      }
    }
    System.out.printf("docs %d tokens %d distinct-per-doc lookups %d distinct (lang,word) %d%n", docs, tokens, lookups, all.size());
    perLang.forEach((k,v) -> System.out.print(k + "=" + v.size() + " ")); System.out.println();
    for (int k = 0; k < sizes.length; k++) System.out.printf("slots %6d misses %d (%.1f%%)%n", sizes[k], misses[k], 100.0*misses[k]/lookups);
  }
}
