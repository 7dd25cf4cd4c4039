package org.p2mdbg.core.trace;

import org.p2mdbg.core.mem.Hex;

/**
 * Which lock a LOCK / UNLOCK event takes or drops: the event's {@code a} is the domain that owns the
 * lock (DOMID_XEN for Xen's own), its {@code c} the kind's ordinal, plus the table frame << 8 for a lock
 * of one table page. The checks bind each unflushed translation change to the lock that protected it
 * (SEMANTICS §8: "the lock dropped before a flush covering it").
 */
public enum LockKind {
    /** Xen's lock over a whole tree: p2m->lock of a domain (read or write), xen_pt_lock for Xen's tables. */
    PAGE_TABLES("p2m->lock", true),
    /**
     * hd->arch.mapping_lock: VT-d and AMD-Vi map_page / unmap_page hold it around the table update only;
     * VT-d flushes after dropping it, and the patched drivers leave the flush to the iommu_map wrapper or
     * its caller.
     */
    IOMMU_MAPPING("mapping_lock", false),
    /** A Linux mm's mm->page_table_lock (also what pud_lock takes on x86-64). */
    MM_PAGE_TABLE("page_table_lock", false),
    /**
     * A Linux split page-table lock (ptlock_ptr of one table page: pte_offset_map_lock, pmd_lock,
     * xen_pte_lock). zap_pte_range flushes before dropping it only when pages must go at once
     * (force_flush); otherwise the mmu_gather keeps the pages until its flush in tlb_finish_mmu.
     */
    SPLIT_PTL("ptl", false);

    private static final LockKind[] VALUES = values();

    private final String cName;
    private final boolean flushedBeforeRelease;

    LockKind(String cName, boolean flushedBeforeRelease) {
        this.cName = cName;
        this.flushedBeforeRelease = flushedBeforeRelease;
    }

    /**
     * True when the code that holds this lock promises that no change it made is still cached once it
     * drops it: Xen's p2m_write_unlock does the deferred flush "with the P2M write lock taken to avoid
     * someone else modify the P2M before the TLB invalidation has completed", and xen_pt_update flushes
     * before xen_pt_lock goes. For the other locks the flush may follow the release by design; their
     * changes have the operation's return and the freeing of the old frame as deadlines.
     */
    public boolean flushedBeforeRelease() { return flushedBeforeRelease; }

    /** The name of the lock in the C source. */
    public String cName() { return cName; }

    /** The c operand of a LOCK / UNLOCK event for this kind of lock (of table frame {@code mfn} for a split lock, else 0). */
    public long operand(long mfn) { return ordinal() | mfn << 8; }

    /** The kind named by a c operand. */
    public static LockKind of(long operand) { return VALUES[(int) (operand & 0xff)]; }

    /** The table frame a c operand names (0 for the locks of a whole tree). */
    public static long frame(long operand) { return operand >>> 8; }

    /** "mapping_lock", "ptl of 0x40005": the lock as the detail of its events names it. */
    public String name(long mfn) { return mfn == 0 ? cName : cName + " of " + Hex.of(mfn); }

    /** Takes an exclusive lock of {@code owner} (of table frame {@code mfn} for a split lock, else 0). */
    public void lock(Trace trace, int owner, long mfn) { trace.record(EventKind.LOCK, owner, 1, operand(mfn), name(mfn)); }

    /** Drops it. */
    public void unlock(Trace trace, int owner, long mfn) { trace.record(EventKind.UNLOCK, owner, 1, operand(mfn), name(mfn)); }
}
