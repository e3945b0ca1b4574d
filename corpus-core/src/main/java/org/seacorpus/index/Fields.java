package org.seacorpus.index;

/** Field names of the store: the contract between jobs (DESIGN §4). Never rename one; add new ones freely. */
public final class Fields {
    private Fields() {
    }

    public static final String ID = "id";
    /** The portable source name ({@link org.seacorpus.document.SourceName}): what the id hashes, with the part. */
    public static final String SOURCE = "source";
    /** Where the source file lay on this machine (stored only; never exported): see SourceLocation. */
    public static final String LOCATION = "location";
    public static final String PART = "part";
    public static final String TITLE = "title";
    public static final String URL = "url";
    public static final String MIME = "mime";
    public static final String ENCODING = "encoding";
    public static final String IMPORTED_AT = "imported_at";
    public static final String META_PREFIX = "meta.";
    public static final String TEXT = "text";
    public static final String ORIGINAL = "original";
    public static final String NORMALIZATION = "normalization";
    public static final String LANG = "lang";
    public static final String LANG_FORCED = "lang_forced";
    public static final String SCRIPT = "script";
    public static final String LANG_SCORE = "lang_score";
    public static final String LANG_SPANS = "lang_spans";
    public static final String TEXT_PREFIX = "text_";
    public static final String CONTENT_HASH = "content_hash";
    /** Hash of everything an import produced from its input; equal fingerprint = unchanged on re-import. */
    public static final String FINGERPRINT = "fingerprint";
    public static final String CHARS = "chars";
    public static final String WORDS = "words";
    public static final String SENTENCES = "sentences";
    /**
     * The names of the marks (status, duplicate_of, cluster, tags) as users filter, facet and read them; the marks
     * themselves live in the doc-values-only fields of {@link MarkFields}.
     */
    public static final String STATUS = "status";
    public static final String DUPLICATE_OF = "duplicate_of";
    public static final String CLUSTER = "cluster";
    public static final String TAGS = "tags";
    /** When the document was first stored (epoch ms of that import run), kept through re-imports. */
    public static final String FIRST_IMPORTED_AT = "first_imported_at";
    /** Its place within that import run (walk order of the input, then order within the input). */
    public static final String FIRST_IMPORT_SEQ = "first_import_seq";
    /** Size of the document's duplicate cluster (export column {@code minhash_cluster_size}). */
    public static final String CLUSTER_SIZE = "cluster_size";
    /** Which version of its source file (and import settings) produced the document; see SourceStamp. */
    public static final String SOURCE_STAMP = "source_stamp";
    /** Hash of the text with case, whitespace and punctuation folded: the looser exact-duplicate key. */
    public static final String LOOSE_HASH = "loose_hash";
    /** The shingle set as sorted 32-bit hashes (binary doc values), for exact Jaccard similarity. */
    public static final String SHINGLE_SET = "shingle_set";
    /** MinHash signature (binary doc values). */
    public static final String MINHASH = "minhash";
    /**
     * Prefix of the LSH band fields {@code lsh_0}, {@code lsh_1}, … of corpora imported before December 2026 (each
     * term a bucket). Import no longer writes them: the dedupe job makes its buckets from the signatures.
     */
    public static final String LSH_PREFIX = "lsh_";
    /** Hashes of the normalised lines (multi-valued): a line in many documents is boilerplate. */
    public static final String LINE_HASH = "line_hash";
    /** How the signature was made (shingles, components, bands). */
    public static final String DEDUPE_SCHEME = "dedupe_scheme";
    /** The stored dedupe keys (signature, bands, line hashes), read back when a document is rewritten. */
    public static final String DEDUPE_KEYS = "dedupe_keys";
    /**
     * Quality signals of corpora of the older {@link NumericLayout#POINTS} layout: {@code quality.<signal>} numeric
     * doc values and points, one field a signal (see org.seacorpus.quality.Signal).
     */
    public static final String QUALITY_PREFIX = "quality.";
    /** The quality signals stored (the measuring version, then each signal's value; read back by the mapper). */
    public static final String QUALITY_SIGNALS = "quality.signals";
    /**
     * The quality signals as one compact binary doc value ({@link QualityValues}; layout
     * {@link NumericLayout#DOC_VALUES}): what statistics read, document by document.
     */
    public static final String QUALITY_VALUES = "quality_values";
    /** The tokens a source gave (CoNLL-U), stored: sentences of token spans over {@code text}. */
    public static final String GIVEN_TOKENS = "given_tokens";

    /**
     * The tokens of the text as the analyse stage found them, for word statistics and sorted concordances
     * (see TokenFields): {@code tokens} the folded forms (sorted-set doc values), {@code tokens.surface} the forms
     * as written where they differ, {@code tokens.seq} the sequence, {@code tokens.offsets} where each one is.
     */
    public static final String TOKENS = "tokens";
    public static final String TOKEN_SURFACES = "tokens.surface";
    public static final String TOKEN_SEQUENCE = "tokens.seq";
    public static final String TOKEN_OFFSETS = "tokens.offsets";

    /** The numeric field of a quality signal in a {@link NumericLayout#POINTS} corpus, e.g. {@code quality.words}. */
    public static String qualityField(String signalKey) {
        return QUALITY_PREFIX + signalKey;
    }

    /** Separates a text field from the kind of its sub-field: {@code text_km.syllables}. */
    public static final char SUBFIELD_SEPARATOR = '.';

    /** The analysed full-text field of a language, e.g. {@code text_th}. */
    public static String textField(String lang) {
        return TEXT_PREFIX + lang;
    }

    /** The field of LSH band {@code band}, e.g. {@code lsh_3}. */
    public static String lshField(int band) {
        return LSH_PREFIX + band;
    }

    /** How a 64-bit hash is spelled as a term of {@code lsh_*} and {@code line_hash}: 8 bytes, big-endian. */
    public static org.apache.lucene.util.BytesRef hashTerm(long hash) {
        return new org.apache.lucene.util.BytesRef(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(hash).array());
    }

    /** The hash a term of {@link #hashTerm} spells. */
    public static long hashOfTerm(org.apache.lucene.util.BytesRef term) {
        return java.nio.ByteBuffer.wrap(term.bytes, term.offset, term.length).getLong();
    }

    /** A sub-field of a language's text, e.g. {@code text_km.syllables} (see LanguageAnalyzers). */
    public static String subField(String lang, String kind) {
        return textField(lang) + SUBFIELD_SEPARATOR + kind;
    }

    /** True for a language's text field and its sub-fields. */
    public static boolean isTextField(String field) {
        return field.startsWith(TEXT_PREFIX);
    }

    public static boolean isSubField(String field) {
        return isTextField(field) && field.indexOf(SUBFIELD_SEPARATOR) > 0;
    }

    /** The language of a text field or sub-field. */
    public static String languageOfTextField(String field) {
        int dot = field.indexOf(SUBFIELD_SEPARATOR);
        return field.substring(TEXT_PREFIX.length(), dot > 0 ? dot : field.length());
    }

    /** The kind of a sub-field ({@code syllables}), or the empty string for a main text field. */
    public static String subFieldKind(String field) {
        int dot = field.indexOf(SUBFIELD_SEPARATOR);
        return dot > 0 ? field.substring(dot + 1) : "";
    }
}
