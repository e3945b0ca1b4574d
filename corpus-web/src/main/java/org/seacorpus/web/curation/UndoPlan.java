package org.seacorpus.web.curation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.seacorpus.curate.CurationAction;
import org.seacorpus.curate.CurationTarget;
import org.seacorpus.document.Document;
import org.seacorpus.document.Rejection;
import org.seacorpus.document.Status;

/**
 * What puts documents back as they were before a curation action: built from each changed document's state
 * before and after (as the curation reports them), as curation actions of the same kinds, so that an undo is
 * itself an ordinary, audited curation. Documents that need the same inverse are grouped into one step.
 *
 * <ul>
 *   <li>tags added are removed and tags removed are added back;</li>
 *   <li>a document rejected is restored (to the status it had); one whose rejection reason changed gets its
 *       old reason and time back; one restored is rejected again with its old reason and time;</li>
 *   <li>metadata set gets its old value back, metadata added is removed, metadata removed is set again.</li>
 * </ul>
 */
public final class UndoPlan {
    /** One inverse action on the documents that need it. */
    public record Step(CurationTarget target, CurationAction action) {
    }

    private final Map<CurationAction, List<String>> byAction = new LinkedHashMap<>();

    /** Records one changed document. */
    public synchronized void add(Document before, Document after) {
        for (CurationAction inverse : inverses(before, after)) {
            byAction.computeIfAbsent(inverse, a -> new ArrayList<>()).add(after.id());
        }
    }

    public synchronized List<Step> steps() {
        List<Step> out = new ArrayList<>();
        byAction.forEach((action, ids) -> out.add(new Step(CurationTarget.ofIds(ids), action)));
        return out;
    }

    public synchronized boolean isEmpty() {
        return byAction.isEmpty();
    }

    static List<CurationAction> inverses(Document before, Document after) {
        List<CurationAction> out = new ArrayList<>();
        tags(before.tags(), after.tags()).ifPresent(out::add);
        status(before, after).ifPresent(out::add);
        meta(before.origin().meta(), after.origin().meta()).ifPresent(out::add);
        return out;
    }

    private static Optional<CurationAction> tags(Set<String> before, Set<String> after) {
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        return added.isEmpty() && removed.isEmpty() ? Optional.empty()
                : Optional.of(new CurationAction.Tag(removed, added));
    }

    private static Optional<CurationAction> status(Document before, Document after) {
        Rejection was = before.status() == Status.REJECTED ? before.annotation(Rejection.class).orElse(null) : null;
        Rejection is = after.status() == Status.REJECTED ? after.annotation(Rejection.class).orElse(null) : null;
        if (before.status() == after.status() && Objects.equals(was, is)) {
            return Optional.empty();
        }
        if (was != null) {
            return Optional.of(new CurationAction.Reject(was.reason(), was.at()));
        }
        if (after.status() == Status.REJECTED) {
            return Optional.of(new CurationAction.Restore());
        }
        return Optional.empty(); // status changes curation does not make (dedupe's) are not curation's to undo
    }

    private static Optional<CurationAction> meta(Map<String, String> before, Map<String, String> after) {
        Map<String, String> set = new TreeMap<>();
        Set<String> unset = new HashSet<>();
        before.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                set.put(key, value);
            }
        });
        for (String key : after.keySet()) {
            if (!before.containsKey(key)) {
                unset.add(key);
            }
        }
        return set.isEmpty() && unset.isEmpty() ? Optional.empty()
                : Optional.of(new CurationAction.SetMeta(set, unset));
    }
}
