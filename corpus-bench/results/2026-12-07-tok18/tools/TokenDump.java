import java.io.PrintStream;
import java.nio.file.Path;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LeafTokens;
import org.seacorpus.index.TokenFields;

/**
 * TokenDump INDEX: every live document's tokens as the readers see them (LeafTokens of the jar on the class path,
 * which reads token formats 1 and 2): per document, by id, each token's folded form, written form (or -), word or
 * not, sentence break before it, start and end; "none" for a document without token fields. Format-free, so two
 * corpora written in different token formats compare line by line.
 */
public class TokenDump {
    public static void main(String[] args) throws Exception {
        TreeMap<String, String> lines = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            for (LeafReaderContext context : reader.leaves()) {
                var leaf = context.reader();
                LeafTokens tokens = LeafTokens.of(leaf);
                Bits live = leaf.getLiveDocs();
                var stored = leaf.storedFields();
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    String id = stored.document(doc, java.util.Set.of(Fields.ID)).get(Fields.ID);
                    StringBuilder out = new StringBuilder();
                    if (!tokens.read(doc) || !tokens.readOffsets()) {
                        out.append("none");
                    } else {
                        boolean one = tokens.format() == TokenFields.FORMAT_1;
                        for (int i = 0; i < tokens.size(); i++) {
                            String form = one ? tokens.forms().lookupOrd(tokens.form(i)).utf8ToString()
                                    : tokens.formText(i);
                            String written = tokens.surface(i) < 0 ? "-" : one
                                    ? tokens.surfaces().lookupOrd(tokens.surface(i)).utf8ToString()
                                    : tokens.surfaceText(i);
                            out.append(form).append('|').append(written).append('|')
                                    .append(tokens.isWord(i) ? 'w' : 'o').append(tokens.sentenceBefore(i) ? 's' : '-')
                                    .append('|').append(tokens.start(i)).append('-').append(tokens.end(i)).append(' ');
                        }
                    }
                    lines.put(id, out.toString());
                }
            }
        }
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        lines.forEach((id, tokens) -> out.println(id + "\t" + tokens));
        out.flush();
    }
}
