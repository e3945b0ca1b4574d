package org.seacorpus.corpus;

import java.util.List;
import java.util.Map;

import org.seacorpus.document.LangSpan;

/**
 * One document whole, as {@code corpus show ID} prints it: what was stored, where it came from, what the stages
 * decided, its curation and its history. Field names are snake_case in JSON; add fields, never rename one.
 *
 * @param id            the full id
 * @param source        the portable source name (what the id hashes, with the part)
 * @param part          the archive entry or dataset row, empty for a whole file
 * @param location      where the file lay on this machine when the document was stored ({@code file:} URI), or
 *                      null; shown to the user of this corpus, never exported
 * @param importedAt    when the document was stored last (ISO-8601)
 * @param text          the normalised text, whole
 * @param original      the text before normalisation, or null when normalisation changed nothing
 * @param normalization the rules that changed the text and how often
 * @param spans         the stretches of the text by language and script, in UTF-16 offsets of {@code text}
 * @param rejection     reason, time and previous status when rejected, else null
 * @param cluster       the duplicate cluster with its members (the kept one first), or null
 * @param quality       the quality signals measured at import, by name (empty when none were stored)
 * @param history       the audit-trail entries that changed this document, oldest first
 */
public record DocumentView(String id, String source, String part, String location, String title, String url,
                           String mime, String encoding, String importedAt, Map<String, String> meta, String text,
                           String original, Map<String, Integer> normalization, String lang, String script,
                           double langScore, boolean langForced, List<LangSpan> spans, long chars, long words,
                           long sentences, String status, List<String> tags, Rejection rejection, String duplicateOf,
                           Cluster cluster, Map<String, Double> quality, List<HistoryEntry> history) {

    /** Why and when it was rejected, and the status it had before. */
    public record Rejection(String reason, String at, String previous) {
    }

    /** Its duplicate cluster: the name and every member, the kept one first. */
    public record Cluster(String name, List<Member> members) {
    }

    /** A member of the cluster, with its similarity to the kept member (estimated and exact Jaccard). */
    public record Member(String id, String source, String part, String status, double similarity, double jaccard) {
    }

    /** One run of the audit trail that changed the document. */
    public record HistoryEntry(String at, String kind, String summary) {
    }
}
