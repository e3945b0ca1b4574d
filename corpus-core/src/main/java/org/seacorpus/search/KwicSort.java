package org.seacorpus.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
 * dictionaries do), on folded forms.
 */
public final class KwicSort {
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

    /** Sorts {@code lines} in place; {@code lang} chooses the collation (null: the root collation). */
    public void sort(List<KwicLine> lines, String lang) {
        Collator collator = Collator.getInstance(lang == null ? ULocale.ROOT : new ULocale(lang));
        List<Sortable> sortable = new ArrayList<>(lines.size());
        for (KwicLine line : lines) {
            CollationKey[] collated = new CollationKey[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                collated[k] = switch (keys.get(k)) {
                    case Position p -> collator.getCollationKey(line.wordAt(p.n(), p.left()));
                    case Hit h -> collator.getCollationKey(WordForm.fold(line.hit()));
                    case Doc d -> null;
                };
            }
            sortable.add(new Sortable(line, collated));
        }
        sortable.sort(comparator());
        lines.clear();
        sortable.forEach(s -> lines.add(s.line()));
    }

    private record Sortable(KwicLine line, CollationKey[] keys) {
    }

    private Comparator<Sortable> comparator() {
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

    private static int byDocument(KwicLine a, KwicLine b) {
        int c = a.source().compareTo(b.source());
        if (c == 0) {
            c = a.part().compareTo(b.part());
        }
        return c != 0 ? c : Integer.compare(a.start(), b.start());
    }
}
