package org.seacorpus.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.seacorpus.curate.CurationAction;
import org.seacorpus.document.Document;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Origin;
import org.seacorpus.document.Rejection;
import org.seacorpus.document.Status;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Undo puts a document back exactly as it was, whatever the action did to it. */
class UndoPlanTest {
    private static Document doc(Set<String> tags, Status status, Map<String, String> meta) {
        Document d = new Document("0123456789abcdef0123456789abcdef", new Origin("th/news.txt", "", "text/plain",
                "UTF-8", "ข่าว", "", meta), "ชาวนาเก็บเกี่ยวข้าว", null, null, null, tags, Status.OK);
        // a duplicate always carries dedupe's mark (restoring a rejected duplicate relies on it)
        return switch (status) {
            case REJECTED -> new CurationAction.Reject("ซ้ำกับข่าวอื่น", "2026-01-02T03:04:05Z").apply(d);
            case DUPLICATE -> d.withStatus(status).with(new DuplicateMark("exact-0123", "fedcba9876543210", 2));
            case OK -> d;
        };
    }

    private static Document undo(Document before, Document after) {
        Document back = after;
        for (CurationAction inverse : UndoPlan.inverses(before, after)) {
            back = inverse.apply(back);
        }
        return back;
    }

    @Property(tries = 300)
    void anyActionIsUndoneExactly(@ForAll("documents") Document before, @ForAll("actions") CurationAction action) {
        Document after = action.apply(before);
        Document back = undo(before, after);
        assertThat(back.tags()).isEqualTo(before.tags());
        assertThat(back.status()).isEqualTo(before.status());
        assertThat(back.origin().meta()).isEqualTo(before.origin().meta());
        assertThat(back.annotation(Rejection.class)).isEqualTo(before.annotation(Rejection.class));
        if (after.equals(before)) {
            assertThat(UndoPlan.inverses(before, after)).isEmpty();
        }
    }

    @Test
    void documentsNeedingTheSameInverseShareOneStep() {
        UndoPlan plan = new UndoPlan();
        CurationAction tag = new CurationAction.Tag(Set.of("ตรวจแล้ว"), Set.of());
        for (String id : List.of("a", "b", "c")) {
            Document before = new Document(id.repeat(32), Origin.of("s", id), "ข้าว", null, null, null, Set.of(),
                    Status.OK);
            plan.add(before, tag.apply(before));
        }
        Document tagged = new Document("d".repeat(32), Origin.of("s", "d"), "ข้าว", null, null, null,
                Set.of("ตรวจแล้ว"), Status.OK);
        plan.add(tagged, tagged.withStatus(Status.REJECTED).with(new Rejection("x", "2026-01-01T00:00:00Z",
                Status.OK)));
        assertThat(plan.steps()).hasSize(2);
        assertThat(plan.steps().get(0).target().ids()).hasSize(3);
        assertThat(plan.steps().get(0).action()).isEqualTo(new CurationAction.Tag(Set.of(), Set.of("ตรวจแล้ว")));
        assertThat(plan.steps().get(1).action()).isInstanceOf(CurationAction.Restore.class);
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<Set<String>> tags = Arbitraries.of("ข่าว", "ตรวจแล้ว", "web", "ក", "news").set().ofMaxSize(4);
        Arbitrary<Status> status = Arbitraries.of(Status.OK, Status.DUPLICATE, Status.REJECTED);
        Arbitrary<Map<String, String>> meta = Arbitraries.maps(Arbitraries.of("author", "genre", "site"),
                Arbitraries.of("สมชาย", "news", "a.example")).ofMaxSize(3);
        return net.jqwik.api.Combinators.combine(tags, status, meta).as(UndoPlanTest::doc);
    }

    @Provide
    Arbitrary<CurationAction> actions() {
        Arbitrary<Set<String>> some = Arbitraries.of("ข่าว", "ตรวจแล้ว", "web", "ក", "news").set().ofMaxSize(3);
        Arbitrary<CurationAction> tag = net.jqwik.api.Combinators.combine(some, some)
                .filter((add, remove) -> !(add.isEmpty() && remove.isEmpty()))
                .as((add, remove) -> {
                    Set<String> r = new java.util.TreeSet<>(remove);
                    r.removeAll(add);
                    return add.isEmpty() && r.isEmpty() ? new CurationAction.Tag(Set.of("web"), Set.of())
                            : new CurationAction.Tag(add, r);
                });
        Arbitrary<CurationAction> reject = Arbitraries.of("ซ้ำ", "machine-translated", "ซ้ำกับข่าวอื่น")
                .map(reason -> new CurationAction.Reject(reason, "2026-03-04T05:06:07Z"));
        Arbitrary<CurationAction> restore = Arbitraries.just(new CurationAction.Restore());
        Arbitrary<CurationAction> meta = Arbitraries.maps(Arbitraries.of("author", "genre"),
                Arbitraries.of("นภา", "blog")).ofMaxSize(2).flatMap(set -> Arbitraries.of("site", "author")
                .set().ofMaxSize(1).map(unset -> {
                    Map<String, String> s = new HashMap<>(set);
                    Set<String> u = new java.util.HashSet<>(unset);
                    u.removeAll(s.keySet());
                    return s.isEmpty() && u.isEmpty() ? new CurationAction.SetMeta(new TreeMap<>(Map.of("genre",
                            "blog")), Set.of()) : new CurationAction.SetMeta(s, u);
                }));
        return Arbitraries.oneOf(tag, reject, restore, meta);
    }
}
