package org.seacorpus.index;

import java.util.Map;
import java.util.WeakHashMap;

import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * The fields of a whole index ({@link FieldInfos#getMergedFieldInfos}), worked out once per reader. Merging walks
 * every field of every segment; every search asks (which fields are filters, which languages have text), so a
 * long-running reader such as {@code corpus serve} spent more on this than on small searches. A reader's fields
 * never change, so the answer is kept as long as the reader lives (keyed weakly by its cache key).
 */
public final class MergedFieldInfos {
    private static final Map<IndexReader.CacheKey, FieldInfos> BY_READER = new WeakHashMap<>();

    private MergedFieldInfos() {
    }

    public static FieldInfos of(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return FieldInfos.getMergedFieldInfos(reader);
        }
        IndexReader.CacheKey key = helper.getKey();
        synchronized (BY_READER) {
            FieldInfos known = BY_READER.get(key);
            if (known != null) {
                return known;
            }
        }
        FieldInfos merged = FieldInfos.getMergedFieldInfos(reader);
        synchronized (BY_READER) {
            BY_READER.put(key, merged);
        }
        return merged;
    }
}
