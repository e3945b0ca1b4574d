package org.seacorpus.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.seacorpus.document.Document;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Origin;
import org.seacorpus.document.Rejection;
import org.seacorpus.document.Status;

/** Each curation action on one document: what it changes, that it is reversible, and that twice is once. */
class CurationActionTest {
    private final Document doc = Document.extracted(
            new Origin("file:///corpus/th/rice.txt", "", "text/plain", "UTF-8", "", "", Map.of("author", "Somchai")),
            "ชาวนาปลูกข้าวหอมมะลิ").withTags(Set.of("news"));

    @Test
    void tagsAreAddedAndRemoved() {
        Document tagged = new CurationAction.Tag(Set.of("checked", "isan"), Set.of("news")).apply(doc);
        assertThat(tagged.tags()).containsExactly("checked", "isan");
        assertThat(new CurationAction.Tag(Set.of("checked"), Set.of()).apply(tagged)).isSameAs(tagged);
        assertThat(tagged.text()).isEqualTo(doc.text());
    }

    @Test
    void rejectKeepsTheReasonAndRestorePutsBackThePreviousStatus() {
        Document rejected = new CurationAction.Reject("machine translation", "2026-01-02T03:04:05Z").apply(doc);
        assertThat(rejected.status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.annotation(Rejection.class)).contains(
                new Rejection("machine translation", "2026-01-02T03:04:05Z", Status.OK));
        assertThat(new CurationAction.Reject("machine translation", "later").apply(rejected)).isSameAs(rejected);
        Document restored = new CurationAction.Restore().apply(rejected);
        assertThat(restored).isEqualTo(doc);
        assertThat(new CurationAction.Restore().apply(doc)).isSameAs(doc);
    }

    @Test
    void aRejectedDuplicateIsRestoredAsADuplicate() {
        Document duplicate = doc.withStatus(Status.DUPLICATE).with(new DuplicateMark("c1", "abc", 2));
        Document rejected = new CurationAction.Reject("spam", "t1").apply(duplicate);
        Document reasonChanged = new CurationAction.Reject("boilerplate", "t2").apply(rejected);
        assertThat(reasonChanged.annotation(Rejection.class).orElseThrow().previous()).isEqualTo(Status.DUPLICATE);
        Document restored = new CurationAction.Restore().apply(reasonChanged);
        assertThat(restored.status()).isEqualTo(Status.DUPLICATE);
        assertThat(restored.annotation(DuplicateMark.class)).contains(new DuplicateMark("c1", "abc", 2));
        assertThat(restored.annotation(Rejection.class)).isEmpty();
        // when dedupe was undone meanwhile (the mark is gone), the document comes back ok
        Document unmarked = new Document(reasonChanged.id(), reasonChanged.origin(), reasonChanged.text(), null,
                null, null, reasonChanged.tags(), Status.REJECTED,
                reasonChanged.annotations().without(DuplicateMark.class));
        assertThat(new CurationAction.Restore().apply(unmarked).status()).isEqualTo(Status.OK);
    }

    @Test
    void metadataIsSetAndUnset() {
        Document changed = new CurationAction.SetMeta(Map.of("genre", "news", "region", "ภาคอีสาน"),
                Set.of("author")).apply(doc);
        assertThat(changed.origin().meta()).containsExactly(Map.entry("genre", "news"),
                Map.entry("region", "ภาคอีสาน"));
        assertThat(new CurationAction.SetMeta(Map.of("genre", "news"), Set.of()).apply(changed)).isSameAs(changed);
    }

    @Test
    void meaninglessActionsAreRefused() {
        assertThatThrownBy(() -> new CurationAction.Tag(Set.of(), Set.of())).hasMessageContaining("--add");
        assertThatThrownBy(() -> new CurationAction.Tag(Set.of("two words"), Set.of()))
                .hasMessageContaining("space or comma");
        assertThatThrownBy(() -> new CurationAction.Reject("  ", "t")).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> new CurationAction.Reject("x".repeat(2001), "t")).hasMessageContaining("2000");
        assertThatThrownBy(() -> new CurationAction.SetMeta(Map.of(), Set.of())).hasMessageContaining("--set");
        assertThatThrownBy(() -> new CurationAction.SetMeta(Map.of("a b", "x"), Set.of()))
                .hasMessageContaining("may hold only");
        assertThatThrownBy(() -> new CurationAction.SetMeta(Map.of("a", "x"), Set.of("a")))
                .hasMessageContaining("both set and unset");
        assertThatThrownBy(() -> new CurationTarget(null, null, null, null, false))
                .hasMessageContaining("--all");
    }
}
