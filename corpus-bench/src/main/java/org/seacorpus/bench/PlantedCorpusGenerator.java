package org.seacorpus.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.seacorpus.segment.Segmenters;

/**
 * Generates a corpus with planted duplicates and its ground truth, deterministically: documents in families,
 * each family a base made of fresh sentences (see {@link SentenceMutator}) in one language, and copies of it:
 * <ul>
 *   <li>exact: {@code copy} (byte-identical), {@code reformat} (other line breaks and spacing, the last full stop
 *       dropped, the first letter's case changed: equal only after folding);</li>
 *   <li>near: {@code drop} (one sentence left out), {@code replace} (one sentence swapped for a fresh one),
 *       {@code move} (one sentence moved elsewhere), {@code edit} (one word deleted or replaced in three
 *       sentences), {@code two-edits} (a sentence dropped and another replaced);</li>
 *   <li>{@code hard-negative}: a third of the base's sentences and two thirds fresh ones, in its own family.</li>
 * </ul>
 * Languages are drawn uniformly from the pool. Documents come out family by family, as an iterator, so a million
 * of them never sit in memory.
 */
public final class PlantedCorpusGenerator implements Iterable<GeneratedDoc> {
    static final List<String> NEAR_KINDS = List.of("drop", "replace", "move", "edit", "two-edits");

    private final SentencePool pool;
    private final GeneratorOptions options;
    private final Map<String, SentenceMutator> mutators = new TreeMap<>();
    private final List<String> languages;

    public PlantedCorpusGenerator(SentencePool pool, Segmenters segmenters, GeneratorOptions options) {
        this.pool = pool;
        this.options = options;
        pool.languages().forEach((lang, language) ->
                mutators.put(lang, new SentenceMutator(language, segmenters.forLanguage(lang))));
        this.languages = List.copyOf(mutators.keySet());
    }

    public List<String> languages() {
        return languages;
    }

    @Override
    public Iterator<GeneratedDoc> iterator() {
        return new Iterator<>() {
            private final SplittableRandom random = new SplittableRandom(options.seed());
            private final List<GeneratedDoc> pending = new ArrayList<>();
            private long produced;
            private long family;

            @Override
            public boolean hasNext() {
                return produced < options.documents();
            }

            @Override
            public GeneratedDoc next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (pending.isEmpty()) {
                    family(family++, random, pending);
                }
                produced++;
                return pending.remove(0);
            }

            private void family(long number, SplittableRandom r, List<GeneratedDoc> out) {
                String lang = languages.get(r.nextInt(languages.size()));
                SentenceMutator mutator = mutators.get(lang);
                String familyId = "f" + number;
                int n = 8 + r.nextInt(7);
                List<String> base = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    base.add(mutator.fresh(r));
                }
                String baseId = id(produced + out.size());
                out.add(new GeneratedDoc(baseId, familyId, "base", lang, baseId, join(base, lang)));
                if (r.nextDouble() < options.exactShare()) {
                    boolean copy = r.nextBoolean();
                    out.add(new GeneratedDoc(id(produced + out.size()), familyId, copy ? "copy" : "reformat", lang,
                            baseId, copy ? join(base, lang) : reformat(base, lang)));
                }
                if (r.nextDouble() < options.nearShare()) {
                    int copies = 1 + r.nextInt(3);
                    for (int c = 0; c < copies; c++) {
                        String kind = NEAR_KINDS.get(r.nextInt(NEAR_KINDS.size()));
                        out.add(new GeneratedDoc(id(produced + out.size()), familyId, kind, lang, baseId,
                                join(near(kind, base, mutator, r), lang)));
                    }
                }
                if (r.nextDouble() < options.negativeShare()) {
                    String id = id(produced + out.size());
                    out.add(new GeneratedDoc(id, "f" + number + "-negative", "hard-negative", lang, baseId,
                            join(hardNegative(base, mutator, r), lang)));
                }
            }
        };
    }

    static String id(long index) {
        return String.format("g%08d", index);
    }

    private static List<String> near(String kind, List<String> base, SentenceMutator mutator, SplittableRandom r) {
        List<String> s = new ArrayList<>(base);
        switch (kind) {
            case "drop" -> s.remove(r.nextInt(s.size()));
            case "replace" -> s.set(r.nextInt(s.size()), mutator.fresh(r));
            case "move" -> {
                int from = r.nextInt(s.size());
                String moved = s.remove(from);
                int to = r.nextInt(s.size());
                s.add(to >= from ? to + 1 : to, moved); // anywhere but where it was
            }
            case "edit" -> {
                for (int e = 0; e < 3; e++) {
                    int i = r.nextInt(s.size());
                    s.set(i, mutator.smallEdit(s.get(i), r));
                }
            }
            case "two-edits" -> {
                s.remove(r.nextInt(s.size()));
                s.set(r.nextInt(s.size()), mutator.fresh(r));
            }
            default -> throw new IllegalArgumentException("unknown near-duplicate kind " + kind);
        }
        return s;
    }

    private static List<String> hardNegative(List<String> base, SentenceMutator mutator, SplittableRandom r) {
        int shared = (base.size() + 2) / 3;
        List<String> out = new ArrayList<>();
        int start = r.nextInt(base.size() - shared + 1);
        out.addAll(base.subList(start, start + shared));
        int fresh = base.size() - shared;
        for (int i = 0; i < fresh; i++) {
            out.add(r.nextInt(out.size() + 1), mutator.fresh(r));
        }
        return out;
    }

    /** Paragraphs of four sentences; Chinese sentences are not separated by spaces. */
    static String join(List<String> sentences, String lang) {
        String space = lang.equals("zh") ? "" : " ";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                out.append(i % 4 == 0 ? "\n\n" : space);
            }
            out.append(sentences.get(i));
        }
        return out.toString();
    }

    /** The same sentences one per line, with doubled spaces, no final full stop and the first letter's case turned. */
    private static String reformat(List<String> sentences, String lang) {
        String text = String.join("\n", sentences).replace(" ", "  ");
        int last = text.length() - 1;
        if (last > 0 && ".。។။!?".indexOf(text.charAt(last)) >= 0) {
            text = text.substring(0, last);
        }
        int first = text.codePointAt(0);
        int turned = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
        return new StringBuilder().appendCodePoint(turned).append(text.substring(Character.charCount(first)))
                .toString();
    }
}
