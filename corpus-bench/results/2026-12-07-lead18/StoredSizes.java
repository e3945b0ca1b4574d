import org.apache.lucene.index.*;
import org.apache.lucene.store.*;
import java.nio.file.*;
import java.util.*;
public class StoredSizes {
  public static void main(String[] a) throws Exception {
    Map<String,long[]> m = new TreeMap<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Paths.get(a[0])))) {
      StoredFields sf = r.storedFields();
      for (int d = 0; d < r.maxDoc(); d++) {
        sf.document(d, new StoredFieldVisitor() {
          public Status needsField(FieldInfo fi) { return Status.YES; }
          void add(FieldInfo fi, long n) { long[] v = m.computeIfAbsent(fi.name, k -> new long[2]); v[0]++; v[1] += n; }
          public void stringField(FieldInfo fi, String s) { add(fi, s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length); }
          public void binaryField(FieldInfo fi, DataInput in, int len) throws java.io.IOException { in.skipBytes(len); add(fi, len); }
          public void intField(FieldInfo fi, int v) { add(fi, 4); }
          public void longField(FieldInfo fi, long v) { add(fi, 8); }
          public void floatField(FieldInfo fi, float v) { add(fi, 4); }
          public void doubleField(FieldInfo fi, double v) { add(fi, 8); }
        });
      }
    }
    long t = 0; for (long[] v : m.values()) t += v[1];
    for (var e : m.entrySet()) System.out.printf("%-20s %8d values %12d bytes %5.1f%%%n", e.getKey(), e.getValue()[0], e.getValue()[1], 100.0*e.getValue()[1]/t);
    System.out.println("total " + t);
  }
}
