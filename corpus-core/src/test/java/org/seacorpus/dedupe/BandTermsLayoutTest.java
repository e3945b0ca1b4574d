package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Document;
import org.seacorpus.index.Fields;

/**
 * Corpora imported before December 2026 hold each LSH band key as a term of its field {@code lsh_<band>} as well;
 * import writes no such terms any more, and the dedupe job makes its buckets from the signatures. A corpus in the
 * old layout (the same documents, written again with the band terms) is deduplicated to the same marks as one in
 * the new; so is one whose scheme id this build cannot read, where the job falls back to walking the terms.
 */
class BandTermsLayoutTest {
    @TempDir
    Path tmp;

    @Test
    void aCorpusWithBandTermsDedupesToTheSameMarksAsOneWithout() throws IOException {
        Corpus fresh = PlantedFixtures.plantedCorpus(tmp.resolve("new"), tmp, List.of("th", "km"));
        assertThat(bandTermFields(fresh)).as("import writes no band terms").isZero();

        Corpus old = oldLayout(fresh, tmp.resolve("old"), UnaryOperator.identity());
        assertThat(bandTermFields(old)).isEqualTo(28);
        Corpus unreadable = oldLayout(fresh, tmp.resolve("unreadable"), scheme -> scheme + "-legacy");
        try (var dir = FSDirectory.open(unreadable.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            assertThat(new BandBuckets(reader, MultiBits.getLiveDocs(reader)).supported()).isFalse();
        }

        DedupeReport onFresh = fresh.dedupe(DedupeOptions.DEFAULTS, null);
        DedupeReport onOld = old.dedupe(DedupeOptions.DEFAULTS, null);
        DedupeReport onUnreadable = unreadable.dedupe(DedupeOptions.DEFAULTS, null);

        CorpusMarks marks = CorpusMarks.read(fresh);
        assertThat(marks.count("duplicate")).as("the planted copies are found").isGreaterThan(10);
        assertThat(CorpusMarks.read(old)).isEqualTo(marks);
        assertThat(CorpusMarks.read(unreadable)).isEqualTo(marks);
        assertThat(onOld.clusters()).isEqualTo(onFresh.clusters());
        assertThat(onOld.changed()).isEqualTo(onFresh.changed());
        assertThat(onUnreadable.clusters()).isEqualTo(onFresh.clusters());
        assertThat(onOld.near().groups()).isEqualTo(onFresh.near().groups());
        assertThat(onUnreadable.near().groups()).as("buckets come from the terms instead").isPositive();
    }

    /**
     * A copy of {@code from}'s home whose index holds the same documents written as import wrote them before
     * December 2026: with a {@code lsh_<band>} term of each band key (from the stored dedupe keys), and the scheme
     * id changed by {@code scheme}.
     */
    private static Corpus oldLayout(Corpus from, Path home, UnaryOperator<String> scheme) throws IOException {
        return OlderCorpus.rewrite(from, home, new StandardAnalyzer(), (s, mapper) -> {
            DedupeKeys keys = s.document().annotation(DedupeKeys.class).orElseThrow();
            DedupeKeys renamed = new DedupeKeys(keys.looseHash(), scheme.apply(keys.scheme()), keys.shingles(),
                    keys.signature(), keys.bands(), keys.lineHashes(), keys.shingleSet());
            Document document = s.document().with(renamed);
            org.apache.lucene.document.Document lucene = mapper.toLucene(document, s.fingerprint(), s.importedAt());
            // the band keys as import cut them (read-back keys no longer carry them: format 3)
            long[] bands = keys.hasSignature() ? new MinHashSigner(SignatureScheme.signingOf(keys.scheme(),
                    SignatureScheme.DEFAULT).orElseThrow()).bands(keys.signature()) : new long[0];
            for (int band = 0; band < bands.length; band++) {
                lucene.add(new StringField(Fields.lshField(band), Fields.hashTerm(bands[band]), Field.Store.NO));
            }
            return lucene;
        });
    }

    private static int bandTermFields(Corpus corpus) throws IOException {
        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            int n = 0;
            for (int band = 0; band < 64; band++) {
                if (MultiTerms.getTerms(reader, Fields.lshField(band)) != null) {
                    n++;
                }
            }
            return n;
        }
    }
}
