package org.seacorpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Chooses the first hits of a concordance in document-id order, then position: the order an unsorted
 * concordance shows, the same however the documents landed in the index (a parallel import stores them in any
 * order; ids come from the content and source, so they do not change). Documents are offered segment by
 * segment with their hits; only as many documents are held as the first {@code limit} hits need, the one with
 * the largest id on top to be dropped first. Once that many are held, a document whose id ordinal in its segment
 * is past the largest held id is passed over without reading its id.
 */
final class FirstDocumentsById {
    /** A document held: where it is, its id, and its hits as {start, end} in text order. */
    record Held(int leaf, int doc, BytesRef id, List<int[]> spans) {
    }

    private final long limit;
    private final PriorityQueue<Held> largestIdFirst =
            new PriorityQueue<>(Comparator.comparing(Held::id, Comparator.reverseOrder()));
    private long hitsHeld;
    private int leaf = -1;
    private SortedDocValues ids;
    /** Ordinals above this one, in the current segment, sort after every id that can still be shown. */
    private long competitiveOrd = Long.MAX_VALUE;

    FirstDocumentsById(int limit) {
        this.limit = Math.max(1, limit);
    }

    /** The next segment; its documents are offered in increasing order. */
    void segment(int leafIndex, SortedDocValues segmentIds) throws IOException {
        this.leaf = leafIndex;
        this.ids = segmentIds;
        updateBound();
    }

    void offer(int doc, List<int[]> spans) throws IOException {
        if (spans.isEmpty()) {
            return;
        }
        BytesRef id;
        if (ids != null && ids.advanceExact(doc)) {
            int ord = ids.ordValue();
            if (ord > competitiveOrd) {
                return;
            }
            id = ids.lookupOrd(ord);
        } else {
            id = new BytesRef(); // no id: sorts first, as Lucene's missing-first default does
        }
        if (full() && id.compareTo(largestIdFirst.peek().id()) >= 0) {
            return;
        }
        largestIdFirst.add(new Held(leaf, doc, BytesRef.deepCopyOf(id), spans));
        hitsHeld += spans.size();
        while (hitsHeld - largestIdFirst.peek().spans().size() >= limit) {
            hitsHeld -= largestIdFirst.poll().spans().size();
        }
        updateBound();
    }

    /** The documents held, smallest id first. */
    List<Held> inIdOrder() {
        List<Held> out = new ArrayList<>(largestIdFirst);
        out.sort(Comparator.comparing(Held::id));
        return out;
    }

    private boolean full() {
        return hitsHeld >= limit;
    }

    private void updateBound() throws IOException {
        if (!full() || ids == null) {
            competitiveOrd = Long.MAX_VALUE;
            return;
        }
        // lookupTerm: the ord of the largest held id if this segment has it, else -(insertion point) - 1
        long found = ids.lookupTerm(largestIdFirst.peek().id());
        competitiveOrd = found >= 0 ? found - 1 : -found - 2;
    }
}
