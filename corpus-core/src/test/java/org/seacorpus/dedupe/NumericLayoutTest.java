package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.index.NumericLayout;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.search.SearchRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A corpus imported now holds its numbers as doc values with a skip index and its quality signals in one binary doc
 * value; a corpus of the older layout (the same documents written with points and a field per signal) filters,
 * counts, measures and exports the same, and a writer keeps an older corpus in its layout (Lucene refuses a field
 * whose points change within one index).
 */
class NumericLayoutTest {
    private static final List<String> NUMBERS = List.of(Fields.CHARS, Fields.WORDS, Fields.SENTENCES,
            Fields.LANG_SCORE, Fields.IMPORTED_AT);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void anOlderCorpusFiltersCountsMeasuresAndExportsAsANewOneAndKeepsItsLayoutWhenWritten() throws IOException {
        Corpus fresh = PlantedFixtures.corpusWithSettings(tmp.resolve("new"), Map.of());
        for (String lang : List.of("th", "km")) {
            Path in = PlantedFixtures.write(tmp.resolve("in-" + lang), PlantedCorpus.build(lang));
            fresh.importFrom(ImportOptions.of(List.of(in)).withForcedLang(lang), null);
        }
        FieldInfos freshFields = fields(fresh);
        assertThat(NumericLayout.of(freshFields)).isEqualTo(NumericLayout.DOC_VALUES);
        for (FieldInfo info : freshFields) {
            assertThat(info.getPointDimensionCount()).as(info.name).isZero();
            assertThat(info.name).isNotEqualTo(Fields.qualityField("words"));
        }
        assertThat(freshFields.fieldInfo(Fields.WORDS).docValuesSkipIndexType().name()).isEqualTo("RANGE");
        assertThat(freshFields.fieldInfo(Fields.QUALITY_VALUES).getDocValuesType()).isEqualTo(DocValuesType.BINARY);

        Corpus old = OlderCorpus.rewrite(fresh, tmp.resolve("old"), new LanguageAnalyzers(LanguageProfiles.builtIn()),
                (s, mapper) -> mapper.withLayout(NumericLayout.POINTS).toLucene(s.document(), s.fingerprint(),
                        s.importedAt()));
        FieldInfos oldFields = fields(old);
        assertThat(NumericLayout.of(oldFields)).isEqualTo(NumericLayout.POINTS);
        assertThat(oldFields.fieldInfo(Fields.qualityField("words")).getPointDimensionCount()).isEqualTo(1);
        assertThat(oldFields.fieldInfo(Fields.QUALITY_VALUES)).isNull();

        int all = hits(fresh, "*:*", List.of()).size();
        assertThat(all).isGreaterThan(30);
        assertSameAnswers(fresh, old, all, NUMBERS);
        // the signals from the packed doc value there, from a field per signal here (both in the same document order)
        assertThat(JSON.writeValueAsString(old.qualityStats(List.of(), Map.of())))
                .isEqualTo(JSON.writeValueAsString(fresh.qualityStats(List.of(), Map.of())));
        assertThat(exported(old, "old")).isEqualTo(exported(fresh, "new"));

        // new documents written into each keep its layout, and the answers stay the same
        Path again = PlantedFixtures.write(tmp.resolve("again-th"), PlantedCorpus.build("th").subList(0, 20));
        for (Corpus corpus : List.of(fresh, old)) {
            corpus.importFrom(ImportOptions.of(List.of(again)).withForcedLang("th"), null);
        }
        assertThat(NumericLayout.of(fields(old))).isEqualTo(NumericLayout.POINTS);
        assertThat(NumericLayout.of(fields(fresh))).isEqualTo(NumericLayout.DOC_VALUES);
        assertThat(hits(old, "*:*", List.of())).hasSize(all + 20);
        // (the two imports ran at different instants: their import times differ; and their merges may order the
        // documents differently, which moves the last digit of a mean in the quality statistics)
        assertSameAnswers(fresh, old, all + 20, NUMBERS.subList(0, 4));
    }

    @Test
    void luceneRefusesNumbersWithoutPointsInAnIndexWhoseNumbersHaveThem() throws IOException {
        try (var dir = new ByteBuffersDirectory(); var writer = new IndexWriter(dir, new IndexWriterConfig())) {
            Document withPoints = new Document();
            withPoints.add(new LongField(Fields.WORDS, 12, Field.Store.YES));
            writer.addDocument(withPoints);
            Document withoutPoints = new Document();
            withoutPoints.add(SortedNumericDocValuesField.indexedField(Fields.WORDS, 40));
            assertThatThrownBy(() -> writer.addDocument(withoutPoints)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * Filters over every numeric field: from, up to and exactly its median, and between its quartiles, alone, with a
     * keyword and excluded.
     */
    private static List<String> filters(Corpus corpus, List<String> numbers) throws IOException {
        List<String> filters = new ArrayList<>(List.of("imported_at:2020-01-01..", "imported_at:..2020-01-01"));
        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            for (String field : numbers) {
                List<Number> values = new ArrayList<>();
                for (int d = 0; d < reader.maxDoc(); d++) {
                    values.add(reader.storedFields().document(d).getField(field).numericValue());
                }
                values.sort((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
                String low = spelled(field, values.get(values.size() / 4));
                String median = spelled(field, values.get(values.size() / 2));
                String high = spelled(field, values.get(values.size() * 3 / 4));
                filters.addAll(List.of(field + ":" + median + "..", field + ":.." + median, field + ":" + median,
                        field + ":" + low + ".." + high, "lang:th " + field + ":" + median + "..",
                        "-" + field + ":.." + low));
            }
        }
        return filters;
    }

    /** A number as a filter spells it; an instant as ISO (a bare number is not a date). */
    private static String spelled(String field, Number value) {
        return field.equals(Fields.IMPORTED_AT) ? java.time.Instant.ofEpochMilli(value.longValue()).toString()
                : value.toString();
    }

    private void assertSameAnswers(Corpus fresh, Corpus old, int all, List<String> numbers) throws IOException {
        int strictSubsets = 0;
        List<String> filters = filters(fresh, numbers);
        for (String filter : filters) {
            List<String> expected = hits(fresh, "*:*", List.of(filter));
            assertThat(hits(old, "*:*", List.of(filter))).as(filter).isEqualTo(expected);
            if (!expected.isEmpty() && expected.size() < all) {
                strictSubsets++;
            }
        }
        assertThat(strictSubsets).as("filters that select some documents but not all").isGreaterThan(filters.size() / 2);
        assertThat(hits(old, "ข้าว", List.of("words:30.."))).isEqualTo(hits(fresh, "ข้าว", List.of("words:30..")));
        assertThat(old.stats()).isEqualTo(fresh.stats());
    }

    private static FieldInfos fields(Corpus corpus) throws IOException {
        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            return FieldInfos.getMergedFieldInfos(reader);
        }
    }

    private static List<String> hits(Corpus corpus, String query, List<String> filters) {
        return corpus.search(new SearchRequest(query, null, filters, 100_000)).hits().stream()
                .map(h -> h.id() + " " + h.score()).sorted().toList();
    }

    /** The rows an export writes (JSON Lines, every file), sorted; never none. */
    private List<String> exported(Corpus corpus, String name) throws IOException {
        List<String> rows = OlderCorpus.exportedRows(corpus, tmp.resolve("export-" + name));
        assertThat(rows).isNotEmpty();
        return rows;
    }
}
