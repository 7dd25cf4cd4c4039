package org.p2mdbg.core.x86pv;

import org.p2mdbg.core.format.x86.X86Pte;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.x86pv.PvHypercall.MmuUpdate;
import org.p2mdbg.core.x86pv.PvHypercall.Mmuext;
import org.p2mdbg.core.x86pv.PvHypercall.MmuextCommand;
import org.p2mdbg.core.x86pv.PvHypercall.UpdateVaMapping;

/**
 * The Xen PV paravirt MMU operations of Linux 4.11 (arch/x86/xen/mmu.c) for one process mm: entry
 * updates (a plain store while the table is not PagePinned, else an mmu_update, batched in lazy MMU
 * mode), the hooks that pin or release table pages as they join or leave a pinned mm, pinning and
 * unpinning the whole tree (__xen_pgd_pin / __xen_pgd_unpin over __xen_pgd_walk), and xen_exit_mmap
 * with its variants. Split page-table locks are on (USE_SPLIT_PTE_PTLOCKS), so level-1 tables are
 * pinned one by one, each under its split lock until the batch that pins it is issued.
 */
final class XenMmuOps {
    /** pgd_index(USER_LIMIT): the user half of the pgd, which __xen_pgd_walk covers. */
    static final int USER_PGD_SLOTS = 256;

    private final FrameStore frames;
    private final Trace trace;
    private final XenPvMemory xen;
    private final PvCpus cpus;
    private final MmLocks locks;
    private final Mfn swapper;
    private final Mfn pgd;
    private final Mfn userPgd;

    XenMmuOps(FrameStore frames, Trace trace, XenPvMemory xen, PvCpus cpus, MmLocks locks, Mfn swapper, Mfn pgd, Mfn userPgd) {
        this.frames = frames;
        this.trace = trace;
        this.xen = xen;
        this.cpus = cpus;
        this.locks = locks;
        this.swapper = swapper;
        this.pgd = pgd;
        this.userPgd = userPgd;
    }

    /** xen_page_pinned: the guest's own PagePinned flag. */
    boolean pagePinned(Mfn page) { return xen.info(page).linuxPinned(); }

    private boolean setPagePinned(Mfn page, boolean on) {
        PageTypeInfo i = xen.info(page);
        xen.set(page, i.withLinuxPinned(on));
        return i.linuxPinned();
    }

    // ---- entry updates ----

    /** xen_set_pte_at: batched in lazy MMU mode, else one HYPERVISOR_mmu_update (pinned or not). */
    void setPte(int cpu, Mfn table, int index, long value) {
        trace.enter("xen_set_pte_at");
        try {
            MulticallBuffer mc = cpus.mc(cpu);
            if (mc.lazyMode() == MulticallBuffer.LAZY_MMU) {
                mc.extend(new MmuUpdate(table, index, value));
                mc.issue(MulticallBuffer.LAZY_MMU);
            } else {
                mc.direct(new MmuUpdate(table, index, value));
            }
        } finally {
            trace.leave();
        }
    }

    /** xen_set_pmd / xen_set_pud: a plain store unless the table is PagePinned. */
    void setLower(int cpu, Mfn table, int index, long value, int level) {
        trace.enter(level == 2 ? "xen_set_pmd" : "xen_set_pud");
        try {
            if (!pagePinned(table)) {
                xen.guestStore(table, index, value);
                return;
            }
            trace.enter(level == 2 ? "xen_set_pmd_hyper" : "xen_set_pud_hyper");
            MulticallBuffer mc = cpus.mc(cpu);
            mc.extend(new MmuUpdate(table, index, value));
            mc.issue(MulticallBuffer.LAZY_MMU);
            trace.leave();
        } finally {
            trace.leave();
        }
    }

    /** xen_set_p4d on a user-half slot: the pgd entry and the same slot of the user pgd, together. */
    void setTop(int cpu, int slot, long value) {
        trace.enter("xen_set_p4d");
        try {
            if (!pagePinned(pgd)) {
                xen.guestStore(pgd, slot, value);
                xen.guestStore(userPgd, slot, value);
                return;
            }
            // pinned: at least the kernel and user updates go in one batch
            MulticallBuffer mc = cpus.mc(cpu);
            mc.extend(new MmuUpdate(pgd, slot, value));
            mc.extend(new MmuUpdate(userPgd, slot, value));
            mc.issue(MulticallBuffer.LAZY_MMU);
        } finally {
            trace.leave();
        }
    }

    // ---- table pages joining or leaving the mm ----

    /** xen_alloc_ptpage: a new table of a pinned mm is pinned too (read-only, and an L1 pinned by itself). */
    void allocPtpage(int cpu, Mfn page, int level) {
        trace.enter("xen_alloc_ptpage");
        try {
            if (!pagePinned(pgd)) {
                return;
            }
            setPagePinned(page, true);
            MulticallBuffer mc = cpus.mc(cpu);
            mc.entry(new UpdateVaMapping(page, false, false));
            if (level == 1) {
                mc.entry(new Mmuext(MmuextCommand.PIN_L1_TABLE, page, 0));
            }
            mc.issue(MulticallBuffer.LAZY_MMU);
        } finally {
            trace.leave();
        }
    }

    /** xen_release_ptpage: a pinned table leaving the mm is unpinned (an L1) and made writable again. */
    void releasePtpage(int cpu, Mfn page, int level) {
        trace.enter("xen_release_ptpage");
        try {
            if (!pagePinned(page)) {
                return;
            }
            MulticallBuffer mc = cpus.mc(cpu);
            if (level == 1) {
                mc.entry(new Mmuext(MmuextCommand.UNPIN_TABLE, page, 0));
            }
            mc.entry(new UpdateVaMapping(page, true, false));
            mc.issue(MulticallBuffer.LAZY_MMU);
            setPagePinned(page, false);
        } finally {
            trace.leave();
        }
    }

    // ---- pinning the whole tree ----

    /** The per-page work of __xen_pgd_walk. */
    private interface PageFunction {
        void apply(MulticallBuffer mc, Mfn page, int level);
    }

    /**
     * __xen_pgd_walk up to USER_LIMIT: for each present user slot of the pgd its level-3 table, then
     * for each present entry its level-2 table and their level-1 tables; the pgd itself last. Each
     * entry looked at is read once, and once more when the walk follows it.
     */
    private void walk(MulticallBuffer mc, Mfn top, PageFunction f) {
        trace.enter("__xen_pgd_walk");
        try {
            for (int i = 0; i < USER_PGD_SLOTS; i++) {
                if (!X86Pte.isPresent(frames.read(top, i))) {
                    continue;
                }
                Mfn pud = X86Pte.mfn(frames.read(top, i));
                f.apply(mc, pud, 3);
                for (int j = 0; j < X86Pte.ENTRIES; j++) {
                    if (!X86Pte.isPresent(frames.read(pud, j))) {
                        continue;
                    }
                    Mfn pmd = X86Pte.mfn(frames.read(pud, j));
                    f.apply(mc, pmd, 2);
                    for (int k = 0; k < X86Pte.ENTRIES; k++) {
                        if (X86Pte.isPresent(frames.read(pmd, k))) {
                            f.apply(mc, X86Pte.mfn(frames.read(pmd, k)), 1);
                        }
                    }
                }
            }
            f.apply(mc, top, 4);
        } finally {
            trace.leave();
        }
    }

    /** xen_pin_page: read-only (the pgd with a TLB flush), an L1 pinned by itself; nothing if already PagePinned. */
    private void pinPage(MulticallBuffer mc, Mfn page, int level) {
        trace.enter("xen_pin_page");
        if (!setPagePinned(page, true)) {
            if (level == 1) {
                locks.lockTable(page);   // xen_pte_lock
            }
            mc.entry(new UpdateVaMapping(page, false, level == 4));
            if (level == 1) {
                mc.extend(new Mmuext(MmuextCommand.PIN_L1_TABLE, page, 0));
                mc.callback(() -> locks.unlockTable(page));   // xen_pte_unlock, once the batch is issued
            }
        }
        trace.leave();
    }

    /** xen_unpin_page: an L1 unpinned, then writable again (the pgd with a TLB flush). */
    private void unpinPage(MulticallBuffer mc, Mfn page, int level) {
        trace.enter("xen_unpin_page");
        if (setPagePinned(page, false)) {
            if (level == 1) {
                locks.lockTable(page);   // xen_pte_lock
                mc.extend(new Mmuext(MmuextCommand.UNPIN_TABLE, page, 0));
            }
            mc.entry(new UpdateVaMapping(page, true, level == 4));
            if (level == 1) {
                mc.callback(() -> locks.unlockTable(page));   // xen_pte_unlock
            }
        }
        trace.leave();
    }

    /** __xen_pgd_pin: the tree read-only, then both L4s pinned, in one batch issued at once. */
    void pgdPin(int cpu) {
        trace.enter("__xen_pgd_pin");
        try {
            MulticallBuffer mc = cpus.mc(cpu);
            walk(mc, pgd, this::pinPage);
            mc.extend(new Mmuext(MmuextCommand.PIN_L4_TABLE, pgd, 0));
            pinPage(mc, userPgd, 4);
            mc.extend(new Mmuext(MmuextCommand.PIN_L4_TABLE, userPgd, 0));
            mc.issue(0);
        } finally {
            trace.leave();
        }
    }

    /** __xen_pgd_unpin: both L4s unpinned first, then the tree made writable, in one batch. */
    void pgdUnpin(int cpu) {
        trace.enter("__xen_pgd_unpin");
        try {
            MulticallBuffer mc = cpus.mc(cpu);
            mc.extend(new Mmuext(MmuextCommand.UNPIN_TABLE, pgd, 0));
            mc.extend(new Mmuext(MmuextCommand.UNPIN_TABLE, userPgd, 0));
            unpinPage(mc, userPgd, 4);
            walk(mc, pgd, this::unpinPage);
            mc.issue(0);
        } finally {
            trace.leave();
        }
    }

    // ---- arch_exit_mmap ----

    /** The exit hook for a strategy, on the exiting CPU (whose task has left the mm lazily). */
    void exitMmap(PvExitStrategy strategy, int cpu) {
        trace.enter("arch_exit_mmap");
        try {
            switch (strategy) {
                case DROP_REFS -> {
                    trace.enter("xen_exit_mmap");
                    dropMmRef(cpu);
                    unpinLocked(cpu);
                    trace.leave();
                }
                case TRY_UNPIN -> {
                    trace.enter("xen_exit_mmap");
                    if (cpus.activeMm(cpu) == PvCpus.PROCESS_MM) {
                        cpus.leaveMm(cpu);
                    }
                    if (otherHolders(cpu) == 0) {
                        unpinLocked(cpu);
                    }
                    trace.leave();
                }
                case NEVER_UNPIN -> { }
            }
        } finally {
            trace.leave();
        }
    }

    /** xen_exit_mmap's tail: under mm->page_table_lock, the pgd unpinned when it is pinned. */
    private void unpinLocked(int cpu) {
        locks.lockPageTables();
        if (pagePinned(pgd)) {
            pgdUnpin(cpu);
        }
        locks.unlockPageTables();
    }

    /** The CPUs besides {@code cpu} in mm_cpumask or with the pgd in xen_current_cr3, as a mask. */
    private long otherHolders(int cpu) {
        long mask = cpus.cpumask();
        for (int c = 0; c < cpus.count(); c++) {
            if (cpus.xenCurrentCr3(c).equals(pgd)) {
                mask |= 1L << c;
            }
        }
        return mask & ~(1L << cpu);
    }

    /**
     * xen_drop_mm_ref: the exiting CPU leaves the mm (its task has no mm any more), then every other
     * CPU in mm_cpumask or with the pgd still in CR3 gets an IPI (an event-channel send) to run
     * drop_other_mm_ref.
     */
    private void dropMmRef(int cpu) {
        trace.enter("xen_drop_mm_ref");
        try {
            if (cpus.activeMm(cpu) == PvCpus.PROCESS_MM) {
                cpus.leaveMm(cpu);
            }
            long targets = otherHolders(cpu);
            if (targets == 0) {
                return;
            }
            trace.enter("smp_call_function_many");
            for (int c = 0; c < cpus.count(); c++) {
                if ((targets & 1L << c) != 0) {
                    trace.record(EventKind.IPI, c, cpu, 0, "XEN_CALL_FUNCTION_VECTOR");
                    trace.record(EventKind.HYPERCALL, 1, cpu, 0, "event_channel_op");
                }
            }
            for (int c = 0; c < cpus.count(); c++) {
                if ((targets & 1L << c) != 0) {
                    dropOtherMmRef(c);
                }
            }
            trace.leave();
        } finally {
            trace.leave();
        }
    }

    /** drop_other_mm_ref on the IPI's target: leave_mm when lazy on the mm, then swapper_pg_dir if CR3 still has the pgd. */
    private void dropOtherMmRef(int cpu) {
        trace.enter("drop_other_mm_ref");
        try {
            if (cpus.activeMm(cpu) == PvCpus.PROCESS_MM && cpus.tlbState(cpu) != PvCpus.TLBSTATE_OK) {
                cpus.leaveMm(cpu);
            }
            if (cpus.xenCurrentCr3(cpu).equals(pgd)) {
                cpus.loadCr3(cpu, swapper);
            }
        } finally {
            trace.leave();
        }
    }
}
