package org.p2mdbg.core.xen.arm;

import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * relinquish_p2m_mapping of Xen 4.7.0: apply_p2m_changes(RELINQUISH) over lowest_mapped_gfn ..
 * max_mapped_gfn. Each pass of {@code while (addr < end)} walks from the root; apply_one_level
 * weighs its work (an invalid entry skips to its level's next boundary and weighs 1, a table is
 * descended for 0, a block or page is zeroed for 16, a level-3 foreign page also dropping its
 * reference). Once the weight reaches 0x2000 (512 zeroed entries or 8192 holes) every pass starts
 * with a preemption check until one says yes, as the count is never reset for RELINQUISH. A
 * preempted call stops before walking the address it records in lowest_mapped_gfn; the TLB (and
 * IOTLB) flush at {@code out:} happens either way.
 */
final class LegacyRelinquish {
    private static final int P2M_ONE_DESCEND = 0;
    private static final int P2M_ONE_PROGRESS_NOP = 0x1;
    private static final int P2M_ONE_PROGRESS = 0x10;
    /** preempt_count_limit for every operation but MEMACCESS. */
    private static final int PREEMPT_COUNT_LIMIT = 0x2000;

    private final P2m p2m;
    private final Trace trace;
    private long addr;
    private boolean flush;

    LegacyRelinquish(P2m p2m) {
        this.p2m = p2m;
        this.trace = p2m.trace();
    }

    int run() {
        trace.enter("apply_p2m_changes");
        try {
            int domid = p2m.domain().id();
            long startAddr = p2m.lowestMappedGfn().value() << Mfn.PAGE_SHIFT;   // pfn_to_paddr
            long endAddr = p2m.maxMappedGfn().value() << Mfn.PAGE_SHIFT;
            long sgfn = startAddr >>> Mfn.PAGE_SHIFT;
            long egfn = endAddr >>> Mfn.PAGE_SHIFT;
            int count = 0;
            int rc = 0;
            trace.record(EventKind.LOCK, domid, 1, 0);   // spin_lock(&p2m->lock)
            addr = startAddr;
            while (Long.compareUnsigned(addr, endAddr) < 0) {
                long gfn = addr >>> Mfn.PAGE_SHIFT;
                if (count >= PREEMPT_COUNT_LIMIT && p2m.machine().preemptCheck()) {
                    p2m.setLowestMapped(new Gfn(gfn));
                    trace.record(EventKind.PREEMPTION, gfn, 0, 0);
                    rc = Errno.ERESTART;
                    break;
                }
                Mfn table = p2m.rootPointer(gfn);
                if (table == null) {
                    rc = p2m.error(Errno.EINVAL, "apply_p2m_changes: root table index of gfn " + Gfn.of(gfn) + " beyond the root pages");
                    break;
                }
                for (int level = p2m.rootLevel(); level < 4; level++) {
                    int index = (int) P2m.offset(gfn, level);
                    trace.enter(P2m.levelFrame(level));
                    long orig = p2m.frames().read(table, index);
                    int ret = applyOneLevel(table, index, orig, level);
                    trace.leave();
                    count += ret;
                    if (ret != P2M_ONE_DESCEND) {
                        break;
                    }
                    table = P2mPte.base(orig);
                }
            }
            if (flush) {
                p2m.flushTlb("flush_tlb_domain");
                if (p2m.domain().hasIommu()) {
                    p2m.iotlbFlush(sgfn, egfn - sgfn);
                }
            }
            trace.record(EventKind.UNLOCK, domid, 1, 0);
            return rc;
        } finally {
            trace.leave();
        }
    }

    /** apply_one_level, RELINQUISH case. */
    private int applyOneLevel(Mfn table, int index, long orig, int level) {
        long levelSize = 1L << (P2m.order(level) + Mfn.PAGE_SHIFT);
        if (!P2mPte.valid(orig)) {
            // progress up to the next boundary
            addr = (addr + levelSize) & ~(levelSize - 1);
            return P2M_ONE_PROGRESS_NOP;
        }
        if (level < 3 && P2mPte.table(orig)) {
            return P2M_ONE_DESCEND;
        }
        flush = true;
        p2m.removePte(table, index);
        addr += levelSize;
        p2m.unaccountMapping(level);
        if (level == 3) {
            p2m.putL3Page(P2mPte.base(orig), P2mPte.type(orig));
        }
        // still a single PTE write whatever the level, so not scaled
        return P2M_ONE_PROGRESS;
    }
}
