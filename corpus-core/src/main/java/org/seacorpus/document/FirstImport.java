package org.seacorpus.document;

/**
 * When a document was first stored, kept through every later re-import, so that "the original" of a duplicate
 * cluster ({@code dedupe --keep first}) stays the one imported first even after a newer copy arrived and the
 * original was re-imported with other options. Within one import run the inputs are ordered as the walk found
 * them (name order), not as the workers happened to finish them.
 *
 * @param at       the start of the import run that first stored the document (epoch milliseconds)
 * @param sequence its place in that run: the input's place in the walk, then the document's place in the input
 */
public record FirstImport(long at, long sequence) implements Comparable<FirstImport> {
    @Override
    public int compareTo(FirstImport other) {
        int byRun = Long.compare(at, other.at);
        return byRun != 0 ? byRun : Long.compare(sequence, other.sequence);
    }
}
