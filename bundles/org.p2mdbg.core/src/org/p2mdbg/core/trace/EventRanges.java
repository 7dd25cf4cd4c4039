package org.p2mdbg.core.trace;

import java.util.Arrays;

/**
 * A set of event indices as sorted, disjoint, non-adjacent half-open ranges [from, to): what a view
 * shows of a filtered trace without copying any event. {@link #event} gives the n-th event of the
 * set in O(log ranges), which is what a lazy (virtual) table viewer asks for a row.
 */
public final class EventRanges {
    private final long[] from;
    private final long[] to;
    /** before[i] = number of events in ranges 0..i-1. */
    private final long[] before;

    private EventRanges(long[] from, long[] to) {
        this.from = from;
        this.to = to;
        this.before = new long[from.length + 1];
        for (int i = 0; i < from.length; i++) {
            before[i + 1] = before[i] + (to[i] - from[i]);
        }
    }

    public int rangeCount() { return from.length; }

    public long from(int range) { return from[range]; }

    public long to(int range) { return to[range]; }

    /** How many events the set holds. */
    public long size() { return before[from.length]; }

    public boolean isEmpty() { return size() == 0; }

    /** The n-th event of the set (0-based). */
    public long event(long n) {
        if (n < 0 || n >= size()) {
            throw new IndexOutOfBoundsException("event #" + n + " of " + size());
        }
        // before[] is strictly increasing (no range is empty): the range is the last one starting at or below n.
        int i = Arrays.binarySearch(before, 0, from.length, n);
        int range = i >= 0 ? i : -i - 2;
        return from[range] + (n - before[range]);
    }

    public boolean contains(long event) {
        int i = Arrays.binarySearch(from, event);
        int range = i >= 0 ? i : -i - 2;
        return range >= 0 && event < to[range];
    }

    /** "{3..5, 9..10}": each range as from..to (to excluded). */
    @Override public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < from.length; i++) {
            b.append(i == 0 ? "" : ", ").append(from[i]).append("..").append(to[i]);
        }
        return b.append('}').toString();
    }

    /** Collects ranges in increasing order, merging a range that touches the previous one. */
    static final class Builder {
        private long[] from = new long[8];
        private long[] to = new long[8];
        private int size;

        void add(long start, long end) {
            if (start >= end) {
                return;
            }
            if (size > 0 && to[size - 1] == start) {
                to[size - 1] = end;
                return;
            }
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            from[size] = start;
            to[size] = end;
            size++;
        }

        EventRanges build() { return new EventRanges(Arrays.copyOf(from, size), Arrays.copyOf(to, size)); }
    }
}
