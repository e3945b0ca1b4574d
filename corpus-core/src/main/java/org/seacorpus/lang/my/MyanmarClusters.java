package org.seacorpus.lang.my;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Cuts Burmese text into clusters (an optional kinzi, a base letter, and its stacked consonants and dependent
 * signs) so that the storage-order rules can rewrite one cluster at a time. A vowel sign E (ေ) or medial ra (ြ)
 * typed before its consonant, as it is seen on screen, with nothing before it to belong to, is taken into the
 * cluster of the consonant that follows. Clusters holding anything irregular (a virama with nothing to stack, a
 * joiner) are copied as they are. Pure functions; thread-safe.
 */
final class MyanmarClusters {
    /** One dependent part: its UTN #11 rank and its characters (one sign, or virama + consonant). */
    record Part(int rank, String text) {
    }

    private MyanmarClusters() {
    }

    /** What a pass over the clusters does. */
    enum Job {
        /** Sort the signs into storage order, taking in a ေ or ြ typed before its consonant. */
        REORDER(MyanmarClusters::sort, true),
        /** Drop a sign typed twice in a row. */
        DEDUPLICATE(MyanmarClusters::dropDuplicates, false);

        final ToIntFunction<List<Part>> fix;
        final boolean moveStrays;

        Job(ToIntFunction<List<Part>> fix, boolean moveStrays) {
            this.fix = fix;
            this.moveStrays = moveStrays;
        }

        /** A cheap look at the signs of one cluster, line[from, to), before parsing it. */
        boolean mayNeedFix(String line, int from, int to) {
            return this == REORDER ? unordered(line, from, to) : doubled(line, from, to);
        }
    }

    /**
     * Does {@code job} on every cluster of every Burmese line; see {@link #rewriteLine}. Lines with Shan, Mon or
     * Karen letters are copied.
     */
    static String rewrite(String text, Job job, int[] changes) {
        StringBuilder out = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            String fixed = MyanmarChars.hasMyanmar(line) && MyanmarChars.isBurmeseOnly(line)
                    ? rewriteLine(line, job, changes) : line;
            if (fixed != line && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, start);
            }
            if (out != null) {
                out.append(fixed);
                if (end < text.length()) {
                    out.append('\n');
                }
            }
            start = end + 1;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Rewrites the clusters of one line; returns the line itself when nothing changed. When the job moves strays,
     * a ေ or ြ typed before its consonant is taken into that consonant's cluster (one change).
     */
    static String rewriteLine(String line, Job job, int[] changes) {
        StringBuilder out = new StringBuilder(line.length());
        int made = 0;
        int i = 0;
        while (i < line.length()) {
            int strayEnd = i;
            boolean open = !job.moveStrays
                    || (i > 0 && (MyanmarChars.isBase(line.charAt(i - 1)) || MyanmarChars.isSign(line.charAt(i - 1))));
            while (!open && strayEnd < line.length()
                    && (line.charAt(strayEnd) == '\u1031' || line.charAt(strayEnd) == '\u103C')) {
                strayEnd++;
            }
            int baseAt = kinziEnd(line, strayEnd);
            if (strayEnd > i && !(baseAt < line.length() && MyanmarChars.isConsonant(line.charAt(baseAt)))) {
                out.append(line, i, strayEnd);
                i = strayEnd;
                continue;
            }
            if (baseAt >= line.length() || !MyanmarChars.isBase(line.charAt(baseAt))) {
                out.append(line.charAt(i));
                i++;
                continue;
            }
            int end = signsEnd(line, baseAt + 1);
            boolean look = strayEnd > i || (end - baseAt > 2 && job.mayNeedFix(line, baseAt + 1, end));
            List<Part> parts = look ? parse(line, i, strayEnd, baseAt, end) : null;
            int cluster = parts == null ? 0 : Math.max(job.fix.applyAsInt(parts), strayEnd > i ? 1 : 0);
            if (cluster > 0) {
                out.append(line, strayEnd, baseAt).append(line.charAt(baseAt));
                parts.forEach(p -> out.append(p.text()));
                made += cluster;
            } else {
                out.append(line, i, end);
            }
            i = end;
        }
        changes[0] += made;
        return made == 0 ? line : out.toString();
    }

    /** Skips a kinzi (င + ် + ္) that stands before a consonant; returns the index of the cluster's base. */
    private static int kinziEnd(String line, int at) {
        boolean kinzi = at + 3 < line.length() && line.charAt(at) == MyanmarChars.NGA
                && line.charAt(at + 1) == MyanmarChars.ASAT_SIGN && line.charAt(at + 2) == MyanmarChars.VIRAMA
                && MyanmarChars.isConsonant(line.charAt(at + 3));
        return kinzi ? at + 3 : at;
    }

    private static int signsEnd(String line, int from) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == MyanmarChars.VIRAMA && i + 1 < line.length() && MyanmarChars.isConsonant(line.charAt(i + 1))) {
                i += 2;
            } else if (MyanmarChars.isSign(c)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Stray left-side signs, the signs after the base, as parts; null if the cluster is irregular. */
    private static List<Part> parse(String line, int strayStart, int strayEnd, int baseAt, int end) {
        List<Part> parts = new ArrayList<>();
        for (int k = strayStart; k < strayEnd; k++) {
            parts.add(new Part(MyanmarChars.rank(line.charAt(k)), String.valueOf(line.charAt(k))));
        }
        int i = baseAt + 1;
        while (i < end) {
            char c = line.charAt(i);
            char next = i + 1 < end ? line.charAt(i + 1) : 0;
            if (c == MyanmarChars.VIRAMA) {
                if (!MyanmarChars.isConsonant(next)) {
                    return null;
                }
                parts.add(new Part(MyanmarChars.STACKED, line.substring(i, i + 2)));
                i += 2;
            } else if (c == MyanmarChars.ASAT_SIGN && next == MyanmarChars.VIRAMA) {
                return null;
            } else if (c == MyanmarChars.ASAT_SIGN && i == baseAt + 1) {
                parts.add(new Part(MyanmarChars.CONTRACTION_ASAT, String.valueOf(c)));
                i++;
            } else {
                parts.add(new Part(MyanmarChars.rank(c), String.valueOf(c)));
                i++;
            }
        }
        placeContractionAsat(parts);
        return parts;
    }

    /**
     * An asat typed later in a contraction than its place (ကျ်ား for က်ျား: medial, asat, aa) is the contraction's
     * asat, not a final one, when a medial, lower vowel or aa follows it and the cluster holds a medial or a lower
     * vowel: sorting it as a final asat would give ကျာ်း, which is neither spelling. It takes the contraction's rank.
     */
    private static void placeContractionAsat(List<Part> parts) {
        int asat = -1;
        boolean carrier = false;
        for (int k = 0; k < parts.size(); k++) {
            int rank = parts.get(k).rank();
            if (rank == MyanmarChars.CONTRACTION_ASAT) {
                return;
            }
            carrier |= isContractionSign(rank) && rank != MyanmarChars.A_VOWEL;
            if (rank == MyanmarChars.ASAT && asat < 0) {
                asat = k;
            }
        }
        if (asat < 0 || !carrier) {
            return;
        }
        for (int k = asat + 1; k < parts.size(); k++) {
            if (isContractionSign(parts.get(k).rank())) {
                parts.set(asat, new Part(MyanmarChars.CONTRACTION_ASAT, parts.get(asat).text()));
                return;
            }
        }
    }

    private static boolean isContractionSign(int rank) {
        return (rank >= MyanmarChars.MEDIAL_Y && rank <= MyanmarChars.MEDIAL_H) || rank == MyanmarChars.LOWER_VOWEL
                || rank == MyanmarChars.A_VOWEL;
    }

    /** True when the signs of line[from, to) are not in UTN #11 order (a cheap look before parsing). */
    private static boolean unordered(String line, int from, int to) {
        int previous = 0;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            int rank = c == MyanmarChars.VIRAMA ? MyanmarChars.STACKED
                    : c == MyanmarChars.ASAT_SIGN && i == from ? MyanmarChars.CONTRACTION_ASAT : MyanmarChars.rank(c);
            if (c == MyanmarChars.VIRAMA) {
                i++;
            }
            if (rank < previous) {
                return true;
            }
            previous = rank;
        }
        return false;
    }

    /** True when line[from, to) holds the same sign twice in a row. */
    private static boolean doubled(String line, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (line.charAt(i) == line.charAt(i - 1) && MyanmarChars.rank(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Sorts parts into UTN #11 order, stably; one change per cluster that moved. */
    static int sort(List<Part> parts) {
        List<Part> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt(Part::rank));
        if (sorted.equals(parts)) {
            return 0;
        }
        parts.clear();
        parts.addAll(sorted);
        return 1;
    }

    /** Drops a sign equal to the one before it (stacked consonants are kept). */
    static int dropDuplicates(List<Part> parts) {
        int changes = 0;
        for (int i = 1; i < parts.size(); i++) {
            // by text, not rank: a doubled asat after the base is a contraction's asat and a final one
            if (parts.get(i).rank() != MyanmarChars.STACKED && parts.get(i).text().equals(parts.get(i - 1).text())) {
                parts.remove(i);
                i--;
                changes++;
            }
        }
        return changes;
    }
}
