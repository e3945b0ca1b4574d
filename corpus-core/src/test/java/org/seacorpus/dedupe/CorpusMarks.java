package org.seacorpus.dedupe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.index.Fields;

/** The dedupe marks of a corpus (doc values), by the file name of each document's source (without extension). */
record CorpusMarks(Map<String, Mark> byName) {
    /** One document's marks. */
    record Mark(String id, String status, String cluster, String duplicateOf) {
    }

    static CorpusMarks read(Corpus corpus) {
        Map<String, Mark> out = new HashMap<>();
        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                var d = stored.document(doc);
                String name = Path.of(d.get(Fields.SOURCE)).getFileName().toString().replaceAll("\\.[a-z]+$", "");
                var marks = org.seacorpus.index.StoredDocuments.marks(reader, doc);
                out.put(name, new Mark(d.get(Fields.ID), marks.status().value(),
                        marks.duplicate() == null ? null : marks.duplicate().cluster(),
                        marks.duplicate() == null ? null : marks.duplicate().duplicateOf()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CorpusMarks(out);
    }

    Mark get(String name) {
        Mark mark = byName.get(name);
        if (mark == null) {
            throw new AssertionError("no document named " + name + " in " + byName.keySet());
        }
        return mark;
    }

    long count(String status) {
        return byName.values().stream().filter(m -> m.status().equals(status)).count();
    }
}
