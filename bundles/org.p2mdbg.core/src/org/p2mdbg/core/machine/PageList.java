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

    private final long firstMfn;
    // links hold frame indices relative to firstMfn; a frame is on the list when it is the head or has a previous link
    private int[] prev = new int[0];
    private int[] next = new int[0];
    private long[] allocated = new long[0];
    private int head = NONE;
    private int tail = NONE;
    private int size;

    /** @param firstMfn the lowest MFN of the machine (no frame below it exists) */
    PageList(long firstMfn) { this.firstMfn = firstMfn; }

    int size() { return size; }

    boolean contains(Mfn page) {
        int i = index(page);
        return i < prev.length && (prev[i] != NONE || head == i);
    }

    /** page_list_add_tail with PGC_allocated set; a page already on the list keeps its place. */
    void addAllocated(Mfn page) {
        if (contains(page)) {
            return;
        }
        int i = index(page);
        ensureCapacity(i + 1);
        prev[i] = tail;
        next[i] = NONE;
        if (tail == NONE) {
            head = i;
        } else {
            next[tail] = i;
        }
        tail = i;
        allocated[i >>> 6] |= 1L << i;
        size++;
    }

    /** page_list_del (and the PGC_allocated bit goes with the page); nothing when it is not on the list. */
    void remove(Mfn page) {
        if (!contains(page)) {
            return;
        }
        int i = index(page);
        int p = prev[i];
        int n = next[i];
        if (p == NONE) {
            head = n;
        } else {
            next[p] = n;
        }
        if (n == NONE) {
            tail = p;
        } else {
            prev[n] = p;
        }
        prev[i] = NONE;
        next[i] = NONE;
        allocated[i >>> 6] &= ~(1L << i);
        size--;
    }

    /** test_and_clear_bit(_PGC_allocated): true when the page had the bit. */
    boolean clearAllocated(Mfn page) {
        if (!contains(page)) {
            return false;
        }
        int i = index(page);
        boolean was = (allocated[i >>> 6] & 1L << i) != 0;
        allocated[i >>> 6] &= ~(1L << i);
        return was;
    }

    /** The first page, or null for an empty list. */
    Mfn first() { return head == NONE ? null : mfn(head); }

    /** The page after {@code page} (which must be on the list), or null at the end. */
    Mfn after(Mfn page) {
        int n = next[index(page)];
        return n == NONE ? null : mfn(n);
    }

    /** The pages in list order. */
    List<Mfn> toList() {
        List<Mfn> out = new ArrayList<>(size);
        for (int i = head; i != NONE; i = next[i]) {
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

    private void ensureCapacity(int needed) {
        if (needed <= prev.length) {
            return;
        }
        int old = prev.length;
        int n = Math.max(needed, Math.max(1024, old * 2));
        prev = Arrays.copyOf(prev, n);
        next = Arrays.copyOf(next, n);
        Arrays.fill(prev, old, n, NONE);
        Arrays.fill(next, old, n, NONE);
        allocated = Arrays.copyOf(allocated, (n + 63) >>> 6);
    }
}
