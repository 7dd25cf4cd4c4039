package org.p2mdbg.core.xen.arm;

import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;

/**
 * relinquish_p2m_mapping as a p2m_get_entry loop over lowest_mapped_gfn .. max_mapped_gfn, with a
 * preemption check every 512 lookups. Two versions share the loop and differ in what they do
 * with a mapping:
 * <ul>
 * <li>{@code lookup}, seed 000's RFC as posted: 4 KiB mappings get p2m_put_l3_page, everything is
 * left in place (no PTE write, no flush); holes and superpages are skipped.</li>
 * <li>{@code remove}, Xen 4.8.5: every mapping, of any order, is removed with
 * __p2m_set_entry(..., INVALID_MFN, ...), whose deferred flush comes with the unlock.</li>
 * </ul>
 * A preempted call leaves lowest_mapped_gfn at the GFN it had just looked up, which the next call
 * looks up again.
 */
final class RelinquishLoop {
    private static final long PREEMPT_EVERY = 512;

    private final P2m p2m;
    private final RelinquishStrategy strategy;

    RelinquishLoop(P2m p2m, RelinquishStrategy strategy) {
        this.p2m = p2m;
        this.strategy = strategy;
    }

    int run() {
        long count = 0;
        int rc = 0;
        p2m.writeLock();
        Gfn start = p2m.lowestMappedGfn();
        Gfn end = p2m.maxMappedGfn();
        while (Long.compareUnsigned(start.value(), end.value()) < 0) {
            P2mEntry e = p2m.getEntryLocked(start);
            count++;
            // arbitrarily, every 512 iterations
            if (count % PREEMPT_EVERY == 0 && p2m.machine().preemptCheck()) {
                p2m.trace().record(EventKind.PREEMPTION, start.value(), 0, 0);
                rc = Errno.ERESTART;
                break;
            }
            if (strategy == RelinquishStrategy.LOOKUP) {
                if (!e.isMapped() || e.order() != 0) {
                    // a hole or a superpage: align on its order before stepping over it
                    start = start.alignDown(e.order());
                } else {
                    p2m.putL3Page(e.mfn(), e.type());
                }
                start = start.add(1L << e.order());
            } else {
                if (e.isMapped()) {
                    // a valid mapping's start is aligned: entries are removed as the loop goes
                    rc = p2m.setEntryOne(start, e.order(), Mfn.INVALID, P2mType.INVALID);
                    if (rc != 0) {
                        p2m.error(rc, "relinquish_p2m_mapping: unable to remove mapping gfn=" + start + " order=" + e.order());
                        break;
                    }
                }
                start = start.alignDown(e.order()).add(1L << e.order());   // gfn_next_boundary
            }
        }
        // the next call starts where this one stopped
        p2m.setLowestMapped(start);
        p2m.writeUnlock();
        return rc;
    }
}
