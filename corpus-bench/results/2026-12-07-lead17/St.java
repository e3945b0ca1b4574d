import org.apache.lucene.store.*;
import org.apache.lucene.index.*;
import org.apache.lucene.document.*;
import java.nio.file.*;
import java.util.*;
public class St {
  public static void main(String[] a) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Paths.get(a[0])))) {
      Map<String, long[]> m = new TreeMap<>();
      StoredFields sf = r.storedFields();
      for (int d = 0; d < r.maxDoc(); d++) {
        for (IndexableField f : sf.document(d).getFields()) {
          long[] s = m.computeIfAbsent(f.name(), k -> new long[2]);
          s[0]++;
          if (f.stringValue() != null) s[1] += f.stringValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
          else if (f.binaryValue() != null) s[1] += f.binaryValue().length;
          else s[1] += 8;
        }
      }
      m.forEach((k, v) -> System.out.printf("%-30s docs %8d bytes %12d%n", k, v[0], v[1]));
    }
  }
}
