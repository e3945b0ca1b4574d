import org.apache.lucene.store.*;
import org.apache.lucene.index.*;
import org.apache.lucene.codecs.*;
import java.nio.file.*;
import java.util.*;
public class Cfs {
  public static void main(String[] a) throws Exception {
    Directory dir = FSDirectory.open(Paths.get(a[0]));
    SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
    Map<String, Long> byExt = new TreeMap<>();
    for (SegmentCommitInfo sci : infos) {
      SegmentInfo si = sci.info;
      Directory cfs = si.getUseCompoundFile() ? si.getCodec().compoundFormat().getCompoundReader(dir, si) : dir;
      for (String f : cfs.listAll()) {
        if (!si.getUseCompoundFile() && !f.startsWith(si.name + "_") && !f.startsWith(si.name + ".")) continue;
        String ext = f.substring(f.indexOf('.') + 1);
        String key = f.replaceFirst("^_[a-z0-9]+", "");
        byExt.merge(key, cfs.fileLength(f), Long::sum);
      }
    }
    byExt.forEach((k, v) -> System.out.printf("%-30s %8.1f MB%n", k, v / 1e6));
  }
}
