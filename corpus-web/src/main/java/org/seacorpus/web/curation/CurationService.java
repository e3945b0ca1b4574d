package org.seacorpus.web.curation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.curate.CurationAction;
import org.seacorpus.curate.CurationOutcome;
import org.seacorpus.curate.CurationTarget;
import org.seacorpus.web.WebException;

/**
 * Curation from the browser and the API: the core's curation ({@link Corpus#curation()}), so every change is
 * in the same audit trail as the CLI's, with the reason given; refused unless the server was started with
 * {@code --allow-curation}. Requests of this server are applied one at a time (two browser tabs wait for each
 * other instead of failing); another process writing the corpus makes the core refuse with its lock error.
 *
 * <p>Each applied action can be undone: the documents it changed are put back as they were, by inverse
 * curation actions that are themselves recorded (and can be undone again). The undo log lives in this
 * server's memory and keeps the last {@value #KEPT} actions.
 */
public final class CurationService {
    static final int KEPT = 50;

    /** An action applied: what the core reported, and the id to undo it with (null when nothing changed). */
    public record Applied(CurationOutcome outcome, String undo) {
    }

    /** An undo applied: one outcome per inverse step, and the id that redoes it. */
    public record Undone(String undid, List<CurationOutcome> outcomes, long changed, String undo) {
    }

    /** An action that can be undone. */
    public record Entry(String id, String description, Instant at, long changed, List<UndoPlan.Step> steps) {
    }

    private final Corpus corpus;
    private final boolean allowed;
    private final ReentrantLock writing = new ReentrantLock(true);
    private final Map<String, Entry> log = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public CurationService(Corpus corpus, boolean allowed) {
        this.corpus = corpus;
        this.allowed = allowed;
    }

    public boolean allowed() {
        return allowed;
    }

    public Applied apply(CurationTarget target, CurationAction action, String reason, boolean dryRun) {
        requireAllowed();
        writing.lock();
        try {
            UndoPlan plan = new UndoPlan();
            CurationOutcome outcome = corpus.curation().apply(target, action, dryRun, reason, plan::add);
            String undo = dryRun || plan.isEmpty() ? null
                    : remember(describe(action, outcome), outcome.record().changed(), plan);
            return new Applied(outcome, undo);
        } finally {
            writing.unlock();
        }
    }

    /** Undoes a remembered action; the undo is recorded with {@code reason} (or a note naming what it undid). */
    public Undone undo(String id, String reason) {
        requireAllowed();
        writing.lock();
        try {
            Entry entry;
            synchronized (log) {
                entry = log.remove(id);
            }
            if (entry == null) {
                throw new WebException(404, "nothing to undo under '" + id + "': it was undone already, or this "
                        + "server was restarted (it remembers the last " + KEPT + " actions); use 'corpus history' "
                        + "and curate by hand");
            }
            String why = "undo of " + entry.description() + (reason == null || reason.isBlank() ? "" : ": " + reason);
            UndoPlan redo = new UndoPlan();
            List<CurationOutcome> outcomes = new ArrayList<>();
            long changed = 0;
            for (UndoPlan.Step step : entry.steps()) {
                CurationOutcome outcome = corpus.curation().apply(step.target(), step.action(), false, why, redo::add);
                outcomes.add(outcome);
                changed += outcome.record().changed();
            }
            String again = redo.isEmpty() ? null : remember("the " + why, changed, redo);
            return new Undone(id, outcomes, changed, again);
        } finally {
            writing.unlock();
        }
    }

    public Optional<Entry> entry(String id) {
        synchronized (log) {
            return Optional.ofNullable(log.get(id));
        }
    }

    private String remember(String description, long changed, UndoPlan plan) {
        String id = HexFormat.of().formatHex(bytes());
        synchronized (log) {
            log.put(id, new Entry(id, description, Instant.now(), changed, plan.steps()));
            while (log.size() > KEPT) {
                log.remove(log.keySet().iterator().next());
            }
        }
        return id;
    }

    private byte[] bytes() {
        byte[] b = new byte[8];
        random.nextBytes(b);
        return b;
    }

    private static String describe(CurationAction action, CurationOutcome outcome) {
        String what = switch (action) {
            case CurationAction.Tag t -> "tag" + (t.add().isEmpty() ? "" : " +" + String.join(" +", t.add()))
                    + (t.remove().isEmpty() ? "" : " -" + String.join(" -", t.remove()));
            case CurationAction.Reject r -> "reject (" + r.reason() + ")";
            case CurationAction.Restore r -> "restore";
            case CurationAction.SetMeta m -> "meta " + m.set().keySet() + (m.unset().isEmpty() ? "" : " unset "
                    + m.unset());
        };
        return what + " on " + outcome.record().changed() + (outcome.record().changed() == 1 ? " document"
                : " documents") + " at " + outcome.record().at().replaceFirst("\\.\\d+Z$", "Z");
    }

    private void requireAllowed() {
        if (!allowed) {
            throw new WebException(403, "this server is read-only; start it with 'corpus serve --allow-curation' "
                    + "to tag, reject, restore or edit documents");
        }
    }
}
