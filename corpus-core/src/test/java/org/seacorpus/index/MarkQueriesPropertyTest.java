package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Marks;
import org.seacorpus.document.MetaEdits;
import org.seacorpus.document.Rejection;
import org.seacorpus.document.Status;
import org.seacorpus.search.FilterParser;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Marks kept as doc values and changed in place give the same answers as marks indexed as terms (the layout
 * before): for random marks, written through random sequences of in-place updates, commits and merges, every
 * filter on status, tags, cluster, duplicate_of and reject_reason selects exactly the documents that term and
 * wildcard queries select on an index holding the same final marks as keyword terms; and every document's marks
 * read back equal to what was last written (a mark survives segment merges).
 */
class MarkQueriesPropertyTest {
    private static final List<String> TAGS = List.of("ข่าว", "ព័ត៌មាន", "news", "web-2024", "ເກົ່າ", "qa");
    private static final List<String> REASONS = List.of("machine translation", "แปลด้วยเครื่อง", "spam");

    @Property(tries = 25)
    void docValuesFiltersSelectWhatTermFiltersSelected(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int n)
            throws IOException {
        Random random = new Random(seed);
        Map<String, Marks> truth = new TreeMap<>();
        try (Directory updated = new ByteBuffersDirectory(); Directory terms = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(updated, new IndexWriterConfig().setMaxBufferedDocs(16))) {
                for (int i = 0; i < n; i++) {
                    String id = String.format("%032x", i * 7919L + seed);
                    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
                    MarkFields.fields(Marks.NONE).forEach(doc::add);
                    writer.addDocument(doc);
                    truth.put(id, Marks.NONE);
                }
                List<String> ids = new ArrayList<>(truth.keySet());
                for (int round = 0; round < 4; round++) {
                    for (int k = 0; k < n; k++) {
                        String id = ids.get(random.nextInt(ids.size()));
                        Marks after = randomMarks(random, ids);
                        writer.updateDocValues(new Term(Fields.ID, id), MarkFields.updates(truth.get(id), after));
                        truth.put(id, after);
                    }
                    switch (random.nextInt(3)) {
                        case 0 -> writer.commit();
                        case 1 -> writer.forceMerge(1);
                        default -> writer.flush();
                    }
                }
            }
            writeAsTerms(terms, truth);
            try (DirectoryReader a = DirectoryReader.open(updated); DirectoryReader b = DirectoryReader.open(terms)) {
                assertThat(readBack(a)).isEqualTo(truth);
                FilterParser parser = FilterParser.forIndex(a);
                for (String filter : filters(truth)) {
                    assertThat(ids(a, parser.query(filter))).as(filter).isEqualTo(ids(b, termQuery(filter)));
                }
            }
        }
    }

    private static Marks randomMarks(Random random, List<String> ids) {
        Status status = Status.values()[random.nextInt(3)];
        Set<String> tags = new TreeSet<>();
        for (String tag : TAGS) {
            if (random.nextInt(4) == 0) {
                tags.add(tag);
            }
        }
        DuplicateMark dup = null;
        if (status == Status.DUPLICATE || random.nextInt(3) == 0) {
            String cluster = (random.nextBoolean() ? "near-" : "exact-") + ids.get(random.nextInt(ids.size()))
                    .substring(0, 16);
            dup = new DuplicateMark(cluster, random.nextBoolean() ? null : ids.get(random.nextInt(ids.size())),
                    2 + random.nextInt(5));
        }
        Rejection rejection = status == Status.REJECTED
                ? new Rejection(REASONS.get(random.nextInt(REASONS.size())), "2026-12-01T00:00:00Z",
                random.nextBoolean() ? Status.OK : Status.DUPLICATE) : null;
        MetaEdits edits = random.nextInt(5) == 0 ? new MetaEdits(Map.of("ผู้เขียน", "สมชาย"), Set.of("draft"))
                : MetaEdits.NONE;
        return new Marks(status, tags, dup, rejection, edits);
    }

    /** The same marks as keyword terms, as the index held them before marks were doc values. */
    private static void writeAsTerms(Directory dir, Map<String, Marks> truth) throws IOException {
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (Map.Entry<String, Marks> e : truth.entrySet()) {
                Marks m = e.getValue();
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                doc.add(new StringField(Fields.ID, e.getKey(), Field.Store.YES));
                doc.add(new StringField(Fields.STATUS, m.status().value(), Field.Store.NO));
                m.tags().forEach(t -> doc.add(new StringField(Fields.TAGS, t, Field.Store.NO)));
                if (m.duplicate() != null) {
                    doc.add(new StringField(Fields.CLUSTER, m.duplicate().cluster(), Field.Store.NO));
                    if (m.duplicate().duplicateOf() != null) {
                        doc.add(new StringField(Fields.DUPLICATE_OF, m.duplicate().duplicateOf(), Field.Store.NO));
                    }
                }
                if (m.rejection() != null) {
                    doc.add(new StringField("reject_reason", m.rejection().reason(), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
        }
    }

    /** Filters over every value present, with wildcards and negations. */
    private static List<String> filters(Map<String, Marks> truth) {
        Set<String> out = new TreeSet<>(List.of("status:ok", "status:duplicate", "status:rejected", "status:d*",
                "-status:ok", "tags:news", "tags:web-*", "tags:ข่*", "-tags:qa", "cluster:near-*", "cluster:exact-*",
                "reject_reason:spam", "reject_reason:\"machine translation\"", "reject_reason:แปล*"));
        for (Marks m : truth.values()) {
            m.tags().forEach(t -> out.add("tags:" + t));
            if (m.duplicate() != null) {
                out.add("cluster:" + m.duplicate().cluster());
                if (m.duplicate().duplicateOf() != null) {
                    out.add("duplicate_of:" + m.duplicate().duplicateOf());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The query the filter parser built before marks were doc values: terms, wildcards, exclusions. */
    private static Query termQuery(String filter) {
        boolean exclude = filter.startsWith("-");
        String clause = exclude ? filter.substring(1) : filter;
        String field = clause.substring(0, clause.indexOf(':'));
        String value = clause.substring(clause.indexOf(':') + 1).replace("\"", "");
        Query q = value.contains("*") ? new WildcardQuery(new Term(field, value)) : new TermQuery(new Term(field, value));
        if (!exclude) {
            return q;
        }
        return new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new org.apache.lucene.search.MatchAllDocsQuery(), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(q, org.apache.lucene.search.BooleanClause.Occur.MUST_NOT).build();
    }

    private static Set<String> ids(DirectoryReader reader, Query query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Set<String> out = new HashSet<>();
        for (ScoreDoc hit : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
            out.add(searcher.storedFields().document(hit.doc).get(Fields.ID));
        }
        return out;
    }

    private static Map<String, Marks> readBack(DirectoryReader reader) throws IOException {
        Map<String, Marks> out = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            MarksReader marks = new MarksReader(leaf.reader());
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(d)) {
                    out.put(leaf.reader().storedFields().document(d).get(Fields.ID), marks.read(d));
                }
            }
        }
        return out;
    }
}
