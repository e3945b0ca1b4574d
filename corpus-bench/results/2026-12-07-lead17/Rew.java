import org.apache.lucene.store.*;
import org.apache.lucene.index.*;
import org.apache.lucene.document.*;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import java.nio.file.*;
import java.util.*;
import java.lang.management.*;
import org.apache.lucene.util.BytesRef;
public class Rew {
  static List<Document> load(String p) throws Exception {
    List<Document> docs = new ArrayList<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Paths.get(p)))) {
      StoredFields sf = r.storedFields();
      for (int d = 0; d < r.maxDoc(); d++) {
        Document out = new Document();
        for (IndexableField f : sf.document(d).getFields()) {
          if (f.stringValue() != null) out.add(new StoredField(f.name(), f.stringValue()));
          else if (f.binaryValue() != null) out.add(new StoredField(f.name(), BytesRef.deepCopyOf(f.binaryValue())));
          else if (f.numericValue() instanceof Long l) out.add(new StoredField(f.name(), l));
          else if (f.numericValue() instanceof Integer i) out.add(new StoredField(f.name(), i));
          else if (f.numericValue() instanceof Double x) out.add(new StoredField(f.name(), x));
        }
        docs.add(out);
      }
    }
    return docs;
  }
  static long write(List<Document> docs) throws Exception {
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    long start = t.getCurrentThreadCpuTime();
    try (Directory dir = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setCodec(new Lucene103Codec(Lucene103Codec.Mode.BEST_COMPRESSION)).setRAMBufferSizeMB(256).setMaxBufferedDocs(1000000))) {
      for (Document d : docs) w.addDocument(d);
      w.commit();
    }
    return t.getCurrentThreadCpuTime() - start;
  }
  public static void main(String[] a) throws Exception {
    List<Document> old = load(a[0]), neu = load(a[1]);
    for (int i = 0; i < 3; i++) { write(old); write(neu); }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long o, n;
      if (i % 2 == 0) { o = write(old); n = write(neu); } else { n = write(neu); o = write(old); }
      ratios.add((double) n / o);
      System.out.printf("old %.3f s new %.3f s ratio %.3f%n", o / 1e9, n / 1e9, (double) n / o);
    }
    Collections.sort(ratios);
    System.out.printf("median new/old %.3f%n", (ratios.get(4) + ratios.get(5)) / 2);
  }
}
