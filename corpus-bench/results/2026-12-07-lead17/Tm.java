import org.apache.lucene.store.*;
import org.apache.lucene.index.*;
import java.nio.file.*;
import java.util.*;
public class Tm {
  public static void main(String[] a) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Paths.get(a[0])))) {
      Map<String, long[]> m = new TreeMap<>();
      for (LeafReaderContext ctx : r.leaves()) {
        for (FieldInfo fi : ctx.reader().getFieldInfos()) {
          Terms t = ctx.reader().terms(fi.name);
          if (t == null) continue;
          long[] s = m.computeIfAbsent(fi.name, k -> new long[3]);
          s[0] += t.size(); s[1] += t.getSumDocFreq(); s[2] += t.getSumTotalTermFreq();
        }
      }
      m.forEach((k, v) -> System.out.printf("%-24s terms %9d postings %10d positions %10d%n", k, v[0], v[1], v[2]));
    }
  }
}
