package org.seacorpus.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.seacorpus.curate.CurationAction;
import org.seacorpus.curate.CurationTarget;
import org.seacorpus.dedupe.DedupeOptions;

/**
 * Curates and deduplicates a corpus in a loop, in its own JVM, until it is killed: {@link AuditCrashTest} kills it
 * with SIGKILL at random moments. Arguments: corpus home, seed, then the ids to act on.
 */
public final class CurationChild {
    private CurationChild() {
    }

    public static void main(String[] args) {
        Corpus corpus = Corpus.open(Path.of(args[0]));
        Random random = new Random(Long.parseLong(args[1]));
        List<String> ids = List.of(args).subList(2, args.length);
        for (int step = 0; ; step++) {
            List<String> chosen = new ArrayList<>();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                chosen.add(ids.get(random.nextInt(ids.size())));
            }
            CurationTarget target = CurationTarget.ofIds(chosen);
            switch (random.nextInt(6)) {
                case 0 -> corpus.curation().apply(target, new CurationAction.Reject("เหตุผล " + step,
                        "2026-12-01T00:00:00Z"), false);
                case 1 -> corpus.curation().apply(target, new CurationAction.Restore(), false);
                case 2 -> corpus.curation().apply(target, new CurationAction.Tag(Set.of("t" + random.nextInt(4)),
                        Set.of()), false);
                case 3 -> corpus.curation().apply(target, new CurationAction.Tag(Set.of(),
                        Set.of("t" + random.nextInt(4))), false);
                case 4 -> corpus.dedupe(DedupeOptions.DEFAULTS.withFull(true), null);
                default -> corpus.undoDuplicates(false, null);
            }
            System.out.println("step " + step);
        }
    }
}
