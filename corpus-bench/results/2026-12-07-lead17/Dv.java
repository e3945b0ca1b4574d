import org.apache.lucene.store.*;
import org.apache.lucene.index.*;
import org.apache.lucene.search.DocIdSetIterator;
import java.nio.file.*;
import java.util.*;
public class Dv {
  public static void main(String[] a) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Paths.get(a[0])))) {
      Map<String, long[]> m = new TreeMap<>();
      for (LeafReaderContext ctx : r.leaves()) {
        LeafReader leaf = ctx.reader();
        for (FieldInfo fi : leaf.getFieldInfos()) {
          long[] s = m.computeIfAbsent(fi.name + " " + fi.getDocValuesType() + " " + fi.getIndexOptions(), k -> new long[3]);
          switch (fi.getDocValuesType()) {
            case BINARY -> { BinaryDocValues v = leaf.getBinaryDocValues(fi.name); while (v.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) { s[0]++; s[1] += v.binaryValue().length; } }
            case SORTED_SET -> { SortedSetDocValues v = leaf.getSortedSetDocValues(fi.name); s[2] += v.getValueCount(); while (v.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) { s[0]++; s[1] += v.docValueCount(); } }
            default -> {}
          }
        }
      }
      m.forEach((k, v) -> System.out.printf("%-70s docs %8d values/bytes %10d dict %8d%n", k, v[0], v[1], v[2]));
    }
  }
}
