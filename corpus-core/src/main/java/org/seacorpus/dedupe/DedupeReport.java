package org.seacorpus.dedupe;

import java.util.List;
import java.util.Map;

/**
 * The JSON report of a dedupe run (printed with {@code --json}, appended to {@code runs/}).
 *
 * @param mode         {@code full} or {@code incremental}
 * @param modeReason   why that mode
 * @param documents    live documents in the corpus
 * @param compared     documents compared against the rest (all in a full run; the new ones otherwise)
 * @param clusters     duplicate clusters in the corpus after the run
 * @param duplicates   documents with status duplicate after the run
 * @param changed      documents whose marks changed (or would, in a dry run)
 * @param byLanguage   duplicates and boilerplate-bearing documents per language
 * @param clusterSizes how many clusters have 2, 3, 4, 5–9, 10–99, 100+ members
 * @param boilerplate  the boilerplate line scan, null when not asked for
 * @param schemes      documents per signature scheme (documents of different schemes are never compared)
 * @param phaseMillis  wall time per phase (exact, near, resolve, lines, write) and, as {@code <phase>_cpu}, the
 *                     CPU time the job's thread spent in it (on a busy machine the CPU time is the steadier figure)
 */
public record DedupeReport(String job, String startedAt, long durationMs, boolean dryRun, String mode,
                           String modeReason, Parameters parameters, long documents, long compared, Linking exact,
                           Linking near, long clusters, long duplicates, long changed,
                           Map<String, LanguageCounts> byLanguage, Map<String, Long> clusterSizes,
                           List<ClusterExample> examples, BoilerplateLines.Summary boilerplate,
                           Map<String, Long> schemes, Map<String, Long> phaseMillis) {

    /** The settings the run used, with the LSH candidate probability at the threshold (the S-curve). */
    public record Parameters(List<String> kinds, double threshold, String keep, String verification,
                             int components, int bitsPerComponent, int bands, int rows,
                             double candidateProbabilityAtThreshold, double curveMidpoint, int lineMinDocs,
                             double lineMinShare) {
    }

    /**
     * What one kind of linking looked at.
     *
     * @param groups         groups (exact keys, LSH buckets) with two or more live documents that were examined
     * @param candidatePairs pairs considered
     * @param linkedPairs    pairs joined (verified, for near)
     * @param exactChecks    near pairs decided by the exact Jaccard similarity of their shingles
     */
    public record Linking(long groups, long candidatePairs, long linkedPairs, long exactChecks) {
        static final Linking NONE = new Linking(0, 0, 0, 0);
    }

    /** Duplicates of one language after the run, and documents that contain boilerplate lines. */
    public record LanguageCounts(long exact, long near, long boilerplateDocuments) {
    }

    /** A cluster shown as an example. */
    public record ClusterExample(String cluster, String kind, int size, String kept, List<ClusterMember> members) {
    }

    /** A member of an example cluster with its estimated similarity to the kept one. */
    public record ClusterMember(String id, String source, String part, String lang, String status,
                                double similarity) {
    }

    /**
     * When the corpus's documents are signed under more than one scheme (its settings changed between imports),
     * what that means and what to do: near duplicates are only found among documents of one scheme. Empty when
     * all share one.
     */
    public java.util.Optional<String> mixedSchemes() {
        if (schemes == null || schemes.size() < 2) {
            return java.util.Optional.empty();
        }
        StringBuilder which = new StringBuilder();
        schemes.forEach((scheme, n) -> which.append(which.isEmpty() ? "" : ", ").append(scheme).append(" (")
                .append(n).append(n == 1 ? " document)" : " documents)"));
        return java.util.Optional.of("the documents are signed under " + schemes.size() + " signature schemes: "
                + which + "; near duplicates of two schemes are never compared. Signatures are made at import: to"
                + " compare them all, set dedupe.shingles, dedupe.minhash and dedupe.components in corpus.yaml to one"
                + " scheme's values and import the documents of the others into a new corpus with those settings");
    }

    /** The report once the plan is written: documents changed, the time writing took and the total duration. */
    public DedupeReport withChanged(long newChanged, long writeMillis, long writeCpuMillis, long newDurationMs) {
        Map<String, Long> phases = new java.util.LinkedHashMap<>(phaseMillis);
        phases.put("write", writeMillis);
        phases.put("write_cpu", writeCpuMillis);
        return new DedupeReport(job, startedAt, newDurationMs, dryRun, mode, modeReason, parameters, documents,
                compared, exact, near, clusters, duplicates, newChanged, byLanguage, clusterSizes, examples,
                boilerplate, schemes, phases);
    }
}
