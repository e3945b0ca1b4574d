package org.seacorpus.search;

import java.util.ArrayList;
import java.util.Comparator;
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
        Collator collator = Collator.getInstance(lang == null ? ULocale.ROOT : new ULocale(lang));
        Map<String, CollationKey> collated = new HashMap<>();
        List<Keyed<T>> sortable = new ArrayList<>(lines.size());
        for (T line : lines) {
            CollationKey[] keyed = new CollationKey[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                String word = switch (keys.get(k)) {
                    case Position p -> line.wordAt(p.n(), p.left());
                    case Hit h -> line.hit();
                    case Doc d -> null;
                };
                keyed[k] = word == null ? null
                        : collated.computeIfAbsent(WordForm.fold(word), collator::getCollationKey);
            }
            sortable.add(new Keyed<>(line, keyed));
        }
        sortable.sort(comparator());
        lines.clear();
        sortable.forEach(s -> lines.add(s.line()));
    }

    private record Keyed<T extends Sortable>(T line, CollationKey[] keys) {
    }

    private <T extends Sortable> Comparator<Keyed<T>> comparator() {
        return (a, b) -> {
            for (int k = 0; k < keys.size(); k++) {
                int c = keys.get(k) instanceof Doc
                        ? byDocument(a.line(), b.line())
                        : a.keys()[k].compareTo(b.keys()[k]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private static int byDocument(Sortable a, Sortable b) {
        int c = a.source().compareTo(b.source());
        if (c == 0) {
            c = a.part().compareTo(b.part());
        }
        return c != 0 ? c : Integer.compare(a.start(), b.start());
    }
}
