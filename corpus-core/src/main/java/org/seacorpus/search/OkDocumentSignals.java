package org.seacorpus.search;

import java.io.IOException;
import java.util.function.Predicate;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.NumericUtils;
import org.seacorpus.document.Document;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Status;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkFields;
import org.seacorpus.index.MarksReader;
import org.seacorpus.index.QualityValues;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.Signal;

/**
 * Walks the live documents with status {@code ok}, in index order, with their language, import time and quality
 * signals. Signals come from the doc values; a document stored without them (imported before the quality stage
 * existed) is measured from its stored text. What the quality statistics and the pipeline's pass-rate check both
 * read; it holds nothing per document.
 */
final class OkDocumentSignals {
    /** Receives each document. */
    interface Visitor {
        /**
         * @param lang        the document's language ({@code und} when it has none)
         * @param importedAt  epoch milliseconds of its last import (0 when unknown)
         * @param signals     its quality signals
         * @param measuredNow true when they were measured now from the stored text
         */
        void visit(String lang, long importedAt, QualitySignals signals, boolean measuredNow) throws IOException;
    }

    private static final Signal[] SIGNALS = Signal.values();
    private final QualityAnalyzer analyzer;
    private final DocumentMapper mapper = new DocumentMapper();

    OkDocumentSignals(QualityAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Visits every live ok document whose language {@code wanted} accepts (others are not measured). */
    void walk(IndexReader reader, Predicate<String> wanted, Visitor visitor) throws IOException {
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Bits live = leaf.getLiveDocs();
            SortedDocValues langs = DocValues.getSorted(leaf, Fields.LANG);
            NumericDocValues statuses = DocValues.getNumeric(leaf, MarkFields.STATUS);
            SortedNumericDocValues imported = DocValues.getSortedNumeric(leaf, Fields.IMPORTED_AT);
            BinaryDocValues packed = DocValues.getBinary(leaf, Fields.QUALITY_VALUES);
            SortedNumericDocValues[] values = new SortedNumericDocValues[SIGNALS.length];
            for (Signal s : SIGNALS) {
                values[s.ordinal()] = DocValues.getSortedNumeric(leaf, Fields.qualityField(s.key()));
            }
            StoredFields stored = leaf.storedFields();
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if ((live != null && !live.get(doc)) || MarksReader.status(statuses, doc) != Status.OK) {
                    continue;
                }
                String lang = langs.advanceExact(doc) ? langs.lookupOrd(langs.ordValue()).utf8ToString()
                        : LanguageInfo.UNDETERMINED;
                if (!wanted.test(lang)) {
                    continue;
                }
                long importedAt = imported.advanceExact(doc) ? imported.nextValue() : 0;
                QualitySignals fromIndex = packed.advanceExact(doc) ? fromPacked(packed)
                        : fromDocValues(doc, values);
                if (fromIndex != null) {
                    visitor.visit(lang, importedAt, fromIndex, false);
                } else {
                    Document d = mapper.fromLucene(stored.document(doc), MarksReader.of(leaf, doc)).document();
                    visitor.visit(lang, importedAt, analyzer.measure(d.text(), d.language()), true);
                }
            }
        }
    }

    /** The signals of a document written in the doc-values layout, or null when another set of signals wrote them. */
    private static QualitySignals fromPacked(BinaryDocValues packed) throws IOException {
        return QualityValues.decode(packed.binaryValue(), SIGNALS.length)
                .map(s -> new QualitySignals(QualityAnalyzer.VERSION, s.values()))
                .orElse(null);
    }

    /** The signals of a document written in the points layout (a field per signal), or null without them. */
    private static QualitySignals fromDocValues(int doc, SortedNumericDocValues[] values) throws IOException {
        double[] v = new double[SIGNALS.length];
        for (Signal s : SIGNALS) {
            if (!values[s.ordinal()].advanceExact(doc)) {
                return null;
            }
            v[s.ordinal()] = NumericUtils.sortableLongToDouble(values[s.ordinal()].nextValue());
        }
        return new QualitySignals(QualityAnalyzer.VERSION, v);
    }
}
