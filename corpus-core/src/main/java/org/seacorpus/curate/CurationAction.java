package org.seacorpus.curate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.seacorpus.document.Document;
import org.seacorpus.document.Marks;
import org.seacorpus.document.MetaEdits;
import org.seacorpus.document.Rejection;
import org.seacorpus.document.Status;

/**
 * A change a curator makes to documents. Each is a pure function of the document; applying it twice changes
 * nothing the second time, and none deletes anything: reject keeps the text and remembers the status it
 * replaced, restore puts that status back. Tag, reject and restore change only marks ({@link OnMarks}), which the
 * store updates in place; a metadata fix changes indexed fields, so its documents are re-indexed.
 */
public sealed interface CurationAction {
    /** The action's name in the audit trail: {@code tag}, {@code reject}, {@code restore}, {@code meta}. */
    String name();

    /** The document after the action (the same instance when the action changes nothing). */
    Document apply(Document doc);

    /** An action that changes marks only: it needs neither the text nor a re-indexing. */
    sealed interface OnMarks extends CurationAction {
        /** The marks after the action (the same instance when the action changes nothing). */
        Marks apply(Marks marks);

        @Override
        default Document apply(Document doc) {
            Marks after = apply(doc.marks());
            return after == doc.marks() || after.equals(doc.marks()) ? doc : doc.withMarks(after);
        }
    }

    /** Adds and removes tags. */
    record Tag(Set<String> add, Set<String> remove) implements OnMarks {
        private static final Pattern VALID = Pattern.compile("[^\\s,]+");

        public Tag {
            add = Set.copyOf(new TreeSet<>(add));
            remove = Set.copyOf(new TreeSet<>(remove));
            if (add.isEmpty() && remove.isEmpty()) {
                throw new IllegalArgumentException("no tag to add or remove; give --add TAG or --remove TAG");
            }
            for (String tag : union(add, remove)) {
                if (!VALID.matcher(tag).matches()) {
                    throw new IllegalArgumentException("tag '" + tag + "' is empty or holds a space or comma");
                }
            }
        }

        @Override
        public String name() {
            return "tag";
        }

        @Override
        public Marks apply(Marks marks) {
            Set<String> tags = new TreeSet<>(marks.tags());
            tags.addAll(add);
            tags.removeAll(remove);
            return tags.equals(marks.tags()) ? marks : marks.withTags(tags);
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> out = new TreeSet<>(a);
            out.addAll(b);
            return out;
        }
    }

    /** Marks documents rejected, with the reason; they stay stored and searchable, out of statistics and export. */
    record Reject(String reason, String at) implements OnMarks {
        public Reject {
            reason = reason == null ? "" : reason.strip();
            if (reason.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs a reason (--reason TEXT): the audit trail "
                        + "keeps it");
            }
            if (reason.length() > 2000) {
                throw new IllegalArgumentException("the reason is " + reason.length() + " characters long; keep it "
                        + "under 2000");
            }
        }

        @Override
        public String name() {
            return "reject";
        }

        @Override
        public Marks apply(Marks marks) {
            Rejection earlier = marks.rejection();
            if (marks.status() == Status.REJECTED && earlier != null && earlier.reason().equals(reason)) {
                return marks;
            }
            Status previous = marks.status() == Status.REJECTED && earlier != null ? earlier.previous()
                    : marks.status();
            return marks.withStatus(Status.REJECTED).withRejection(new Rejection(reason, at, previous));
        }
    }

    /** Puts rejected documents back to the status they had before (ok, or duplicate); others are untouched. */
    record Restore() implements OnMarks {
        @Override
        public String name() {
            return "restore";
        }

        @Override
        public Marks apply(Marks marks) {
            if (marks.status() != Status.REJECTED) {
                return marks;
            }
            Status previous = marks.rejection() == null ? Status.OK : marks.rejection().previous();
            if (previous == Status.DUPLICATE && marks.duplicate() == null) {
                previous = Status.OK; // dedupe was undone while the document was rejected
            }
            return marks.withStatus(previous).withRejection(null);
        }
    }

    /** Sets and removes metadata fields ({@code meta.NAME}). */
    record SetMeta(Map<String, String> set, Set<String> unset) implements CurationAction {
        private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");

        public SetMeta {
            set = Map.copyOf(new LinkedHashMap<>(set));
            unset = Set.copyOf(unset);
            if (set.isEmpty() && unset.isEmpty()) {
                throw new IllegalArgumentException("nothing to change; give --set NAME=VALUE or --unset NAME");
            }
            for (String key : set.keySet()) {
                if (!KEY.matcher(key).matches()) {
                    throw new IllegalArgumentException("metadata name '" + key + "' may hold only letters, digits, "
                            + "'_', '.' and '-'");
                }
                if (unset.contains(key)) {
                    throw new IllegalArgumentException("metadata '" + key + "' is both set and unset");
                }
            }
        }

        @Override
        public String name() {
            return "meta";
        }

        /**
         * The document with its metadata changed; the edit is also remembered in its marks ({@link MetaEdits}), so
         * that a re-import, which reads the source's metadata again, applies it again.
         */
        @Override
        public Document apply(Document doc) {
            Map<String, String> meta = new TreeMap<>(doc.origin().meta());
            meta.putAll(set);
            meta.keySet().removeAll(unset);
            if (meta.equals(doc.origin().meta())) {
                return doc;
            }
            Marks marks = doc.marks();
            Document edited = new Document(doc.id(), doc.origin().withMeta(meta), doc.text(), doc.normalization(),
                    doc.language(), doc.counts(), doc.tags(), doc.status(), doc.annotations());
            return edited.withMarks(marks.withMetaEdits(marks.metaEdits().then(new MetaEdits(set, unset))));
        }
    }
}
