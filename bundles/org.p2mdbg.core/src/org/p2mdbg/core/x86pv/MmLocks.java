package org.p2mdbg.core.x86pv;

import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.LockKind;
import org.p2mdbg.core.trace.Trace;

/**
 * The Linux 4.11 spinlocks of one process mm that the modelled paths take, recorded as LOCK / UNLOCK
 * of the guest domain: mm->page_table_lock (xen_activate_mm and xen_exit_mmap around pinning, __pud_alloc,
 * and __pmd_alloc through pud_lock) and the split lock of one table page (pte_offset_map_lock in
 * do_anonymous_page and zap_pte_range, pmd_lock in __pte_alloc, xen_pte_lock while an L1 is pinned or
 * unpinned). x86-64 has split PTE and PMD locks (USE_SPLIT_PTE_PTLOCKS, USE_SPLIT_PMD_PTLOCKS).
 */
final class MmLocks {
    private final Trace trace;
    private final int domain;

    MmLocks(Trace trace, int domain) {
        this.trace = trace;
        this.domain = domain;
    }

    void lockPageTables() { LockKind.MM_PAGE_TABLE.lock(trace, domain, 0); }

    void unlockPageTables() { LockKind.MM_PAGE_TABLE.unlock(trace, domain, 0); }

    /** spin_lock(ptlock_ptr(table)). */
    void lockTable(Mfn table) { LockKind.SPLIT_PTL.lock(trace, domain, table.value()); }

    void unlockTable(Mfn table) { LockKind.SPLIT_PTL.unlock(trace, domain, table.value()); }
}
