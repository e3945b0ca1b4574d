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
 * Curation: tag, reject, restore and fix metadata of documents chosen by id or by query, in place and in bulk.
 * Tags, rejections and restores are marks, updated in place ({@link Corpus#mark}); a metadata fix re-indexes its
 * documents ({@link Corpus#rewrite}). Each action's record (when, who, what, which documents, the query and the
 * reason) is committed together with the change ({@link AuditLog}), so the audit trail in {@code runs/} never
 * misses a change that reached the index. A dry run reports what would change and writes nothing.
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
     * document the action changes, before and after (the web workbench keeps them to offer an exact undo). For
     * tag, reject and restore, which change marks in place without reading the text, the listener's documents
     * hold the id, source, part, language and marks only (status, tags, cluster, rejection, metadata edits).
     *
     * @param reason   why, for the audit trail; may be null
     * @param listener may be null
     */
    public CurationOutcome apply(CurationTarget target, CurationAction action, boolean dryRun, String reason,
                                 BiConsumer<Document, Document> listener) {
        Instant started = Instant.now();
        Query query = corpus.read(reader -> select(reader, target));
        List<ChangedDocument> changed = new ArrayList<>();
        CurationRecord[] written = new CurationRecord[1];
        String why = action instanceof CurationAction.Reject r ? r.reason()
                : reason == null || reason.isBlank() ? null : reason.strip();
        java.util.function.Function<RewriteReport, Object> record = report -> written[0] = record(action, target,
                query, why, started, dryRun, report.matched(), changed);
        RewriteReport report;
        if (action instanceof CurationAction.OnMarks marks) {
            // tag, reject, restore: marks updated in place, nothing re-indexed
            report = corpus.marking().mark("curate " + action.name(), query, (id, m) -> marks.apply(m), dryRun,
                    (doc, before, after) -> {
                        changed.add(new ChangedDocument(doc.id(), doc.lang(), doc.source(), doc.part(),
                                before.status().value(), after.status().value()));
                        if (listener != null) {
                            listener.accept(marksOnly(doc, before), marksOnly(doc, after));
                        }
                    }, true, record);
        } else {
            report = corpus.marking().rewrite("curate " + action.name(), query, action::apply, dryRun,
                    (before, after) -> {
                        changed.add(new ChangedDocument(after.id(), after.language().lang(),
                                after.origin().source(), after.origin().part(), before.status().value(),
                                after.status().value()));
                        if (listener != null) {
                            listener.accept(before, after);
                        }
                    }, record);
        }
        CurationRecord made = written[0] != null ? written[0]
                : record(action, target, query, why, started, dryRun, report.matched(), changed);
        return new CurationOutcome(made, changed, report.record() == null ? null : Path.of(report.record()));
    }

    /**
     * What a listener gets for a document whose marks alone changed (the text was not read): its id, source, part
     * and language, and the marks; no text, no metadata.
     */
    private static Document marksOnly(MarkedDocument doc, org.seacorpus.document.Marks marks) {
        org.seacorpus.document.LanguageInfo lang = doc.lang().isEmpty() ? null
                : new org.seacorpus.document.LanguageInfo(doc.lang(), "Zyyy", 0.0, List.of(), false);
        return new Document(doc.id(), org.seacorpus.document.Origin.of(doc.source(), doc.part()), "", null, lang,
                null, null, null).withMarks(marks);
    }

    private static CurationRecord record(CurationAction action, CurationTarget target, Query query, String why,
                                         Instant started, boolean dryRun, long matched,
                                         List<ChangedDocument> changed) {
        return new CurationRecord(action.name(), started.toString(),
                System.getProperty("user.name", ""), Duration.between(started, Instant.now()).toMillis(), dryRun,
                target, query.toString(), why,
                action instanceof CurationAction.Tag t ? sorted(t.add()) : List.of(),
                action instanceof CurationAction.Tag t ? sorted(t.remove()) : List.of(),
                action instanceof CurationAction.SetMeta m ? new java.util.TreeMap<>(m.set()) : Map.of(),
                action instanceof CurationAction.SetMeta m ? sorted(m.unset()) : List.of(),
                matched, changed.size(), changed.stream().map(ChangedDocument::id).toList());
    }

    /** Every run in the audit trail, oldest first; with an id (or unique prefix), the actions that changed it. */
    public List<AuditEntry> history(String id) {
        corpus.promoteCommittedAudit();
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
