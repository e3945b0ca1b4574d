package org.seacorpus.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.seacorpus.curate.AuditEntry;
import org.seacorpus.curate.AuditTrail;
import org.seacorpus.curate.ChangedDocument;
import org.seacorpus.curate.CurationAction;
import org.seacorpus.curate.CurationOutcome;
import org.seacorpus.curate.CurationRecord;
import org.seacorpus.curate.CurationTarget;
import org.seacorpus.document.Document;
import org.seacorpus.index.Fields;
import org.seacorpus.search.Selection;
import org.seacorpus.search.SelectionQuery;

/**
 * Curation: tag, reject, restore and fix metadata of documents chosen by id or by query, in place and in bulk
 * ({@link Corpus#rewrite}), each action appended to the audit trail in {@code runs/} with when, who, what, which
 * documents, the query and the reason. A dry run reports what would change and writes nothing.
 */
public final class CorpusCuration {
    private static final int MIN_PREFIX = 6;

    private final Corpus corpus;

    CorpusCuration(Corpus corpus) {
        this.corpus = corpus;
    }

    public CurationOutcome apply(CurationTarget target, CurationAction action, boolean dryRun) {
        return apply(target, action, dryRun, null, null);
    }

    /**
     * Applies {@code action} as {@link #apply(CurationTarget, CurationAction, boolean)} does, with the curator's
     * reason kept in the audit record (a rejection's own reason wins), and {@code listener} told of each
     * document the action changes, before and after (the web workbench keeps them to offer an exact undo).
     *
     * @param reason   why, for the audit trail; may be null
     * @param listener may be null
     */
    public CurationOutcome apply(CurationTarget target, CurationAction action, boolean dryRun, String reason,
                                 BiConsumer<Document, Document> listener) {
        Instant started = Instant.now();
        Query query = corpus.read(reader -> select(reader, target));
        List<ChangedDocument> changed = new ArrayList<>();
        RewriteReport report = corpus.rewrite("curate " + action.name(), query, action::apply, dryRun,
                (before, after) -> {
                    changed.add(new ChangedDocument(after.id(), after.language().lang(), after.origin().source(),
                            after.origin().part(), before.status().value(), after.status().value()));
                    if (listener != null) {
                        listener.accept(before, after);
                    }
                }, false);
        String why = action instanceof CurationAction.Reject r ? r.reason()
                : reason == null || reason.isBlank() ? null : reason.strip();
        CurationRecord record = new CurationRecord(action.name(), started.toString(),
                System.getProperty("user.name", ""), Duration.between(started, Instant.now()).toMillis(), dryRun,
                target, query.toString(), why,
                action instanceof CurationAction.Tag t ? sorted(t.add()) : List.of(),
                action instanceof CurationAction.Tag t ? sorted(t.remove()) : List.of(),
                action instanceof CurationAction.SetMeta m ? new java.util.TreeMap<>(m.set()) : Map.of(),
                action instanceof CurationAction.SetMeta m ? sorted(m.unset()) : List.of(),
                report.matched(), report.changed(), changed.stream().map(ChangedDocument::id).toList());
        Path file = dryRun ? null : corpus.home().appendRun(record.kind(), record);
        return new CurationOutcome(record, changed, file);
    }

    /** Every run in the audit trail, oldest first; with an id (or unique prefix), the actions that changed it. */
    public List<AuditEntry> history(String id) {
        AuditTrail trail = new AuditTrail(corpus.home().runsDir());
        try {
            return id == null ? trail.all() : trail.of(resolve(id));
        } catch (IOException e) {
            throw new CorpusException("cannot read the audit trail in " + corpus.home().runsDir() + ": "
                    + e.getMessage(), e);
        }
    }

    private String resolve(String id) {
        return corpus.read(reader -> {
            try {
                return fullId(new IndexSearcher(reader), id);
            } catch (IllegalArgumentException e) {
                // a document no longer in the index still has its history
                if (id.length() >= MIN_PREFIX) {
                    return id;
                }
                throw e;
            }
        });
    }

    private Query select(IndexReader reader, CurationTarget target) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        if (!target.ids().isEmpty()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            BooleanQuery.Builder ids = new BooleanQuery.Builder();
            for (String id : target.ids()) {
                ids.add(new TermQuery(new Term(Fields.ID, fullId(searcher, id))), BooleanClause.Occur.SHOULD);
            }
            all.add(ids.build(), BooleanClause.Occur.MUST);
            any = true;
        }
        if (target.query() != null || target.lang() != null || !target.filters().isEmpty()) {
            // curation reaches every status: restore must find rejected documents
            Selection selection = new Selection(target.query(), target.lang(), target.filters(), true, true);
            all.add(SelectionQuery.build(reader, corpus.analyzers(), selection), BooleanClause.Occur.MUST);
            any = true;
        }
        if (!any) {
            all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /** The full id of a document given by its id or a unique prefix of at least six characters. */
    static String fullId(IndexSearcher searcher, String given) throws IOException {
        String id = given.strip().toLowerCase(java.util.Locale.ROOT);
        if (id.length() < MIN_PREFIX || !id.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("'" + given + "' is not a document id (32 hex characters, or a "
                    + "unique prefix of at least " + MIN_PREFIX + ")");
        }
        TopDocs found = searcher.search(new PrefixQuery(new Term(Fields.ID, id)), 2);
        if (found.totalHits.value() == 0) {
            throw new IllegalArgumentException("no document with id '" + given + "'");
        }
        if (found.totalHits.value() > 1) {
            throw new IllegalArgumentException("id prefix '" + given + "' matches several documents; give more "
                    + "characters");
        }
        return searcher.storedFields().document(found.scoreDocs[0].doc).get(Fields.ID);
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }
}
