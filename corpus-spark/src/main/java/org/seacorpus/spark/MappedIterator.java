package org.seacorpus.spark;

import java.util.Iterator;
import java.util.function.Function;

/** An iterator that maps another lazily: partitions stream through, never collected. */
final class MappedIterator<A, B> implements Iterator<B> {
    private final Iterator<A> in;
    private final Function<A, B> map;

    MappedIterator(Iterator<A> in, Function<A, B> map) {
        this.in = in;
        this.map = map;
    }

    @Override
    public boolean hasNext() {
        return in.hasNext();
    }

    @Override
    public B next() {
        return map.apply(in.next());
    }
}
