import java.nio.file.Path;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
/** FieldList INDEX: each field's index options, doc values type, points, norms; counts. */
public class FieldList {
    public static void main(String[] a) throws Exception {
        try (var dir = FSDirectory.open(Path.of(a[0])); DirectoryReader r = DirectoryReader.open(dir)) {
            FieldInfos infos = FieldInfos.getMergedFieldInfos(r);
            int indexed = 0, dv = 0, points = 0, norms = 0, vectors = 0;
            for (FieldInfo fi : infos) {
                boolean ix = fi.getIndexOptions() != IndexOptions.NONE;
                if (ix) indexed++;
                if (fi.getDocValuesType() != DocValuesType.NONE) dv++;
                if (fi.getPointDimensionCount() > 0) points++;
                if (ix && !fi.omitsNorms()) norms++;
                long terms = 0;
                if (ix) { for (LeafReaderContext l : r.leaves()) { Terms t = l.reader().terms(fi.name); if (t != null) terms += t.size(); } }
                System.out.printf("%-28s %-40s %-10s %s %s %s%n", fi.name, fi.getIndexOptions(), fi.getDocValuesType(),
                    fi.getPointDimensionCount() > 0 ? "points" : "", ix && !fi.omitsNorms() ? "norms" : "", ix ? "terms=" + terms : "");
            }
            System.out.printf("fields %d: indexed %d (with norms %d), doc values %d, points %d%n", infos.size(), indexed, norms, dv, points);
        }
    }
}
