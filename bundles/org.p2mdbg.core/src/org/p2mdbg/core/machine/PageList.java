package org.p2mdbg.core.machine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.p2mdbg.core.mem.Mfn;

/**
 * A domain's d->page_list with each page's PGC_allocated bit. Like Xen's list, which threads
 * through struct page_info, it is intrusive: previous/next links in primitive arrays indexed by
 * frame, so a 64 GiB guest's 16 Mi pages cost 8 bytes each, not a hash-set entry and an Mfn object.
 */
final class PageList {
    private static final int NONE = -1;
    /** Links live in pages of 2^16 frames, allocated as frames join: the list never grows by copying. */
    private static final int PAGE_BITS = 16;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int MASK = PAGE - 1;

    private final long firstMfn;
    // links hold frame indices relative to firstMfn; a frame is on the list when it is the head or has a previous link
    private int[][] prev = new int[0][];
    private int[][] next = new int[0][];
    private long[][] allocated = new long[0][];
    private int head = NONE;
    private int tail = NONE;
    private int size;

    /** @param firstMfn the lowest MFN of the machine (no frame below it exists) */
    PageList(long firstMfn) { this.firstMfn = firstMfn; }

    int size() { return size; }

    boolean contains(Mfn page) { return contains(index(page)); }

    private boolean contains(int i) {
        int p = i >>> PAGE_BITS;
        return p < prev.length && (prev[p][i & MASK] != NONE || head == i);
    }

    /** page_list_add_tail with PGC_allocated set; a page already on the list keeps its place. */
    void addAllocated(Mfn page) {
        int i = index(page);
        if (contains(i)) {
            return;
        }
        ensureCapacity(i);
        prev[i >>> PAGE_BITS][i & MASK] = tail;
        next[i >>> PAGE_BITS][i & MASK] = NONE;
        if (tail == NONE) {
            head = i;
        } else {
            next[tail >>> PAGE_BITS][tail & MASK] = i;
        }
        tail = i;
        allocated[i >>> PAGE_BITS][(i & MASK) >>> 6] |= 1L << i;
        size++;
    }

    /**
     * {@link #addAllocated} of {@code count} contiguous pages from {@code first}, in order. Freshly
     * allocated pages are on no list, so the run is linked in one pass; should one be on the list
     * already, each page is added on its own instead (and that one keeps its place).
     */
    void addAllocatedRun(Mfn first, int count) {
        int start = index(first);
        if (count <= 0) {
            return;
        }
        ensureCapacity(start + count - 1);
        for (int i = start; i < start + count; i++) {
            if (contains(i)) {
                for (int k = 0; k < count; k++) {
                    addAllocated(first.add(k));
                }
                return;
            }
        }
        if (tail == NONE) {
            head = start;
        } else {
            next[tail >>> PAGE_BITS][tail & MASK] = start;
        }
        int before = tail;
        for (int i = start; i < start + count;) {
            int[] p = prev[i >>> PAGE_BITS];
            int[] n = next[i >>> PAGE_BITS];
            long[] bits = allocated[i >>> PAGE_BITS];
            int end = Math.min(start + count, ((i >>> PAGE_BITS) + 1) << PAGE_BITS);
            for (; i < end; i++) {
                p[i & MASK] = i == start ? before : i - 1;
                n[i & MASK] = i + 1;
                bits[(i & MASK) >>> 6] |= 1L << i;
            }
        }
        int last = start + count - 1;
        next[last >>> PAGE_BITS][last & MASK] = NONE;
        tail = last;
        size += count;
    }

    /** page_list_del (and the PGC_allocated bit goes with the page); nothing when it is not on the list. */
    void remove(Mfn page) {
        int i = index(page);
        if (!contains(i)) {
            return;
        }
        int p = prev[i >>> PAGE_BITS][i & MASK];
        int n = next[i >>> PAGE_BITS][i & MASK];
        if (p == NONE) {
            head = n;
        } else {
            next[p >>> PAGE_BITS][p & MASK] = n;
        }
        if (n == NONE) {
            tail = p;
        } else {
            prev[n >>> PAGE_BITS][n & MASK] = p;
        }
        prev[i >>> PAGE_BITS][i & MASK] = NONE;
        next[i >>> PAGE_BITS][i & MASK] = NONE;
        allocated[i >>> PAGE_BITS][(i & MASK) >>> 6] &= ~(1L << i);
        size--;
    }

    /** test_and_clear_bit(_PGC_allocated): true when the page had the bit. */
    boolean clearAllocated(Mfn page) {
        int i = index(page);
        if (!contains(i)) {
            return false;
        }
        long[] bits = allocated[i >>> PAGE_BITS];
        int word = (i & MASK) >>> 6;
        boolean was = (bits[word] & 1L << i) != 0;
        bits[word] &= ~(1L << i);
        return was;
    }

    /** The first page, or null for an empty list. */
    Mfn first() { return head == NONE ? null : mfn(head); }

    /** The page after {@code page} (which must be on the list), or null at the end. */
    Mfn after(Mfn page) {
        int i = index(page);
        int n = next[i >>> PAGE_BITS][i & MASK];
        return n == NONE ? null : mfn(n);
    }

    /** The pages in list order. */
    List<Mfn> toList() {
        List<Mfn> out = new ArrayList<>(size);
        for (int i = head; i != NONE; i = next[i >>> PAGE_BITS][i & MASK]) {
            out.add(mfn(i));
        }
        return out;
    }

    private int index(Mfn page) {
        long i = page.value() - firstMfn;
        if (i < 0 || i > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("no such machine frame: " + page);
        }
        return (int) i;
    }

    private Mfn mfn(int index) { return new Mfn(firstMfn + index); }

    /** Allocates the pages of links up to and including frame index {@code i}. */
    private void ensureCapacity(int i) {
        int needed = (i >>> PAGE_BITS) + 1;
        if (needed <= prev.length) {
            return;
        }
        int old = prev.length;
        prev = Arrays.copyOf(prev, needed);
        next = Arrays.copyOf(next, needed);
        allocated = Arrays.copyOf(allocated, needed);
        for (int p = old; p < needed; p++) {
            prev[p] = new int[PAGE];
            next[p] = new int[PAGE];
            Arrays.fill(prev[p], NONE);
            Arrays.fill(next[p], NONE);
            allocated[p] = new long[PAGE / 64];
        }
    }
}
