package org.p2mdbg.core.check;

import java.util.EnumSet;
import java.util.Set;

import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.trace.EventKind;

/**
 * RELINQUISHED_ENTRY_ACCESS, the concern of seed 000: relinquish_p2m_mapping dropped the reference
 * a mapping held (a REF_PUT inside a function whose name contains "relinquish") but left the entry
 * in place; code other than relinquish and p2m_teardown then reads or modifies that entry while it
 * still maps the frame. The entry is the one relinquish's own last descriptor access in the same
 * operation touched (p2m_get_entry's read of the level-3 entry), when it still maps the put frame.
 */
final class RelinquishedEntryAccessCheck implements Check {
    /** slot -> the REF_PUT event that dropped its mapping's reference. */
    private final LongMultimap relinquished = new LongMultimap();
    private long lastSlot = -1;
    private long lastValue;
    private long lastAccess = -1;
    private int lastOperation = -1;

    @Override public Rule rule() { return Rule.RELINQUISHED_ENTRY_ACCESS; }

    @Override public Set<EventKind> kinds() {
        return EnumSet.of(EventKind.PTE_READ, EventKind.PTE_WRITE, EventKind.REF_PUT, EventKind.FRAME_FREE);
    }

    @Override public void observe(long e, CheckState s) {
        long a = s.trace.a(e);
        switch (s.trace.kind(e)) {
            case PTE_READ -> access(e, s, a, s.trace.b(e), false);
            case PTE_WRITE -> access(e, s, a, s.trace.b(e), true);
            case REF_PUT -> {
                if (lastAccess >= 0 && lastOperation == s.operation() && s.inRelinquish(e) && s.inRelinquish(lastAccess)
                        && reaches(s, lastSlot, lastValue, a) && s.tables.value(lastSlot) == lastValue) {
                    relinquished.put(lastSlot, e);
                }
            }
            case FRAME_FREE -> {
                if (relinquished.size() > 0) {
                    for (int i = 0; i < FrameStore.ENTRIES; i++) {
                        relinquished.removeAll(a << 9 | i);
                    }
                }
            }
            default -> { }
        }
    }

    private void access(long e, CheckState s, long slot, long current, boolean write) {
        lastSlot = slot;
        lastValue = write ? s.trace.c(e) : current;
        lastAccess = e;
        lastOperation = s.operation();
        long put = relinquished.get(slot, -1);
        if (put < 0) {
            return;
        }
        long mfn = s.trace.a(put);
        if (s.inRelinquishOrTeardown(e)) {
            if (write && !reaches(s, slot, s.trace.c(e), mfn)) {
                relinquished.removeAll(slot);
            }
            return;
        }
        relinquished.removeAll(slot);
        TablePlace p = s.tables.place(slot >>> 9);
        if (p == null || !reaches(s, slot, current, mfn)) {
            return;
        }
        s.report(rule(), p.root().owner(), mfn, p, slot, e, CheckState.events(put, e),
                s.at(e) + (write ? " modified " : " read ") + s.entry(p, slot) + ", which still holds "
                + CheckState.descriptor(p, current) + " although " + s.at(put)
                + " already dropped the reference that mapping held on MFN " + Hex.of(mfn)
                + " (relinquish left the entry intact): the entry no longer guarantees the page");
    }

    /** True when the slot's descriptor is a valid mapping whose output starts at {@code mfn}. */
    private static boolean reaches(CheckState s, long slot, long descriptor, long mfn) {
        TablePlace p = s.tables.place(slot >>> 9);
        EntryFormat f = p != null ? p.format() : LpaeEntryFormat.STAGE2;
        return f.isValid(descriptor) && f.outputFrame(descriptor) == mfn && (p == null || !p.isTable(descriptor));
    }
}
