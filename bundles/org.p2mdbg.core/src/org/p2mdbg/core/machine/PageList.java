package org.p2mdbg.core.machine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.p2mdbg.core.mem.Mfn;

/**
 * A domain's d->page_list with each page's PGC_allocated bit, kept as runs of contiguous frames in
 * list order. alloc_domheap_pages hands out a contiguous extent and assign_pages appends it page by
 * page, so a populated guest's list is a handful of runs: a 64 GiB guest costs a few objects and
 * its 2 MiB of allocated bits, not 8 bytes of links per page (which the collector also had to copy).
 * A page removed from the middle of a run splits it.
 */
final class PageList {
    /** A run of frames (indices relative to firstMfn) that follow each other on the list. */
    private static final class Run {
        long start;
        long end;   // exclusive
        Run prev;
        Run next;

        Run(long start, long end) {
            this.start = start;
            this.end = end;
        }
    }

    /** The allocated bits live in pages of 2^16 frames, made when a frame of the page first joins. */
    private static final int PAGE_BITS = 16;
    private static final int MASK = (1 << PAGE_BITS) - 1;

    private final long firstMfn;
    /**
     * Every run by its last frame: runs never overlap, so the run holding a frame is the ceiling
     * entry. Keyed by the end because relinquish_memory takes pages off the head of the list: the
     * first run shrinks from its start, page by page, and keeps its key.
     */
    private final TreeMap<Long, Run> byLast = new TreeMap<>();
    private Run head;
    private Run tail;
    private long[][] allocated = new long[0][];
    private int size;

    /** @param firstMfn the lowest MFN of the machine (no frame below it exists) */
    PageList(long firstMfn) { this.firstMfn = firstMfn; }

    int size() { return size; }

    boolean contains(Mfn page) { return runOf(index(page)) != null; }

    /** page_list_add_tail with PGC_allocated set; a page already on the list keeps its place. */
    void addAllocated(Mfn page) {
        long i = index(page);
        if (runOf(i) == null) {
            append(i, 1);
        }
    }

    /**
     * {@link #addAllocated} of {@code count} contiguous pages from {@code first}, in order. Freshly
     * allocated pages are on no list, so the run joins at once; should one be on the list already,
     * each page is added on its own instead (and that one keeps its place).
     */
    void addAllocatedRun(Mfn first, int count) {
        if (count <= 0) {
            return;
        }
        long start = index(first);
        long end = index(first.add(count - 1)) + 1;
        Map.Entry<Long, Run> above = byLast.ceilingEntry(start);
        if (above != null && above.getValue().start < end) {
            for (int k = 0; k < count; k++) {
                addAllocated(first.add(k));
            }
            return;
        }
        append(start, count);
    }

    /** page_list_del (and the PGC_allocated bit goes with the page); nothing when it is not on the list. */
    void remove(Mfn page) {
        long i = index(page);
        Run r = runOf(i);
        if (r == null) {
            return;
        }
        setAllocated(i, false);
        size--;
        if (r.start == i && r.end == i + 1) {
            unlink(r);
        } else if (r.start == i) {
            r.start++;
        } else if (r.end == i + 1) {
            byLast.remove(r.end - 1);
            r.end--;
            byLast.put(r.end - 1, r);
        } else {
            // the run splits around the page: it keeps its second half (and its key); the first half goes before it
            Run before = new Run(r.start, i);
            r.start = i + 1;
            before.next = r;
            before.prev = r.prev;
            if (r.prev == null) {
                head = before;
            } else {
                r.prev.next = before;
            }
            r.prev = before;
            byLast.put(i - 1, before);
        }
    }

    /** test_and_clear_bit(_PGC_allocated): true when the page had the bit. */
    boolean clearAllocated(Mfn page) {
        long i = index(page);
        if (runOf(i) == null) {
            return false;
        }
        boolean was = isAllocated(i);
        setAllocated(i, false);
        return was;
    }

    /** The first page, or null for an empty list. */
    Mfn first() { return head == null ? null : mfn(head.start); }

    /** The page after {@code page} (which must be on the list), or null at the end. */
    Mfn after(Mfn page) {
        long i = index(page);
        Run r = runOf(i);
        if (r == null) {
            throw new IllegalArgumentException("frame " + page + " is not on the page list");
        }
        if (i + 1 < r.end) {
            return mfn(i + 1);
        }
        return r.next == null ? null : mfn(r.next.start);
    }

    /** The pages in list order. */
    List<Mfn> toList() {
        List<Mfn> out = new ArrayList<>(size);
        for (Run r = head; r != null; r = r.next) {
            for (long i = r.start; i < r.end; i++) {
                out.add(mfn(i));
            }
        }
        return out;
    }

    /** How many runs the list is made of (for tests: a populated guest's list stays a few runs). */
    int runs() { return byLast.size(); }

    private Run runOf(long i) {
        Map.Entry<Long, Run> e = byLast.ceilingEntry(i);
        return e != null && e.getValue().start <= i ? e.getValue() : null;
    }

    /** Appends frames start..start+count-1 (none on the list) at the tail, growing the tail run when they follow it. */
    private void append(long start, long count) {
        if (tail != null && tail.end == start) {
            byLast.remove(tail.end - 1);
            tail.end += count;
            byLast.put(tail.end - 1, tail);
        } else {
            Run r = new Run(start, start + count);
            r.prev = tail;
            if (tail == null) {
                head = r;
            } else {
                tail.next = r;
            }
            tail = r;
            byLast.put(r.end - 1, r);
        }
        setAllocatedRange(start, start + count);
        size += (int) count;
    }

    private void unlink(Run r) {
        byLast.remove(r.end - 1);
        if (r.prev == null) {
            head = r.next;
        } else {
            r.prev.next = r.next;
        }
        if (r.next == null) {
            tail = r.prev;
        } else {
            r.next.prev = r.prev;
        }
    }

    private boolean isAllocated(long i) {
        int p = (int) (i >>> PAGE_BITS);
        return p < allocated.length && allocated[p] != null && (allocated[p][(int) (i & MASK) >>> 6] & 1L << i) != 0;
    }

    private void setAllocated(long i, boolean value) {
        long[] bits = bitsFor(i, value);
        if (bits != null) {
            int word = (int) (i & MASK) >>> 6;
            bits[word] = value ? bits[word] | 1L << i : bits[word] & ~(1L << i);
        }
    }

    /** Sets the bits of frames from..to-1, a word at a time. */
    private void setAllocatedRange(long from, long to) {
        for (long i = from; i < to;) {
            long[] bits = bitsFor(i, true);
            if ((i & 63) == 0 && to - i >= 64) {
                int word = (int) (i & MASK) >>> 6;
                int words = (int) Math.min((to - i) >>> 6, (MASK + 1 - (i & MASK)) >>> 6);
                Arrays.fill(bits, word, word + words, -1L);
                i += (long) words << 6;
            } else {
                setAllocated(i, true);
                i++;
            }
        }
    }

    /** The word page holding frame i's bit; made when {@code make}, else null when there is none. */
    private long[] bitsFor(long i, boolean make) {
        int p = (int) (i >>> PAGE_BITS);
        if (p >= allocated.length) {
            if (!make) {
                return null;
            }
            allocated = Arrays.copyOf(allocated, Math.max(p + 1, allocated.length * 2));
        }
        if (allocated[p] == null && make) {
            allocated[p] = new long[(MASK + 1) >>> 6];
        }
        return allocated[p];
    }

    private long index(Mfn page) {
        long i = page.value() - firstMfn;
        if (i < 0) {
            throw new IllegalArgumentException("no such machine frame: " + page);
        }
        return i;
    }

    private Mfn mfn(long index) { return new Mfn(firstMfn + index); }
}
