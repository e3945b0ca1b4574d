import org.apache.lucene.index.*;
import org.apache.lucene.store.*;
import java.nio.file.*;
public class IndexFields {
  public static void main(String[] a) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Paths.get(a[0])))) {
      System.out.println("docs " + r.numDocs() + " segments " + r.leaves().size());
      FieldInfos fis = FieldInfos.getMergedFieldInfos(r);
      for (FieldInfo fi : fis) {
        Terms t = MultiTerms.getTerms(r, fi.name);
        long sumTtf = t == null ? 0 : t.getSumTotalTermFreq();
        long sumDf = t == null ? 0 : t.getSumDocFreq();
        long dvCount = 0;
        if (fi.getDocValuesType() == DocValuesType.SORTED_SET) {
          for (LeafReaderContext c : r.leaves()) { SortedSetDocValues s = c.reader().getSortedSetDocValues(fi.name); if (s==null) continue; while (s.nextDoc()!=SortedSetDocValues.NO_MORE_DOCS) dvCount += s.docValueCount(); }
        }
        System.out.printf("%-28s idx=%-40s dv=%-13s pts=%d ttf=%d df=%d ssvals=%d%n", fi.name, fi.getIndexOptions(), fi.getDocValuesType(), fi.getPointDimensionCount(), sumTtf, sumDf, dvCount);
      }
    }
  }
}
