package org.seacorpus.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.seacorpus.index.WordForm;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Sort order of a concordance, read from keys such as {@code 1R,2R} (AntConc's and CQPweb's notation): {@code NL}
 * is the N-th word left of the hit, {@code NR} the N-th word right of it; {@code left} means {@code 1L},
 * {@code right} means {@code 1R}; {@code hit} sorts by the matched text and {@code doc} by source, part and
 * position. Later keys break ties of earlier ones; remaining ties keep corpus order (the sort is stable).
 * Words compare by the language's collation (ICU: Thai and Lao order ignores a leading vowel as their
 * dictionaries do), on folded forms; each distinct word is collated once.
 */
public final class KwicSort {
    /** What sorting reads of a concordance hit ({@link KwicLine} is one; the concordance sorts lighter ones). */
    public interface Sortable {
        /** The word at a context position ({@code 1L} the word just before the hit), or "" when there is none. */
        String wordAt(int position, boolean leftSide);

        String hit();

        String source();

        String part();

        /** Offset of the hit in the document's text. */
        int start();
    }

    private sealed interface Key permits Position, Hit, Doc {
    }

    private record Position(int n, boolean left) implements Key {
    }

    private record Hit() implements Key {
    }

    private record Doc() implements Key {
    }

    private final List<Key> keys;

    private KwicSort(List<Key> keys) {
        this.keys = keys;
    }

    public static KwicSort parse(String spec) {
        List<Key> keys = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String key = raw.strip().toUpperCase(Locale.ROOT);
            switch (key) {
                case "LEFT" -> keys.add(new Position(1, true));
                case "RIGHT" -> keys.add(new Position(1, false));
                case "HIT", "KWIC", "NODE" -> keys.add(new Hit());
                case "DOC" -> keys.add(new Doc());
                default -> keys.add(position(raw.strip()));
            }
        }
        return new KwicSort(keys);
    }

    private static Position position(String key) {
        if (key.length() >= 2 && key.substring(0, key.length() - 1).chars().allMatch(Character::isDigit)) {
            char side = Character.toUpperCase(key.charAt(key.length() - 1));
            int n = Integer.parseInt(key.substring(0, key.length() - 1));
            if (n >= 1 && (side == 'L' || side == 'R')) {
                return new Position(n, side == 'L');
            }
        }
        throw new IllegalArgumentException("unknown sort key '" + key + "'; use left, right, hit, doc or a position "
                + "such as 1L, 2L, 1R, 2R (several separated by commas: 1R,2R)");
    }

    /** The most words left of a hit any key looks at (0: none). */
    public int wordsLeft() {
        return keys.stream().mapToInt(k -> k instanceof Position p && p.left() ? p.n() : 0).max().orElse(0);
    }

    /** The most words right of a hit any key looks at. */
    public int wordsRight() {
        return keys.stream().mapToInt(k -> k instanceof Position p && !p.left() ? p.n() : 0).max().orElse(0);
    }

    /** True when a key reads the hit's text or its document's source and part (stored fields). */
    public boolean readsStoredFields() {
        return keys.stream().anyMatch(k -> !(k instanceof Position));
    }

    /** Sorts {@code lines} in place; {@code lang} chooses the collation (null: the root collation). */
    public <T extends Sortable> void sort(List<T> lines, String lang) {
        sortFirst(lines, lang, lines.size());
    }

    /**
     * Puts the first {@code limit} lines of the sorted order first, in order, and leaves the others after them in
     * no particular order: what a concordance that shows {@code limit} of its lines needs. Each distinct word is
     * folded and collated once and given its rank among the words of these lines (words the collation finds equal
     * share a rank), so that lines compare by ints; the first lines are chosen with a bounded heap, about one
     * comparison per line instead of a sort's log n.
     */
    public <T extends Sortable> void sortFirst(List<T> lines, String lang, int limit) {
        int n = lines.size();
        int k = Math.max(0, Math.min(limit, n));
        if (n < 2 || k == 0) {
            return;
        }
        int width = keys.size();
        int[] ranks = ranks(lines, lang);
        IntComparator order = (a, b) -> {
            for (int key = 0; key < width; key++) {
                int c = keys.get(key) instanceof Doc ? byDocument(lines.get(a), lines.get(b))
                        : Integer.compare(ranks[a * width + key], ranks[b * width + key]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a, b); // stable: ties keep the order collected (document id, then position)
        };
        int[] chosen = smallest(n, k, order);
        List<T> out = new ArrayList<>(n);
        boolean[] taken = new boolean[n];
        for (int i : chosen) {
            out.add(lines.get(i));
            taken[i] = true;
        }
        for (int i = 0; i < n; i++) {
            if (!taken[i]) {
                out.add(lines.get(i));
            }
        }
        lines.clear();
        lines.addAll(out);
    }

    /** Orders two line indices. */
    @FunctionalInterface
    private interface IntComparator {
        int compare(int a, int b);
    }

    /** For each line and key, the rank of its word among the distinct words of all lines ({@code Doc}: 0). */
    private <T extends Sortable> int[] ranks(List<T> lines, String lang) {
        int width = keys.size();
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        int[] out = new int[lines.size() * width];
        for (int i = 0; i < lines.size(); i++) {
            T line = lines.get(i);
            for (int key = 0; key < width; key++) {
                String word = switch (keys.get(key)) {
                    case Position p -> line.wordAt(p.n(), p.left());
                    case Hit h -> line.hit();
                    case Doc d -> null;
                };
                if (word != null) {
                    Integer id = ids.get(word);
                    if (id == null) {
                        id = words.size();
                        ids.put(word, id);
                        words.add(word);
                    }
                    out[i * width + key] = id;
                }
            }
        }
        Collator collator = Collator.getInstance(lang == null ? ULocale.ROOT : new ULocale(lang));
        Map<String, CollationKey> byFolded = new HashMap<>();
        CollationKey[] collated = new CollationKey[words.size()];
        Integer[] byKey = new Integer[words.size()];
        for (int w = 0; w < collated.length; w++) {
            collated[w] = byFolded.computeIfAbsent(WordForm.fold(words.get(w)), collator::getCollationKey);
            byKey[w] = w;
        }
        java.util.Arrays.sort(byKey, (a, b) -> collated[a].compareTo(collated[b]));
        int[] rank = new int[collated.length];
        for (int r = 0, current = 0; r < byKey.length; r++) {
            if (r > 0 && collated[byKey[r]].compareTo(collated[byKey[r - 1]]) != 0) {
                current = r;
            }
            rank[byKey[r]] = current;
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int key = 0; key < width; key++) {
                if (!(keys.get(key) instanceof Doc)) {
                    out[i * width + key] = rank[out[i * width + key]];
                }
            }
        }
        return out;
    }

    /** The {@code k} smallest of {@code 0..n-1} by {@code order}, in order (a bounded max-heap, then a sort). */
    private static int[] smallest(int n, int k, IntComparator order) {
        int[] heap = new int[k];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (size < k) {
                heap[size] = i;
                up(heap, size++, order);
            } else if (order.compare(i, heap[0]) < 0) {
                heap[0] = i;
                down(heap, size, order);
            }
        }
        Integer[] sorted = new Integer[size];
        for (int i = 0; i < size; i++) {
            sorted[i] = heap[i];
        }
        java.util.Arrays.sort(sorted, order::compare);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = sorted[i];
        }
        return out;
    }

    private static void up(int[] heap, int i, IntComparator order) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (order.compare(heap[i], heap[parent]) <= 0) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[parent];
            heap[parent] = t;
            i = parent;
        }
    }

    private static void down(int[] heap, int size, IntComparator order) {
        int i = 0;
        while (true) {
            int largest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && order.compare(heap[left], heap[largest]) > 0) {
                largest = left;
            }
            if (right < size && order.compare(heap[right], heap[largest]) > 0) {
                largest = right;
            }
            if (largest == i) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[largest];
            heap[largest] = t;
            i = largest;
        }
    }

    private static int byDocument(Sortable a, Sortable b) {
        int c = a.source().compareTo(b.source());
        if (c == 0) {
            c = a.part().compareTo(b.part());
        }
        return c != 0 ? c : Integer.compare(a.start(), b.start());
    }
}
