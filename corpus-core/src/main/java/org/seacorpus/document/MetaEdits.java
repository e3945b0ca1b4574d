package org.seacorpus.document;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The metadata a curator set or removed ({@code corpus meta}), kept apart from the metadata the source gave so
 * that a re-import, which reads the source's metadata again, can apply the curator's edits on top of it.
 *
 * @param set   names and the values the curator gave them
 * @param unset names the curator removed
 */
public record MetaEdits(Map<String, String> set, Set<String> unset) {
    public static final MetaEdits NONE = new MetaEdits(Map.of(), Set.of());

    public MetaEdits {
        set = java.util.Collections.unmodifiableMap(new TreeMap<>(set == null ? Map.of() : set));
        unset = java.util.Collections.unmodifiableSet(new TreeSet<>(unset == null ? Set.of() : unset));
    }

    public boolean isEmpty() {
        return set.isEmpty() && unset.isEmpty();
    }

    /** These edits followed by {@code later} ones: a later set cancels an earlier unset, and the other way. */
    public MetaEdits then(MetaEdits later) {
        Map<String, String> s = new TreeMap<>(set);
        Set<String> u = new TreeSet<>(unset);
        s.keySet().removeAll(later.unset);
        u.removeAll(later.set.keySet());
        s.putAll(later.set);
        u.addAll(later.unset);
        return new MetaEdits(s, u);
    }

    /** The metadata after these edits. */
    public Map<String, String> applyTo(Map<String, String> meta) {
        Map<String, String> out = new TreeMap<>(meta);
        out.putAll(set);
        out.keySet().removeAll(unset);
        return out;
    }
}
