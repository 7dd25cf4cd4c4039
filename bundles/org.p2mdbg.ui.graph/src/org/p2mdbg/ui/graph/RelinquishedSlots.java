package org.p2mdbg.ui.graph;

import java.util.HashSet;
import java.util.Set;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.trace.CallPaths;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * The level-3 entries (slot = table MFN << 9 | index) whose mapping relinquish has already given
 * back by a position: relinquish read or wrote the entry, then put the reference on the frame the
 * entry mapped, in the same operation. With the remove strategy the entry is then cleared, with
 * lookup / legacy it stays; either way the slot is relinquished until its table page is freed.
 */
final class RelinquishedSlots {
    private RelinquishedSlots() { }

    /** The relinquished slots after the events [0, position). */
    static Set<Long> before(Trace trace, long position) {
        Set<Long> slots = new HashSet<>();
        long lastSlot = -1;
        long lastValue = 0;
        int lastOperation = -1;
        for (long e = 0; e < Math.min(position, trace.size()); e++) {
            EventKind k = trace.kind(e);
            switch (k) {
                case PTE_READ, PTE_WRITE -> {
                    // A read's b is the value read, a write's b the value it replaced: the mapping put.
                    lastSlot = inRelinquish(trace, e) ? trace.a(e) : -1;
                    lastValue = trace.b(e);
                    lastOperation = trace.operationOf(e);
                }
                case REF_PUT -> {
                    if (lastSlot >= 0 && lastOperation == trace.operationOf(e) && inRelinquish(trace, e)
                            && Lpae.isMapping(lastValue, 3) && Lpae.mfn(lastValue).value() == trace.a(e)) {
                        slots.add(lastSlot);
                    }
                }
                case FRAME_FREE -> {
                    long freed = trace.a(e);
                    slots.removeIf(s -> s >>> 9 == freed);
                }
                default -> { }
            }
        }
        return slots;
    }

    /** True inside a function (not the operation frame itself) whose name contains "relinquish". */
    private static boolean inRelinquish(Trace trace, long e) {
        CallPaths paths = trace.callPaths();
        for (int p = trace.path(e); p != CallPaths.ROOT && paths.parent(p) != CallPaths.ROOT; p = paths.parent(p)) {
            if (paths.label(p).contains("relinquish")) {
                return true;
            }
        }
        return false;
    }
}
