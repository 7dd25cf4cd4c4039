package org.p2mdbg.core.x86pv;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.x86.X86Pte;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.x86pv.PvHypercall.Mmuext;
import org.p2mdbg.core.x86pv.PvHypercall.MmuextCommand;

/**
 * The generic part of exit_mmap in Linux 4.11 (mm/memory.c, mm/mmap.c, the x86 mmu_gather) on a Xen
 * PV guest: unmap_vmas clears every present PTE with a plain store (ptep_get_and_clear_full with
 * fullmm: "paravirt does not care"), in lazy MMU mode; free_pgtables frees the tables under the
 * VMAs with the floor and ceiling arithmetic of free_pgd_range (floor is FIRST_USER_ADDRESS, 0 on
 * x86, so its checks never fire), each table cleared from its parent through the paravirt setters
 * and released through the paravirt hook; tlb_finish_mmu flushes (flush_tlb_mm_range) and frees the
 * gathered table pages. The data pages the PTEs mapped go back to the guest's allocator, not to
 * Xen: they stay allocated.
 */
final class PvMmTeardown {
    private static final long PMD_SIZE = 1L << 21;
    private static final long PUD_SIZE = 1L << 30;
    private static final long PGDIR_SIZE = 1L << 39;

    private final FrameStore frames;
    private final Trace trace;
    private final XenPvMemory xen;
    private final PvCpus cpus;
    private final XenMmuOps ops;
    private final MmLocks locks;
    private final Mfn pgd;
    private final int cpu;
    /** The table pages tlb_remove_page gathered, in order. */
    private final List<Mfn> gathered = new ArrayList<>();

    PvMmTeardown(FrameStore frames, Trace trace, XenPvMemory xen, PvCpus cpus, XenMmuOps ops, MmLocks locks, Mfn pgd, int cpu) {
        this.frames = frames;
        this.trace = trace;
        this.xen = xen;
        this.cpus = cpus;
        this.ops = ops;
        this.locks = locks;
        this.pgd = pgd;
        this.cpu = cpu;
    }

    /** tlb_gather_mmu (full mm), unmap_vmas, free_pgtables, tlb_finish_mmu over the VMAs ([start, end) in bytes, ascending). */
    void run(List<long[]> vmas) {
        trace.enter("unmap_vmas");
        for (long[] vma : vmas) {
            unmapPageRange(vma[0], vma[1]);
        }
        trace.leave();
        freePgtables(vmas);
        tlbFinishMmu();
    }

    private static boolean above(long a, long b) { return Long.compareUnsigned(a, b) > 0; }

    /** pgd_addr_end / pud_addr_end / pmd_addr_end: the next boundary of the size, or end. */
    private static long addrEnd(long addr, long end, long size) {
        long boundary = (addr + size) & -size;
        return Long.compareUnsigned(boundary - 1, end - 1) < 0 ? boundary : end;
    }

    private static int index(long addr, int level) { return X86Pte.offset(addr >>> Mfn.PAGE_SHIFT, level); }

    /** The table an entry links, read as pXd_offset reads it. */
    private Mfn below(Mfn table, int slot) { return X86Pte.mfn(frames.read(table, slot)); }

    // ---- unmap_vmas ----

    private void unmapPageRange(long start, long end) {
        trace.enter("unmap_page_range");
        long addr = start;
        do {
            long next = addrEnd(addr, end, PGDIR_SIZE);
            if (X86Pte.isPresent(frames.read(pgd, index(addr, 4)))) {
                zapPudRange(below(pgd, index(addr, 4)), addr, next);
            }
            addr = next;
        } while (addr != end);
        trace.leave();
    }

    private void zapPudRange(Mfn pud, long addr, long end) {
        trace.enter("zap_pud_range");
        do {
            long next = addrEnd(addr, end, PUD_SIZE);
            if (X86Pte.isPresent(frames.read(pud, index(addr, 3)))) {
                zapPmdRange(below(pud, index(addr, 3)), addr, next);
            }
            addr = next;
        } while (addr != end);
        trace.leave();
    }

    private void zapPmdRange(Mfn pmd, long addr, long end) {
        trace.enter("zap_pmd_range");
        do {
            long next = addrEnd(addr, end, PMD_SIZE);
            if (X86Pte.isPresent(frames.read(pmd, index(addr, 2)))) {
                zapPteRange(below(pmd, index(addr, 2)), addr, next);
            }
            addr = next;
        } while (addr != end);
        trace.leave();
    }

    /**
     * zap_pte_range: under the table's split lock (pte_offset_map_lock), each present PTE read, then read
     * and cleared by native_local_ptep_get_and_clear. No flush before the unlock (force_flush is only set
     * for dirty shared pages and full batches): the mmu_gather flushes in tlb_finish_mmu.
     */
    private void zapPteRange(Mfn pte, long addr, long end) {
        trace.enter("zap_pte_range");
        MulticallBuffer mc = cpus.mc(cpu);
        locks.lockTable(pte);
        mc.enterLazyMmu();
        for (; addr != end; addr += Mfn.PAGE_SIZE) {
            int i = index(addr, 1);
            if (frames.read(pte, i) == 0) {
                continue;
            }
            trace.enter("native_local_ptep_get_and_clear");
            frames.read(pte, i);
            xen.guestStore(pte, i, 0L);
            trace.leave();
        }
        mc.leaveLazyMmu();
        locks.unlockTable(pte);
        trace.leave();
    }

    // ---- free_pgtables ----

    /** free_pgtables: VMAs less than a PMD apart are freed together; the ceiling is the next VMA's start, or 0 after the last. */
    private void freePgtables(List<long[]> vmas) {
        trace.enter("free_pgtables");
        for (int v = 0; v < vmas.size(); v++) {
            long addr = vmas.get(v)[0];
            long end = vmas.get(v)[1];
            while (v + 1 < vmas.size() && Long.compareUnsigned(vmas.get(v + 1)[0], end + PMD_SIZE) <= 0) {
                end = vmas.get(++v)[1];
            }
            freePgdRange(addr, end, v + 1 < vmas.size() ? vmas.get(v + 1)[0] : 0);
        }
        trace.leave();
    }

    private void freePgdRange(long addr, long end, long ceiling) {
        trace.enter("free_pgd_range");
        try {
            addr &= -PMD_SIZE;
            if (ceiling != 0) {
                ceiling &= -PMD_SIZE;
                if (ceiling == 0) {
                    return;
                }
            }
            if (above(end - 1, ceiling - 1)) {
                end -= PMD_SIZE;
            }
            if (above(addr, end - 1)) {
                return;
            }
            do {
                long next = addrEnd(addr, end, PGDIR_SIZE);
                int slot = index(addr, 4);
                if (X86Pte.isPresent(frames.read(pgd, slot))) {
                    freePudRange(slot, addr, next, ceiling);
                }
                addr = next;
            } while (addr != end);
        } finally {
            trace.leave();
        }
    }

    /** free_pud_range (the p4d level is folded into the pgd): the level-3 table goes when the range covers its pgd slot. */
    private void freePudRange(int slot, long addr, long end, long ceiling) {
        trace.enter("free_pud_range");
        try {
            Mfn pud = below(pgd, slot);
            do {
                long next = addrEnd(addr, end, PUD_SIZE);
                int j = index(addr, 3);
                if (X86Pte.isPresent(frames.read(pud, j))) {
                    freePmdRange(pud, j, addr, next, ceiling);
                }
                addr = next;
            } while (addr != end);
            if (!coversUpTo(end, ceiling, PGDIR_SIZE)) {
                return;
            }
            Mfn table = below(pgd, slot);
            ops.setTop(cpu, slot, 0L);
            ops.releasePtpage(cpu, table, 3);
            gathered.add(table);
        } finally {
            trace.leave();
        }
    }

    private void freePmdRange(Mfn pud, int j, long addr, long end, long ceiling) {
        trace.enter("free_pmd_range");
        try {
            Mfn pmd = below(pud, j);
            do {
                long next = addrEnd(addr, end, PMD_SIZE);
                int k = index(addr, 2);
                if (X86Pte.isPresent(frames.read(pmd, k))) {
                    freePteRange(pmd, k);
                }
                addr = next;
            } while (addr != end);
            if (!coversUpTo(end, ceiling, PUD_SIZE)) {
                return;
            }
            Mfn table = below(pud, j);
            ops.setLower(cpu, pud, j, 0L, 3);
            ops.releasePtpage(cpu, table, 2);
            gathered.add(table);
        } finally {
            trace.leave();
        }
    }

    /** free_pte_range: the PTE table is cleared from its PMD and released. */
    private void freePteRange(Mfn pmd, int k) {
        trace.enter("free_pte_range");
        Mfn table = below(pmd, k);
        ops.setLower(cpu, pmd, k, 0L, 2);
        ops.releasePtpage(cpu, table, 1);
        gathered.add(table);
        trace.leave();
    }

    /**
     * The tail checks of free_pXd_range: the table may go only if the range reaches no further than
     * the ceiling (the next VMA's start, rounded down to the table's size) allows.
     */
    private static boolean coversUpTo(long end, long ceiling, long size) {
        if (ceiling != 0) {
            ceiling &= -size;
            if (ceiling == 0) {
                return false;
            }
        }
        return !above(end - 1, ceiling - 1);
    }

    // ---- tlb_finish_mmu ----

    /**
     * tlb_finish_mmu: flush_tlb_mm_range for the whole mm (the exiting task has no mm, so its CPU
     * leaves the mm; the other CPUs of mm_cpumask are flushed with one MMUEXT_TLB_FLUSH_MULTI), then
     * the gathered table pages are freed.
     */
    private void tlbFinishMmu() {
        trace.enter("tlb_finish_mmu");
        try {
            trace.enter("flush_tlb_mm_range");
            cpus.leaveMm(cpu);
            long others = cpus.cpumask() & ~(1L << cpu);
            if (others != 0) {
                trace.enter("xen_flush_tlb_others");
                MulticallBuffer mc = cpus.mc(cpu);
                mc.entry(new Mmuext(MmuextCommand.TLB_FLUSH_MULTI, Mfn.INVALID, others));
                mc.issue(MulticallBuffer.LAZY_MMU);
                trace.leave();
            }
            trace.leave();
            trace.enter("tlb_flush_mmu_free");
            for (Mfn table : gathered) {
                freeTablePage(table);
            }
            trace.leave();
        } finally {
            trace.leave();
        }
    }

    /**
     * A table page goes back to the guest's allocator, here to the machine: with its direct-map
     * reference (its writable type) gone. A page Xen still holds as a page table cannot go.
     */
    private void freeTablePage(Mfn page) {
        PageTypeInfo i = xen.info(page);
        if (i.isValidatedTable() || i.xenPinned()) {
            trace.record(EventKind.ERROR, Errno.EBUSY, page.value(), 0, "free_page: " + page + " is still " + i + " for Xen, it cannot be reused");
            return;
        }
        xen.set(page, PageTypeInfo.UNTYPED);
        frames.free(page);
    }
}
