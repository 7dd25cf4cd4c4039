package org.p2mdbg.core.x86pv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.p2mdbg.core.format.x86.X86Pte;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.Trace;

/**
 * A process address space of a 64-bit Xen PV guest running Linux 4.11, with Xen's side of it (seed
 * 002): the guest kernel's swapper_pg_dir (pinned by the domain builder, in every vCPU's CR3 at
 * first), the process's pgd and the user pgd a 64-bit PV mm pairs with it, anonymous VMAs faulted
 * in page by page, pinning, CPUs that run the mm and keep it lazily, and exit_mmap with one of the
 * {@link PvExitStrategy exit strategies}. Table pages are PV_PAGE_TABLE frames of the domain, mapped
 * writable by the guest's direct map (a writable type) until they are pinned; data pages are
 * allocated to the domain. Reads by Linux count one per entry looked at, one more when followed.
 * Not modelled: the kernel half of the pgd, the vsyscall entry of the user pgd, context-switch
 * work other than CR3 (stack switch, TLS, LDT), mmdrop (the pgds stay allocated after exit).
 */
public final class PvAddressSpace {
    /** USER_LIMIT: the end of the user half. */
    public static final long USER_LIMIT = 1L << 47;

    private final Domain domain;
    private final FrameStore frames;
    private final Trace trace;
    private final XenPvMemory xen;
    private final Mfn swapper;
    private final Mfn pgd;
    private final Mfn userPgd;
    private final PvCpus cpus;
    private final XenMmuOps ops;
    private final MmLocks locks;
    /** The VMAs: start -> end, in bytes. */
    private final TreeMap<Long, Long> vmas = new TreeMap<>();
    private boolean exited;

    /** Boots the guest kernel's MMU view (swapper_pg_dir pinned, in every vCPU's CR3) and creates the mm (pgd_alloc). */
    public PvAddressSpace(Machine machine, Domain domain) {
        if (machine.arch() != Arch.X86_64_PV) {
            throw new IllegalArgumentException("PV page tables need an x86_64-pv machine, not " + machine.arch().scenarioName());
        }
        if (domain.vcpus() > 64) {
            throw new IllegalArgumentException("at most 64 vCPUs (mm_cpumask is one word)");
        }
        this.domain = domain;
        this.frames = machine.frames();
        this.trace = machine.trace();
        this.xen = new XenPvMemory(domain);
        trace.enter("xen_start_kernel");
        swapper = frames.allocate(FrameKind.PV_PAGE_TABLE, domain.id());
        xen.pin(swapper, PageType.L4);
        xen.set(swapper, xen.info(swapper).withLinuxPinned(true));   // xen_mark_init_mm_pinned
        xen.boot(swapper);
        trace.leave();
        trace.enter("pgd_alloc");
        pgd = allocPage();
        trace.enter("xen_pgd_alloc");
        userPgd = allocPage();
        trace.leave();
        trace.leave();
        cpus = new PvCpus(domain, xen, swapper, pgd, userPgd);
        locks = new MmLocks(trace, domain.id());
        ops = new XenMmuOps(frames, trace, xen, cpus, locks, swapper, pgd, userPgd);
    }

    public Domain domain() { return domain; }

    /** The guest kernel's own L4 (init_mm.pgd). */
    public Mfn swapperPgDir() { return swapper; }

    /** The process's pgd: the kernel-mode L4 of the mm. */
    public Mfn pgd() { return pgd; }

    /** The user-mode L4 paired with the pgd (xen_get_user_pgd). */
    public Mfn userPgd() { return userPgd; }

    /** A frame's type word: Xen's type, count and pin, and the guest's PagePinned flag. */
    public PageTypeInfo typeInfo(Mfn frame) { return xen.info(frame); }

    /** The kernel L4 Xen has in vCPU {@code vcpu}'s CR3 (guest_table). */
    public Mfn cr3(int vcpu) { return xen.guestTable(vcpu); }

    /** The user L4 in vCPU {@code vcpu}'s user CR3, INVALID for none. */
    public Mfn userCr3(int vcpu) { return xen.guestTableUser(vcpu); }

    /** mm_cpumask of the process mm. */
    public long cpumask() { return cpus.cpumask(); }

    /** The VMAs as [start, end) byte ranges, ascending. */
    public List<long[]> vmas() {
        List<long[]> out = new ArrayList<>();
        for (Map.Entry<Long, Long> e : vmas.entrySet()) {
            out.add(new long[] {e.getKey(), e.getValue()});
        }
        return out;
    }

    /** A zeroed table page, mapped writable by the direct map (one writable type reference). */
    private Mfn allocPage() {
        Mfn page = frames.allocate(FrameKind.PV_PAGE_TABLE, domain.id());
        xen.set(page, PageTypeInfo.UNTYPED.withType(PageType.WRITABLE, 1));
        return page;
    }

    private void requireAlive() {
        if (exited) {
            throw new IllegalStateException("the mm of " + domain.name() + " has exited");
        }
    }

    // ---- pv-map ----

    /**
     * An anonymous VMA of {@code nr} pages at {@code start}, every page faulted in by a write on CPU 0:
     * missing tables allocated and linked (with the paravirt hooks), a data page allocated and its
     * PTE set with one mmu_update hypercall.
     */
    public void map(Va start, long nr) {
        requireAlive();
        long s = start.value();
        long e = s + nr * Mfn.PAGE_SIZE;
        if ((s & (Mfn.PAGE_SIZE - 1)) != 0 || nr <= 0 || Long.compareUnsigned(e, USER_LIMIT) > 0 || e <= s) {
            throw new IllegalArgumentException("va " + start + " nr " + nr + " is not a page-aligned user range below " + new Va(USER_LIMIT));
        }
        Map.Entry<Long, Long> before = vmas.floorEntry(e - 1);
        if (before != null && before.getValue() > s) {
            throw new IllegalArgumentException("va " + start + " nr " + nr + " overlaps the VMA at " + new Va(before.getKey()));
        }
        trace.enter("mmap");
        // an anonymous VMA adjacent to another merges with it
        Map.Entry<Long, Long> left = vmas.floorEntry(s);
        long vs = left != null && left.getValue() == s ? left.getKey() : s;
        Long rightEnd = vmas.remove(e);
        vmas.put(vs, rightEnd != null ? rightEnd : e);
        for (long va = s; va < e; va += Mfn.PAGE_SIZE) {
            fault(va >>> Mfn.PAGE_SHIFT);
        }
        trace.leave();
    }

    /** handle_mm_fault for a write to an anonymous page that is not there yet (do_anonymous_page). */
    private void fault(long vfn) {
        trace.enter("handle_mm_fault");
        try {
            Mfn pud = tableBelow(pgd, X86Pte.offset(vfn, 4), 4);
            Mfn pmd = tableBelow(pud, X86Pte.offset(vfn, 3), 3);
            Mfn pte = tableBelow(pmd, X86Pte.offset(vfn, 2), 2);
            trace.enter("do_anonymous_page");
            Mfn page = domain.machine().allocDomheapPages(domain, 0);
            if (page == null) {
                throw new IllegalStateException("out of memory for a page of " + domain.name());
            }
            int i = X86Pte.offset(vfn, 1);
            locks.lockTable(pte);   // pte_offset_map_lock
            frames.read(pte, i);   // pte_none under the lock
            ops.setPte(0, pte, i, X86Pte.entry(page, X86Pte.PAGE_USER_RW));
            locks.unlockTable(pte);
            trace.leave();
        } finally {
            trace.leave();
        }
    }

    /**
     * pXd_alloc and pXd_offset: the table linked at {@code slot} of a level-{@code level} table,
     * allocated and linked when missing (__pXd_alloc: a zeroed page, the entry checked again under the
     * lock, the paravirt alloc hook, the entry set).
     */
    private Mfn tableBelow(Mfn table, int slot, int level) {
        if (!X86Pte.isPresent(frames.read(table, slot))) {
            trace.enter(level == 4 ? "__pud_alloc" : level == 3 ? "__pmd_alloc" : "__pte_alloc");
            Mfn page = allocPage();
            // __pte_alloc takes the pmd page's split lock (pmd_lock); __pmd_alloc (pud_lock) and __pud_alloc the mm's
            if (level == 2) {
                locks.lockTable(table);
            } else {
                locks.lockPageTables();
            }
            frames.read(table, slot);
            ops.allocPtpage(0, page, level - 1);
            long link = X86Pte.entry(page, X86Pte.PAGE_TABLE);
            if (level == 4) {
                ops.setTop(0, slot, link);
            } else {
                ops.setLower(0, table, slot, link, level);
            }
            if (level == 2) {
                locks.unlockTable(table);
            } else {
                locks.unlockPageTables();
            }
            trace.leave();
        }
        return X86Pte.mfn(frames.read(table, slot));
    }

    // ---- pv-pin, pv-cr3, pv-exit ----

    /** xen_pgd_pin (activate_mm): the mm's tables made read-only and pinned, on CPU 0. */
    public void pin() {
        requireAlive();
        trace.enter("xen_activate_mm");
        locks.lockPageTables();
        ops.pgdPin(0);
        locks.unlockPageTables();
        trace.leave();
    }

    /**
     * A task of the mm runs on {@code cpu} (switch_mm: the pgd goes into CR3), then the CPU runs a
     * kernel thread and keeps the mm lazily (enter_lazy_tlb): its CR3 keeps the pgd.
     */
    public void runThenIdle(int cpu) {
        requireAlive();
        trace.enter("context_switch");
        cpus.switchMm(cpu);
        trace.leave();
        trace.enter("context_switch (to a kernel thread)");
        cpus.enterLazyTlb(cpu);
        trace.leave();
    }

    /**
     * The mm's last task exits on {@code cpu}: it is switched in there (switch_mm), exit_mm leaves the
     * mm in lazy TLB mode, and mmput runs exit_mmap: arch_exit_mmap with the strategy, then
     * unmap_vmas, free_pgtables and tlb_finish_mmu.
     */
    public void exit(PvExitStrategy strategy, int cpu) {
        requireAlive();
        trace.enter("do_exit");
        try {
            trace.enter("context_switch");
            cpus.switchMm(cpu);
            trace.leave();
            trace.enter("exit_mm");
            cpus.enterLazyTlb(cpu);
            trace.leave();
            trace.enter("exit_mmap");
            ops.exitMmap(strategy, cpu);
            if (!vmas.isEmpty()) {
                new PvMmTeardown(frames, trace, xen, cpus, ops, locks, pgd, cpu).run(vmas());
            }
            vmas.clear();
            exited = true;
            trace.leave();
            if (!cpus.quiet()) {
                throw new IllegalStateException("a multicall buffer or a lazy mode outlived the exit");
            }
        } finally {
            trace.leave();
        }
    }

    /** The machine frame a user address reaches through the pgd, INVALID when unmapped (read without tracing). */
    public Mfn translate(Va va) {
        Mfn table = pgd;
        long vfn = va.vfn();
        for (int level = 4; level >= 1; level--) {
            long e = frames.peek(table, X86Pte.offset(vfn, level));
            if (!X86Pte.isPresent(e)) {
                return Mfn.INVALID;
            }
            table = X86Pte.mfn(e);
        }
        return table;
    }
}
