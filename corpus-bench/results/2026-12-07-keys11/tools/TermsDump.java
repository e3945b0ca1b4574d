import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HexFormat;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of every indexed field of an index, with its document frequency and total term frequency over the
 * whole index: one line "field TAB term-hex TAB docFreq TAB totalTermFreq", fields sorted by name, terms in index
 * order. Two imports of the same documents give the same dump exactly when they indexed the same terms as often
 * (segment layout aside). Written for keys11's identity check, beside pipe7's IndexDump (stored fields, doc values).
 *
 * <pre>java -cp corpus-bench.jar:tools TermsDump INDEX_DIR &gt; terms.txt</pre>
 */
public final class TermsDump {
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        HexFormat hex = HexFormat.of();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
            java.util.List<String> names = new java.util.ArrayList<>();
            for (FieldInfo fi : infos) {
                if (fi.getIndexOptions() != IndexOptions.NONE) {
                    names.add(fi.name);
                }
            }
            java.util.Collections.sort(names);
            for (String field : names) {
                Terms terms = MultiTerms.getTerms(reader, field);
                if (terms == null) {
                    continue;
                }
                TermsEnum e = terms.iterator();
                for (BytesRef term = e.next(); term != null; term = e.next()) {
                    out.append(field).append('\t')
                            .append(hex.formatHex(term.bytes, term.offset, term.offset + term.length)).append('\t')
                            .append(Integer.toString(e.docFreq())).append('\t')
                            .append(Long.toString(e.totalTermFreq())).append('\n');
                }
            }
        }
        out.flush();
    }
}
