public class T2 { public static void main(String[] a) throws Exception {
  var p = org.seacorpus.lang.LanguageProfiles.builtIn();
  long t0 = System.nanoTime();
  com.ibm.icu.lang.UScript.getScript('a');
  long t1 = System.nanoTime();
  java.util.function.IntPredicate f = x -> x > 1; f.test(2);
  long t2 = System.nanoTime();
  var l = p.scriptLetters();
  long t3 = System.nanoTime();
  var n = org.seacorpus.lang.ScriptAwareNormalizer.forLanguage(null);
  long t4 = System.nanoTime();
  System.out.printf("UScript %.1f ms, a lambda %.1f ms, scriptLetters %.1f ms, normaliser %.1f ms%n", (t1-t0)/1e6, (t2-t1)/1e6, (t3-t2)/1e6, (t4-t3)/1e6);
}}
