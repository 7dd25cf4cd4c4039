package org.p2mdbg.core.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.trace.Trace;

/**
 * The changes of valid entries that one kind of translation cache (TLB or IOTLB) may still hold
 * the old value of: one record per PTE_WRITE that overwrote a valid entry, kept until a flush with
 * the root's tag covers the entry's whole input range. Records live in primitive columns; when
 * none is left unflushed the columns are reused from the start, so memory follows the longest run
 * of unflushed changes, not the trace. A full flush costs what it retires; a range flush costs the
 * records of that tag still unflushed (so a trace that never flushes some changes pays for them again
 * at each range flush of the same tag).
 *
 * <p>Each record also names the lock that protected the write (-1 when none was held), so that the
 * change can be reported when that lock is dropped, and, for an x86 PV process's tables, the CPUs
 * that had the tree in CR3 when it was written: a CR3 load empties the loading CPU's TLB of the
 * tree's (non-global) entries, so the record retires once every one of them reloaded CR3 or a
 * flush of the domain's TLBs came.
 */
final class UnflushedChanges {
    /** Candidates gathered by a lookup, reused: a lookup is made for every freed frame. */
    private final LongList scratch = new LongList();
    private final TlbKind kind;
    private final List<TableRoot> roots;
    private final Trace trace;

    private long[] event = new long[64];
    private long[] inputFirst = new long[64];
    private long[] outputFirst = new long[64];
    private byte[] inputOrder = new byte[64];
    private byte[] outputOrder = new byte[64];
    private int[] root = new int[64];
    private boolean[] reported = new boolean[64];
    private boolean[] open = new boolean[64];
    private long[] cpus = new long[64];
    private int count;
    private int openCount;

    /** lock id -> the records written under it. */
    private final Map<Integer, LongList> byLock = new HashMap<>();
    /** slot -> the latest record of a change of that slot. */
    private final LongMultimap bySlot = new LongMultimap();
    /** first output frame -> records, to find the changes a freed frame makes stale. */
    private final LongMultimap byOutput = new LongMultimap();
    private final LongList[] openByRoot;
    /** Per root, the open records not reported yet (a record may also be reported through byOutput). */
    private final LongList[] unreportedByRoot;

    UnflushedChanges(TlbKind kind, List<TableRoot> roots, Trace trace) {
        this.kind = kind;
        this.roots = roots;
        this.trace = trace;
        openByRoot = new LongList[roots.size()];
        unreportedByRoot = new LongList[roots.size()];
        for (int i = 0; i < openByRoot.length; i++) {
            openByRoot[i] = new LongList();
            unreportedByRoot[i] = new LongList();
        }
    }

    boolean caches(TableRoot r) { return kind.tag(r) >= 0; }

    /**
     * Records that the change written at {@code writeEvent} is not flushed yet; {@code lockId} is the
     * lock that protected it (-1: none), {@code cpuMask} the CPUs whose TLB may hold it (PV trees only).
     */
    void changed(long writeEvent, TablePlace place, long oldValue, int lockId, long cpuMask) {
        if (count == event.length) {
            grow();
        }
        int id = count++;
        long slot = trace.a(writeEvent);
        int index = (int) (slot & 511);
        event[id] = writeEvent;
        inputFirst[id] = place.inputFrame(index);
        inputOrder[id] = (byte) place.inputOrder();
        outputFirst[id] = place.format().outputFrame(oldValue);
        outputOrder[id] = (byte) place.outputOrder(oldValue);
        root[id] = place.rootIndex();
        reported[id] = false;
        open[id] = true;
        cpus[id] = cpuMask;
        if (lockId >= 0) {
            byLock.computeIfAbsent(lockId, k -> new LongList()).add(id);
        }
        openCount++;
        bySlot.put(slot, id);
        byOutput.add(outputFirst[id], id);
        openByRoot[place.rootIndex()].add(id);
        unreportedByRoot[place.rootIndex()].add(id);
    }

    /** The latest unflushed change of a slot, or -1. */
    int latestForSlot(long slot) { return (int) bySlot.get(slot, -1); }

    /**
     * A flush of the frames [first, first + frames) (all when frames is -1) of every root with this tag.
     * A flush of all frames names in {@code first} the vCPUs it reaches (0: all): the records of a per-CPU
     * tree only lose those CPUs (see {@link #cr3Loaded}); other trees are flushed whole.
     */
    void flush(long tag, long first, long frames) {
        long cpuMask = frames == -1 ? first : 0;
        for (int r = 0; r < roots.size(); r++) {
            if (kind.tag(roots.get(r)) != tag) {
                continue;
            }
            if (cpuMask != 0 && TlbKind.isPerCpu(roots.get(r))) {
                dropCpus(r, cpuMask);
                continue;
            }
            LongList ids = openByRoot[r];
            int kept = 0;
            for (int i = 0; i < ids.size(); i++) {
                int id = (int) ids.get(i);
                if (frames == -1 || covers(first, frames, id)) {
                    retire(id);
                } else {
                    ids.set(kept++, id);
                }
            }
            ids.truncate(kept);
            if (kept == 0) {
                unreportedByRoot[r].clear();
            } else {
                keepOpenUnreported(r, first, frames);
            }
        }
        resetWhenNoneOpen();
    }

    /**
     * A CR3 load on {@code cpu} of domain {@code owner}: that CPU no longer holds entries of the PV trees
     * it had loaded; a record retires when no CPU is left that may hold it.
     */
    void cr3Loaded(int owner, int cpu) {
        for (int r = 0; r < roots.size(); r++) {
            if (TlbKind.isPerCpu(roots.get(r)) && roots.get(r).owner() == owner) {
                dropCpus(r, 1L << cpu);
            }
        }
        resetWhenNoneOpen();
    }

    /** The CPUs of {@code mask} no longer cache the records of root {@code r}. */
    private void dropCpus(int r, long mask) {
        LongList ids = openByRoot[r];
        int kept = 0;
        for (int i = 0; i < ids.size(); i++) {
            int id = (int) ids.get(i);
            cpus[id] &= ~mask;
            if (cpus[id] == 0) {
                retire(id);
            } else {
                ids.set(kept++, id);
            }
        }
        ids.truncate(kept);
        dropRetiredUnreported(r);
    }

    /** The open, unreported records written under a lock, oldest first; they count as reported from now on. */
    LongList takeBound(int lockId) {
        LongList candidates = byLock.remove(lockId);
        LongList out = new LongList();
        if (candidates == null) {
            return out;
        }
        for (int i = 0; i < candidates.size(); i++) {
            int id = (int) candidates.get(i);
            if (open[id] && !reported[id]) {
                reported[id] = true;
                out.add(id);
            }
        }
        return ascending(out);
    }

    private void resetWhenNoneOpen() {
        if (openCount == 0) {
            count = 0;
            byLock.clear();
        }
    }

    private void dropRetiredUnreported(int r) {
        LongList ids = unreportedByRoot[r];
        int kept = 0;
        for (int i = 0; i < ids.size(); i++) {
            int id = (int) ids.get(i);
            if (open[id] && !reported[id]) {
                ids.set(kept++, id);
            }
        }
        ids.truncate(kept);
    }

    /** The unflushed, unreported changes of one root, oldest first; they count as reported from now on. */
    LongList takeUnreported(int rootIndex) {
        LongList out = new LongList();
        LongList ids = unreportedByRoot[rootIndex];
        for (int i = 0; i < ids.size(); i++) {
            int id = (int) ids.get(i);
            if (!reported[id]) {
                reported[id] = true;
                out.add(id);
            }
        }
        ids.clear();
        return out;
    }

    /** The unflushed, unreported changes whose old value reached {@code frame}, oldest first. */
    LongList unreportedReaching(long frame, int[] outputOrders) {
        LongList candidates = scratch;
        candidates.clear();
        long previousKey = -1;
        for (int order : outputOrders) {
            long key = frame & -(1L << order);
            if (key != previousKey) {
                byOutput.values(key, candidates);
                previousKey = key;
            }
        }
        LongList out = new LongList();
        for (int i = 0; i < candidates.size(); i++) {
            int id = (int) candidates.get(i);
            if (!reported[id] && frame >= outputFirst[id] && frame - outputFirst[id] < 1L << outputOrder[id]) {
                out.add(id);
            }
        }
        return ascending(out);
    }

    /** The ids in ascending order (oldest record first). */
    private static LongList ascending(LongList ids) {
        if (ids.size() < 2) {
            return ids;
        }
        long[] sorted = ids.toArray();
        Arrays.sort(sorted);
        LongList out = new LongList();
        for (long id : sorted) {
            out.add(id);
        }
        return out;
    }

    void markReported(int id) { reported[id] = true; }

    long event(int id) { return event[id]; }

    long inputFirst(int id) { return inputFirst[id]; }

    long outputFirst(int id) { return outputFirst[id]; }

    int rootIndex(int id) { return root[id]; }

    private boolean covers(long first, long frames, int id) {
        long from = inputFirst[id];
        long to = from + (1L << inputOrder[id]);
        return from >= first && to <= first + frames;
    }

    /** Drops from the unreported list the records a range flush just retired. */
    private void keepOpenUnreported(int r, long first, long frames) {
        LongList ids = unreportedByRoot[r];
        int kept = 0;
        for (int i = 0; i < ids.size(); i++) {
            int id = (int) ids.get(i);
            if (!reported[id] && !covers(first, frames, id)) {
                ids.set(kept++, id);
            }
        }
        ids.truncate(kept);
    }

    private void retire(int id) {
        openCount--;
        open[id] = false;
        long slot = trace.a(event[id]);
        if (bySlot.get(slot, -1) == id) {
            bySlot.removeAll(slot);
        }
        byOutput.remove(outputFirst[id], id);
    }

    private void grow() {
        int n = event.length * 2;
        event = Arrays.copyOf(event, n);
        inputFirst = Arrays.copyOf(inputFirst, n);
        outputFirst = Arrays.copyOf(outputFirst, n);
        inputOrder = Arrays.copyOf(inputOrder, n);
        outputOrder = Arrays.copyOf(outputOrder, n);
        root = Arrays.copyOf(root, n);
        reported = Arrays.copyOf(reported, n);
        open = Arrays.copyOf(open, n);
        cpus = Arrays.copyOf(cpus, n);
    }
}
