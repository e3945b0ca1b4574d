package org.seacorpus.index;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * Documents whose binary mark field ({@link MarkFields}) has a value matching a pattern: the exact value, or a
 * wildcard pattern ({@code *}, {@code ?}) as {@link WildcardQuery} reads it. For {@code mark.tags} each tag is
 * matched on its own. A slow query in Lucene's sense: it reads the doc values of every candidate, which is
 * what a filter on an in-place-updatable field costs (about a millisecond per 100,000 documents per field).
 *
 * <p>Results are not cached across reader versions whose marks were updated ({@link DocValues#isCacheable}).
 */
public final class MarkValueQuery extends Query {
    private final String field;
    private final String pattern;
    private final boolean multiValued;

    /** @param pattern the value, or a pattern with {@code *} and {@code ?} */
    public MarkValueQuery(String field, String pattern) {
        this.field = Objects.requireNonNull(field, "field");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.multiValued = field.equals(MarkFields.TAGS);
    }

    private boolean wildcard() {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        ByteRunAutomaton automaton = wildcard() ? new ByteRunAutomaton(Operations.determinize(
                WildcardQuery.toAutomaton(new Term(field, pattern), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT),
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT)) : null;
        BytesRef exact = new BytesRef(pattern);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                BinaryDocValues values = context.reader().getBinaryDocValues(field);
                if (values == null) {
                    return null;
                }
                TwoPhaseIterator matching = new TwoPhaseIterator(values) {
                    @Override
                    public boolean matches() throws IOException {
                        BytesRef value = values.binaryValue();
                        return multiValued ? anyTag(value) : one(value.bytes, value.offset, value.length);
                    }

                    private boolean anyTag(BytesRef value) {
                        int start = value.offset;
                        int end = value.offset + value.length;
                        for (int i = start; i < end; i++) {
                            if (value.bytes[i] == 0) {
                                if (one(value.bytes, start, i - start)) {
                                    return true;
                                }
                                start = i + 1;
                            }
                        }
                        return false;
                    }

                    private boolean one(byte[] bytes, int offset, int length) {
                        return automaton != null ? automaton.run(bytes, offset, length)
                                : length == exact.length && java.util.Arrays.equals(bytes, offset, offset + length,
                                exact.bytes, exact.offset, exact.offset + exact.length);
                    }

                    @Override
                    public float matchCost() {
                        return 10;
                    }
                };
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, matching));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return DocValues.isCacheable(context, field);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        return field + ":" + pattern;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && field.equals(((MarkValueQuery) other).field)
                && pattern.equals(((MarkValueQuery) other).pattern);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, pattern);
    }
}
