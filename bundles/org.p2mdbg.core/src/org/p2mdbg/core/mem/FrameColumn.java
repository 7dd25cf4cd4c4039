package org.p2mdbg.core.mem;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One long per machine frame, for passes over a trace that follow every frame of a huge guest
 * (owners, references held): pages of 4096 primitive values made on first write, so 16 Mi frames
 * cost 128 MiB of arrays rather than a boxed hash-map entry each. A frame never written holds the
 * column's default.
 */
public final class FrameColumn {
    private static final int PAGE_BITS = 12;
    private static final int PAGE = 1 << PAGE_BITS;

    private final long absent;
    private final Map<Long, long[]> pages = new HashMap<>();
    // the page asked for last, null when it has none: consecutive frames are the common case
    private long lastKey = -1;
    private long[] last;

    /** @param absent what a frame never written holds */
    public FrameColumn(long absent) { this.absent = absent; }

    public long get(long mfn) {
        long[] page = page(mfn, false);
        return page == null ? absent : page[offset(mfn)];
    }

    public void set(long mfn, long value) {
        long[] page = page(mfn, value != absent);
        if (page != null) {
            page[offset(mfn)] = value;
        }
    }

    /** Calls {@code action(mfn, value)} for every frame whose value is not the default, in no particular order. */
    public void forEach(LongBinaryConsumer action) {
        for (Map.Entry<Long, long[]> p : pages.entrySet()) {
            long base = p.getKey() << PAGE_BITS;
            long[] values = p.getValue();
            for (int i = 0; i < PAGE; i++) {
                if (values[i] != absent) {
                    action.accept(base + i, values[i]);
                }
            }
        }
    }

    /** {@code (mfn, value)} → nothing, for {@link #forEach}. */
    @FunctionalInterface
    public interface LongBinaryConsumer {
        void accept(long mfn, long value);
    }

    /** The page of a frame (null when absent and not to be made); the last page asked for, absent or not, is kept. */
    private long[] page(long mfn, boolean create) {
        long key = mfn >>> PAGE_BITS;
        if (key != lastKey) {
            lastKey = key;
            last = pages.get(key);
        }
        if (last == null && create) {
            last = new long[PAGE];
            Arrays.fill(last, absent);
            pages.put(key, last);
        }
        return last;
    }

    private static int offset(long mfn) { return (int) (mfn & (PAGE - 1)); }
}
