package org.seacorpus.corpus;

import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkFields;
import org.seacorpus.index.MarksReader;
import org.seacorpus.lang.identify.LabelledText;

/**
 * Streams the curated documents of a corpus as labelled text for training a language-ID model: every live
 * document with status {@code ok} and a language ({@code lang} not {@code und}), labelled with that language.
 * Reads only the three stored fields it needs, one document at a time.
 */
final class CuratedTexts {
    private static final Set<String> FIELDS = Set.of(Fields.ID, Fields.TEXT, Fields.LANG);

    private CuratedTexts() {
    }

    static long forEach(IndexReader reader, Consumer<LabelledText> sink) throws IOException {
        long n = 0;
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Bits live = leaf.getLiveDocs();
            StoredFields stored = leaf.storedFields();
            NumericDocValues statuses = DocValues.getNumeric(leaf, MarkFields.STATUS);
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if (live != null && !live.get(doc) || MarksReader.status(statuses, doc) != Status.OK) {
                    continue;
                }
                org.apache.lucene.document.Document fields = stored.document(doc, FIELDS);
                String lang = fields.get(Fields.LANG);
                String text = fields.get(Fields.TEXT);
                if (lang == null || text == null || lang.equals(LanguageInfo.UNDETERMINED)) {
                    continue;
                }
                sink.accept(new LabelledText(lang, text, "corpus document " + fields.get(Fields.ID)));
                n++;
            }
        }
        return n;
    }
}
