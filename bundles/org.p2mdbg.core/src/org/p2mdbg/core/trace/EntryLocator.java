package org.p2mdbg.core.trace;

import java.util.HashMap;
import java.util.Map;

import org.p2mdbg.core.format.lpae.Lpae;

/**
 * Which input addresses a written descriptor covers, followed event by event: every table frame
 * linked below a known root gets (owner, level, first input frame), learnt from the PTE_WRITE that
 * linked it. Used to stop on writes to a GFN range without walking the tables at every event.
 *
 * <p>Feed it events in order with {@link #advance}; {@link #locate} answers for the entry written
 * by the event just fed.
 */
public final class EntryLocator {
    /** Where one table frame sits: whose tree, its level, the first input frame its entry 0 maps. */
    public record Place(int owner, int level, long firstFrame) {
        /** The input frames entry {@code index} covers: [first, first + span). */
        public long entryFirstFrame(int index) { return firstFrame + ((long) index << Lpae.levelOrder(level)); }

        public long entrySpan() { return 1L << Lpae.levelOrder(level); }
    }

    private final Trace trace;
    private final Map<Long, Place> places = new HashMap<>();
    /** Declared root pages: they become places when allocated to their owner, and stop when freed. */
    private final Map<Long, Place> roots = new HashMap<>();
    private long next;

    public EntryLocator(Trace trace) { this.trace = trace; }

    /**
     * Declares a root: the {@code pages} concatenated frames from {@code rootMfn} hold the
     * root-level entries of {@code owner}'s tree, page p covering input frames from p × 512 entries.
     * They count from the event that allocates them to {@code owner} until they are freed.
     */
    public void addRoot(long rootMfn, int pages, int owner, int level) {
        long perPage = (long) Lpae.ENTRIES << Lpae.levelOrder(level);
        for (int p = 0; p < pages; p++) {
            roots.put(rootMfn + p, new Place(owner, level, p * perPage));
        }
    }

    /** Feeds the events up to (not including) {@code end}. */
    public void advance(long end) {
        for (; next < end; next++) {
            EventKind k = trace.kind(next);
            if (k == EventKind.PTE_WRITE) {
                link(next);
            } else if (k == EventKind.FRAME_FREE) {
                places.remove(trace.a(next));
            } else if (k == EventKind.FRAME_ALLOC) {
                Place root = roots.get(trace.a(next));
                if (root != null && root.owner() == (int) trace.c(next)) {
                    places.put(trace.a(next), root);
                }
            }
        }
    }

    /** The place of the table an event's entry belongs to (PTE_READ/PTE_WRITE/CACHE_CLEAN), or null. */
    public Place locate(long event) {
        return places.get(trace.a(event) >>> 9);
    }

    public long position() { return next; }

    private void link(long e) {
        long tableMfn = trace.a(e) >>> 9;
        int index = (int) (trace.a(e) & 511);
        Place parent = places.get(tableMfn);
        long value = trace.c(e);
        if (parent == null || parent.level() >= 3 || !Lpae.isTable(value, parent.level())) {
            return;
        }
        long child = Lpae.mfn(value).value();
        if (child != tableMfn) {
            places.put(child, new Place(parent.owner(), parent.level() + 1, parent.entryFirstFrame(index)));
        }
    }
}
