package org.seacorpus.document;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A document as it flows through the import stages and as it is stored. Immutable: each stage returns an
 * enriched copy through the {@code with…} methods and never reaches back upstream.
 *
 * @param id            stable id, see {@link DocumentId}
 * @param origin        where it came from
 * @param text          the current text (raw after extraction, normalised after the normalise stage)
 * @param normalization what normalisation changed
 * @param language      what identification decided
 * @param counts        sizes from the analyse stage
 * @param tags          user tags (given at import with {@code --tag}, or by curation)
 * @param status        curation state
 * @param annotations   typed values added by later stages (see {@link Annotations})
 */
public record Document(String id, Origin origin, String text, Normalization normalization, LanguageInfo language,
                       TextCounts counts, Set<String> tags, Status status, Annotations annotations) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        normalization = normalization == null ? Normalization.NONE : normalization;
        language = language == null ? LanguageInfo.UNKNOWN : language;
        counts = counts == null ? TextCounts.NONE : counts;
        tags = tags == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(tags));
        status = status == null ? Status.OK : status;
        annotations = annotations == null ? Annotations.NONE : annotations;
    }

    public Document(String id, Origin origin, String text, Normalization normalization, LanguageInfo language,
                    TextCounts counts, Set<String> tags, Status status) {
        this(id, origin, text, normalization, language, counts, tags, status, Annotations.NONE);
    }

    /** A freshly extracted document: id derived from the origin's source and part. */
    public static Document extracted(Origin origin, String text) {
        return new Document(DocumentId.of(origin.source(), origin.part()), origin, text, null, null, null, null,
                null);
    }

    public Document withText(String newText, Normalization newNormalization) {
        return new Document(id, origin, newText, newNormalization, language, counts, tags, status, annotations);
    }

    public Document withLanguage(LanguageInfo newLanguage) {
        return new Document(id, origin, text, normalization, newLanguage, counts, tags, status, annotations);
    }

    public Document withCounts(TextCounts newCounts) {
        return new Document(id, origin, text, normalization, language, newCounts, tags, status, annotations);
    }

    public Document withTags(Set<String> newTags) {
        return new Document(id, origin, text, normalization, language, counts, newTags, status, annotations);
    }

    public Document withStatus(Status newStatus) {
        return new Document(id, origin, text, normalization, language, counts, tags, newStatus, annotations);
    }

    /** A copy with this typed value attached (replacing an earlier value of the same class). */
    public Document with(Object annotation) {
        return new Document(id, origin, text, normalization, language, counts, tags, status,
                annotations.with(annotation));
    }

    /** The document's marks: status, tags, duplicate cluster, rejection and metadata edits. */
    public Marks marks() {
        return new Marks(status, tags, annotations.get(DuplicateMark.class).orElse(null),
                annotations.get(Rejection.class).orElse(null), annotations.get(MetaEdits.class).orElse(null));
    }

    /** A copy with these marks (the metadata itself is left as it is; see {@link MetaEdits#applyTo}). */
    public Document withMarks(Marks marks) {
        Annotations a = annotations.without(DuplicateMark.class).without(Rejection.class).without(MetaEdits.class);
        if (marks.duplicate() != null) {
            a = a.with(marks.duplicate());
        }
        if (marks.rejection() != null) {
            a = a.with(marks.rejection());
        }
        if (!marks.metaEdits().isEmpty()) {
            a = a.with(marks.metaEdits());
        }
        return new Document(id, origin, text, normalization, language, counts, marks.tags(), marks.status(), a);
    }

    public <T> java.util.Optional<T> annotation(Class<T> type) {
        return annotations.get(type);
    }

    public List<LangSpan> spans() {
        return language.spans();
    }
}
