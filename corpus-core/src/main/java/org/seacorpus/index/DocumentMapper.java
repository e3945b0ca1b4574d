package org.seacorpus.index;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Document;
import org.seacorpus.document.LangSpan;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Marks;
import org.seacorpus.document.Normalization;
import org.seacorpus.document.Origin;
import org.seacorpus.document.TextCounts;
import org.seacorpus.document.TokenSpans;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmentation;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.TokenForms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Maps a {@link Document} to the stored and indexed Lucene fields of DESIGN §4, and back; a language's text also
 * goes to the sub-fields its profile names (syllables, bigrams, …). The numbers and quality signals are written in
 * the mapper's {@link NumericLayout} (a writer uses its index's: {@link #withLayout}); reading back is the same for
 * both. Stateless.
 */
public final class DocumentMapper {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer metadata values are stored but not indexed as terms (Lucene's term limit is 32 KB). */
    private static final int MAX_INDEXED_META = 512;

    /** Positions and offsets: phrases, proximity, KWIC and snippets all need them. */
    static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(false);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    /**
     * How each annotation type is stored. An owner of a new annotation type adds its {@link AnnotationFields}
     * here; annotations without an entry are not stored.
     */
    static final List<AnnotationFields<?>> ANNOTATION_FIELDS = annotationFields(NumericLayout.DOC_VALUES);

    private static List<AnnotationFields<?>> annotationFields(NumericLayout layout) {
        return List.of(
                new SourceStampFields(),
                new SourceLocationFields(),
                new DedupeKeysFields(),
                new QualitySignalsFields(layout),
                new FirstImportFields(),
                new TokenSpansFields());
    }

    private final LanguageProfiles profiles;
    private final Segmenters segmenters;
    private final NumericLayout layout;
    /** {@link #ANNOTATION_FIELDS} writing in {@link #layout}. */
    private final List<AnnotationFields<?>> annotationFields;

    /**
     * @param profiles   decide the sub-fields each language's text is also indexed in
     * @param segmenters cut the text of a document that comes without its {@link Segmentation} (one read back
     *                   from the store to be rewritten) for the token fields; null leaves such a document without
     *                   them (statistics then cut its stored text)
     */
    public DocumentMapper(LanguageProfiles profiles, Segmenters segmenters) {
        this(profiles, segmenters, NumericLayout.DOC_VALUES);
    }

    private DocumentMapper(LanguageProfiles profiles, Segmenters segmenters, NumericLayout layout) {
        this.profiles = profiles;
        this.segmenters = segmenters;
        this.layout = layout;
        this.annotationFields = layout == NumericLayout.DOC_VALUES ? ANNOTATION_FIELDS : annotationFields(layout);
    }

    /** This mapper writing numbers and quality signals in {@code layout} (the one of the index written to). */
    public DocumentMapper withLayout(NumericLayout layout) {
        return layout == this.layout ? this : new DocumentMapper(profiles, segmenters, layout);
    }

    /** The layout this mapper writes. */
    public NumericLayout layout() {
        return layout;
    }

    /** @param profiles decide the sub-fields each language's text is also indexed in */
    public DocumentMapper(LanguageProfiles profiles) {
        this(profiles, null);
    }

    public DocumentMapper() {
        this(LanguageProfiles.builtIn());
    }

    /** A stored document read back, with the fields only the store has. */
    public record Stored(Document document, Instant importedAt, String contentHash, String fingerprint) {
    }

    public org.apache.lucene.document.Document toLucene(Document doc, String fingerprint, Instant importedAt) {
        org.apache.lucene.document.Document out = new org.apache.lucene.document.Document();
        Origin origin = doc.origin();
        keyword(out, Fields.ID, doc.id());
        keyword(out, Fields.SOURCE, origin.source());
        out.add(new StoredField(Fields.PART, origin.part()));
        out.add(new StoredField(Fields.TITLE, origin.title()));
        out.add(new StoredField(Fields.URL, origin.url()));
        keyword(out, Fields.MIME, origin.mime());
        out.add(new StoredField(Fields.ENCODING, origin.encoding()));
        number(out, Fields.IMPORTED_AT, importedAt.toEpochMilli());
        meta(out, origin.meta());
        out.add(new StoredField(Fields.TEXT, doc.text()));
        Normalization normalization = doc.normalization();
        if (normalization.changed()) {
            out.add(new StoredField(Fields.ORIGINAL, normalization.original()));
        }
        out.add(new StoredField(Fields.NORMALIZATION, StoredJson.rules(normalization.rules())));

        LanguageInfo language = doc.language();
        keyword(out, Fields.LANG, language.lang());
        keyword(out, Fields.SCRIPT, language.script());
        number(out, Fields.LANG_SCORE, language.score());
        out.add(new StoredField(Fields.LANG_FORCED, language.forced() ? 1 : 0));
        out.add(new StoredField(Fields.LANG_SPANS, StoredJson.spans(language.spans())));
        TokenSpans given = doc.annotation(TokenSpans.class).orElse(null);
        Segmentation segmentation = doc.annotation(Segmentation.class).orElse(null);
        if (segmentation == null && segmenters != null) {
            segmentation = Segmentation.of(segmenters.forLanguage(language.lang()), doc.text());
        }
        // the words are folded once, for the token fields and the main field: by the analyse stage (TokenForms on
        // the document), or here for a document that comes without them (a treebank's, one read back)
        TokenForms folded = segmentation == null ? null : formsOf(doc, segmentation);
        String main = Fields.textField(language.lang());
        FoldedWordsField foldedField = given == null && folded != null
                ? new FoldedWordsField(main, doc.text(), TEXT_TYPE, folded) : null;
        out.add(foldedField != null ? foldedField : textField(main, doc.text(), given));
        subfields(out, language.lang(), doc.text(), given);
        if (segmentation != null) {
            BytesRef[] formBytes = TokenFields.write(segmentation, folded, out);
            if (foldedField != null) {
                foldedField.formBytes(formBytes);
            }
        }

        out.add(new StringField(Fields.CONTENT_HASH, org.seacorpus.document.DocumentId.contentHash(doc.text()),
                Field.Store.YES));
        out.add(new StoredField(Fields.FINGERPRINT, fingerprint));
        TextCounts counts = doc.counts();
        number(out, Fields.CHARS, counts.chars());
        number(out, Fields.WORDS, counts.words());
        number(out, Fields.SENTENCES, counts.sentences());
        // marks: doc-values-only fields, updated in place later (MarkFields)
        marksAndAnnotations(out, doc);
        return out;
    }

    // toLucene's loops are methods of their own: a loop in toLucene itself, a few turns a document, soon had the
    // compiler build an on-stack-replacement version of the whole method (with all it inlines) besides the
    // normal one

    private static void meta(org.apache.lucene.document.Document out, Map<String, String> meta) {
        for (Map.Entry<String, String> entry : meta.entrySet()) {
            String field = Fields.META_PREFIX + entry.getKey();
            if (entry.getValue().length() <= MAX_INDEXED_META) {
                out.add(new StringField(field, entry.getValue(), Field.Store.YES));
            } else {
                out.add(new StoredField(field, entry.getValue()));
            }
        }
    }

    private void subfields(org.apache.lucene.document.Document out, String lang, String text, TokenSpans given) {
        for (String kind : profiles.get(lang).segmentation().subfields()) {
            out.add(textField(Fields.subField(lang, kind), text, given));
        }
    }

    private void marksAndAnnotations(org.apache.lucene.document.Document out, Document doc) {
        for (IndexableField field : MarkFields.fields(doc.marks())) {
            out.add(field);
        }
        for (AnnotationFields<?> fields : annotationFields) {
            doc.annotation(fields.type()).ifPresent(value -> fields.writeAny(value, out));
        }
    }

    private static TokenForms formsOf(Document doc, Segmentation segmentation) {
        TokenForms forms = doc.annotation(TokenForms.class).orElse(null);
        return forms != null && forms.isOf(segmentation.tokens()) ? forms : TokenForms.of(segmentation.tokens());
    }

    /**
     * A whole number, stored and filtered on: a {@link LongField} (points and doc values) in the older layout,
     * doc values with a skip index otherwise; the stored value is the same long either way.
     */
    private void number(org.apache.lucene.document.Document out, String field, long value) {
        if (layout == NumericLayout.POINTS) {
            out.add(new LongField(field, value, Field.Store.YES));
        } else {
            out.add(SortedNumericDocValuesField.indexedField(field, value));
            out.add(new StoredField(field, value));
        }
    }

    /** A decimal number, as {@link #number(org.apache.lucene.document.Document, String, long)}: a stored double. */
    private void number(org.apache.lucene.document.Document out, String field, double value) {
        if (layout == NumericLayout.POINTS) {
            out.add(new DoubleField(field, value, Field.Store.YES));
        } else {
            out.add(SortedNumericDocValuesField.indexedField(field, NumericUtils.doubleToSortableLong(value)));
            out.add(new StoredField(field, value));
        }
    }

    /** A text field, fed with the tokens the source gave when there are some (a treebank's). */
    private static Field textField(String name, String text, TokenSpans given) {
        return given == null ? new Field(name, text, TEXT_TYPE) : new GivenTokensField(name, text, TEXT_TYPE, given);
    }

    /** A keyword that can be filtered on (term), read back (stored) and counted (doc values). */
    private static void keyword(org.apache.lucene.document.Document out, String field, String value) {
        out.add(new StringField(field, value, Field.Store.YES));
        out.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /**
     * Document {@code doc} of {@code leaf} whole: its stored fields, its marks and the dedupe keys that only its doc
     * values hold ({@link DedupeKeysFields#withDocValues}). What a document to be written again must be read with.
     */
    public Stored fromLucene(LeafReader leaf, int doc) throws IOException {
        Stored stored = fromLucene(leaf.storedFields().document(doc), MarksReader.of(leaf, doc));
        Optional<DedupeKeys> keys = stored.document().annotation(DedupeKeys.class);
        if (keys.isEmpty()) {
            return stored;
        }
        DedupeKeys whole = DedupeKeysFields.withDocValues(keys.get(), leaf, doc);
        return whole == keys.get() ? stored : new Stored(stored.document().with(whole), stored.importedAt(),
                stored.contentHash(), stored.fingerprint());
    }

    /**
     * The document whose stored fields are {@code stored} and whose marks (doc values, not stored) are
     * {@code marks} (read them with {@link MarksReader}, or use {@link StoredDocuments}). Its dedupe keys lack the
     * signature and shingle set when they were stored in format 3 (those are in doc values): enough to show or
     * export a document, not to write it again (use {@link #fromLucene(LeafReader, int)}).
     */
    public Stored fromLucene(org.apache.lucene.document.Document stored, Marks marks) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (IndexableField field : stored.getFields()) {
            if (field.name().startsWith(Fields.META_PREFIX)) {
                meta.put(field.name().substring(Fields.META_PREFIX.length()), field.stringValue());
            }
        }
        Origin origin = new Origin(stored.get(Fields.SOURCE), stored.get(Fields.PART), stored.get(Fields.MIME),
                stored.get(Fields.ENCODING), stored.get(Fields.TITLE), stored.get(Fields.URL), meta);
        String text = stored.get(Fields.TEXT);
        Map<String, Integer> rules = parse(stored.get(Fields.NORMALIZATION), new TypeReference<>() { });
        Normalization normalization = new Normalization(stored.get(Fields.ORIGINAL), rules);
        List<LangSpan> spans = parse(stored.get(Fields.LANG_SPANS), new TypeReference<>() { });
        IndexableField forced = stored.getField(Fields.LANG_FORCED);
        LanguageInfo language = new LanguageInfo(stored.get(Fields.LANG), stored.get(Fields.SCRIPT),
                number(stored, Fields.LANG_SCORE).doubleValue(), spans,
                forced != null && forced.numericValue().intValue() == 1);
        TextCounts counts = new TextCounts(number(stored, Fields.CHARS).longValue(),
                number(stored, Fields.WORDS).longValue(), number(stored, Fields.SENTENCES).longValue());
        Document document = new Document(stored.get(Fields.ID), origin, text, normalization, language, counts,
                null, null).withMarks(marks);
        for (AnnotationFields<?> fields : ANNOTATION_FIELDS) {
            Optional<?> value = fields.read(stored);
            if (value.isPresent()) {
                document = document.with(value.get());
            }
        }
        return new Stored(document, Instant.ofEpochMilli(number(stored, Fields.IMPORTED_AT).longValue()),
                stored.get(Fields.CONTENT_HASH), stored.get(Fields.FINGERPRINT));
    }

    private static Number number(org.apache.lucene.document.Document stored, String field) {
        IndexableField f = stored.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue();
    }

    private static <T> T parse(String json, TypeReference<T> type) {
        if (json == null || json.isEmpty()) {
            return null;
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt stored JSON: " + json, e);
        }
    }
}
