package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;
import org.seacorpus.search.SearchRequest;

/** Changing stored documents in place: the primitive under curation and dedupe marks. */
class CorpusRewriteTest {
    @TempDir
    Path tmp;

    @Test
    void marksAreWrittenInPlaceSurviveReimportAndDryRunsWriteNothing() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "t");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "ชาวนาปลูกข้าวหอมมะลิ");
        Files.writeString(in.resolve("b.txt"), "ชาวนาปลูกข้าวหอมมะลิในฤดูฝน");
        corpus.importFrom(ImportOptions.of(List.of(in)), null);
        TermQuery thai = new TermQuery(new Term(Fields.LANG, "th"));

        List<String> seen = new ArrayList<>();
        RewriteReport dry = corpus.rewrite("reject", thai, d -> d.withStatus(Status.REJECTED), true,
                (before, after) -> seen.add(before.id()));
        assertThat(dry.matched()).isEqualTo(2);
        assertThat(dry.changed()).isEqualTo(2);
        assertThat(seen).hasSize(2);
        assertThat(corpus.stats().status()).containsOnlyKeys("ok");

        RewriteReport real = corpus.rewrite("dedupe", thai,
                d -> d.origin().source().endsWith("b.txt")
                        ? d.withStatus(Status.DUPLICATE).with(new DuplicateMark("c1", "x", 2))
                        : d.with(new DuplicateMark("c1", null, 2)), false, null);
        assertThat(real.changed()).isEqualTo(2);
        var hits = corpus.search(new SearchRequest("ข้าว", "th", List.of("status:duplicate"), 10));
        assertThat(hits.total()).isEqualTo(1);
        assertThat(hits.hits().get(0).cluster()).isEqualTo("c1");
        assertThat(hits.hits().get(0).duplicateOf()).isEqualTo("x");
        // the text stays searchable after the rewrite (the analysed field is rebuilt from the stored text)
        assertThat(corpus.search(new SearchRequest("หอมมะลิ", "th", List.of(), 10)).total()).isEqualTo(2);

        corpus.rewrite("reject", org.seacorpus.index.MarkQueries.status(Status.OK), d -> d.withStatus(Status.REJECTED),
                false, null);
        ImportReport again = corpus.importFrom(ImportOptions.of(List.of(in)), null);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(corpus.stats().status()).containsOnlyKeys("duplicate", "rejected");

        // a changed input is updated, and rejection survives the update
        Files.writeString(in.resolve("a.txt"), "ชาวนาปลูกข้าวเหนียว");
        assertThat(corpus.importFrom(ImportOptions.of(List.of(in)), null).updated()).isEqualTo(1);
        assertThat(corpus.search(new SearchRequest("เหนียว", "th", List.of("status:rejected"), 10)).total())
                .isEqualTo(1);
    }
}
