package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.curate.AuditEntry;
import org.seacorpus.curate.CurationAction;
import org.seacorpus.document.Document;
import org.seacorpus.document.Marks;
import org.seacorpus.document.Status;

/**
 * #20, "crash leaves a trace": curation and dedupe killed with SIGKILL at random moments never leave a change in
 * the index without its audit record, nor a record of a change the index does not hold. After each kill:
 * <ul>
 *   <li>replaying the curation records in {@code runs/}, in order, from the marks before the first run gives
 *       exactly each document's tags and rejection (reason) now;</li>
 *   <li>every document whose duplicate cluster changed is listed by a dedupe (or undo) record;</li>
 *   <li>the next writer leaves nothing pending.</li>
 * </ul>
 */
@Tag("reliability")
class AuditCrashTest {
    private static final int ROUNDS = 6;
    private static final String[] SENTENCES = {
        "ชาวนาหมู่บ้านที่ %d เก็บเกี่ยวข้าวหอมมะลิได้มากกว่าปีก่อน เพราะฝนตกตามฤดูกาลและน้ำในคลองพอใช้",
        "កសិករភូមិទី %d ប្រមូលផលស្រូវបានច្រើនជាងឆ្នាំមុន ដោយសារភ្លៀងធ្លាក់ទាន់ពេល និងមានទឹកគ្រប់គ្រាន់",
        "ຊາວບ້ານໝູ່ທີ %d ປູກເຂົ້າໜຽວໄດ້ຫຼາຍກວ່າປີກາຍ ເພາະຝົນຕົກຕາມລະດູ ແລະ ມີນ້ຳພຽງພໍ",
    };

    @TempDir
    Path tmp;

    @Test
    void everyChangeInTheIndexHasItsAuditRecordAfterAKillAtAnyMoment() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int n = 0; n < 24; n++) {
            // pairs of equal texts, so that dedupe has clusters to mark and undo
            Files.writeString(in.resolve("doc-" + n + ".txt"), SENTENCES[n % 3].formatted(n / 2));
        }
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "crash");
        corpus.importFrom(ImportOptions.of(List.of(in)), null);
        Map<String, Marks> initial = marks(corpus);
        Set<String> setupRecords = recordNames(corpus);
        Random random = new Random(20261206L);
        for (int round = 0; round < ROUNDS; round++) {
            killDuringCuration(corpus, new ArrayList<>(initial.keySet()), random.nextLong(), random);
            // a reader first: it may move the record of the last commit into runs/, never delete anything
            List<AuditEntry> trail = corpus.curation().history(null);
            assertConsistent(initial, marks(corpus), trail, setupRecords);
            // then a writer: it settles whatever the kill left pending
            corpus.mark("noop", new org.apache.lucene.search.MatchNoDocsQuery(), m -> m, false, null);
            assertThat(pending(corpus)).as("nothing left pending after a writer opened").isEmpty();
            assertConsistent(initial, marks(corpus), corpus.curation().history(null), setupRecords);
        }
    }

    private void killDuringCuration(Corpus corpus, List<String> ids, long seed, Random random) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), CurationChild.class.getName(),
                corpus.home().dir().toString(), Long.toString(seed)));
        command.addAll(ids);
        int recordsBefore = recordNames(corpus).size();
        int wanted = 1 + random.nextInt(6);
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (recordNames(corpus).size() < recordsBefore + wanted) {
                assertThat(child.isAlive()).as("the child ended: " + Files.readString(tmp.resolve("child.log")))
                        .isTrue();
                assertThat(System.nanoTime()).as("the child wrote no record in time").isLessThan(deadline);
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(40));
        } finally {
            child.destroyForcibly();
            child.waitFor(1, TimeUnit.MINUTES);
        }
    }

    private static void assertConsistent(Map<String, Marks> initial, Map<String, Marks> now, List<AuditEntry> trail,
                                         Set<String> setupRecords) {
        Map<String, Marks> replayed = new HashMap<>(initial);
        Set<String> dedupeListed = new TreeSet<>();
        for (AuditEntry entry : trail) {
            if (setupRecords.contains(entry.file())) {
                continue;
            }
            Map<String, Object> r = entry.report();
            if (entry.kind().startsWith("dedupe")) {
                dedupeListed.addAll(entry.documents());
                continue;
            }
            CurationAction.OnMarks action = switch (String.valueOf(r.get("action"))) {
                case "reject" -> new CurationAction.Reject(String.valueOf(r.get("reason")), "2026-12-01T00:00:00Z");
                case "restore" -> new CurationAction.Restore();
                case "tag" -> new CurationAction.Tag(new TreeSet<>(strings(r.get("tags_added"))),
                        new TreeSet<>(strings(r.get("tags_removed"))));
                default -> null;
            };
            if (action == null) {
                continue;
            }
            for (String id : entry.documents()) {
                replayed.put(id, action.apply(replayed.get(id)));
            }
        }
        for (String id : initial.keySet()) {
            Marks got = now.get(id);
            Marks want = replayed.get(id);
            assertThat(got.tags()).as("tags of %s: every change has its record", id).isEqualTo(want.tags());
            assertThat(reason(got)).as("rejection of %s: every change has its record", id).isEqualTo(reason(want));
            if (!java.util.Objects.equals(cluster(got), cluster(initial.get(id)))) {
                assertThat(dedupeListed).as("dedupe marks of %s changed: a dedupe record lists it", id).contains(id);
            }
        }
    }

    private static String reason(Marks marks) {
        return marks.status() == Status.REJECTED ? marks.rejection() == null ? "?" : marks.rejection().reason()
                : null;
    }

    private static String cluster(Marks marks) {
        return marks.duplicate() == null ? null : marks.duplicate().cluster();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static Map<String, Marks> marks(Corpus corpus) throws IOException {
        Map<String, Marks> out = new HashMap<>();
        for (Document d : ReimportKeepsMarksTest.documents(corpus).values()) {
            out.put(d.id(), d.marks());
        }
        return out;
    }

    private static Set<String> recordNames(Corpus corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus.home().runsDir())) {
            return new TreeSet<>(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList());
        }
    }

    private static List<Path> pending(Corpus corpus) throws IOException {
        Path dir = corpus.home().runsDir().resolve(AuditLog.PENDING);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
