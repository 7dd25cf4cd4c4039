package org.p2mdbg.core.xen.arm32;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Ipa;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Registers;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.core.xen.arm.P2mPte;
import org.p2mdbg.core.xen.arm.P2mType;

/**
 * A domain's virtual-linear page table for live-migration dirty tracking on arm32 (seed 001, "[PATCH
 * v5 4/6] xen/arm: Implement virtual-linear page table for guest p2m mapping"): the first-level
 * entries of the guest's p2m copied into Xen's second-level table at
 * second_linear_offset(VIRT_LIN_P2M_START), so that one hypervisor load at
 * VIRT_LIN_P2M_START + (ipa >> PAGE_SHIFT) * 8 reads the gfn's level-3 p2m entry. The fields of
 * d->arch.dirty (second_lvl_start, second_lvl_end, the page pair second_lvl) are registers, so
 * stepping back undoes them.
 */
public final class Vlpt {
    public static final long VIRT_LIN_P2M_START = 0x08000000L;
    /** VIRT_LIN_P2M_END = VMAP_VIRT_START. */
    public static final long VIRT_LIN_P2M_END = 0x10000000L;
    /** GUEST_RAM_BASE of the Xen 4.4 arm guest memory map. */
    public static final long GUEST_RAM_BASE = 0x80000000L;
    private static final int FIRST_SHIFT = 30;
    private static final int LPAE_SHIFT = 9;
    private static final int LPAE_ENTRIES = 512;
    /** second_linear_offset(VIRT_LIN_P2M_START). */
    private static final int LINEAR_BASE = (int) (VIRT_LIN_P2M_START >>> Arm32XenTables.SECOND_SHIFT);
    /** __flush_xen_data_tlb_range_va issues one TLBIMVAH per 4 KiB page of a 2 MiB slot. */
    private static final String SLOT_FLUSH = "TLBIMVAH x 512";
    /** alloc_domheap_pages(NULL, 1, 0): the copy of the slots takes a pair of pages, like the p2m's first level. */
    public static final int COPY_PAGES = 2;

    private final Arm32XenTables xen;
    private final Domain domain;
    private final FrameStore frames;
    private final Trace trace;
    private final Registers registers;
    private final int secondLvlStart;
    private final int secondLvlEnd;
    private final int secondLvl;

    /** arch_domain_create's part: second_lvl_start = second_lvl_end = 0, second_lvl[] = NULL. */
    public Vlpt(Arm32XenTables xen, Domain domain) {
        Machine machine = domain.machine();
        if (machine.arch() != Arch.ARM32) {
            throw new IllegalArgumentException("the VLPT is an arm32 window; this machine is " + machine.arch().scenarioName());
        }
        this.xen = xen;
        this.domain = domain;
        this.frames = machine.frames();
        this.trace = machine.trace();
        this.registers = frames.registers();
        String prefix = "d" + domain.id() + ".dirty.";
        this.secondLvlStart = registers.define(prefix + "second_lvl_start");
        this.secondLvlEnd = registers.define(prefix + "second_lvl_end");
        this.secondLvl = registers.define(prefix + "second_lvl");
    }

    public Domain domain() { return domain; }

    /** d->arch.dirty.second_lvl_start: the first xen_second slot of this domain's window. */
    public int secondLvlStart() { return (int) registers.get(secondLvlStart); }

    /** d->arch.dirty.second_lvl_end: one past the last slot. */
    public int secondLvlEnd() { return (int) registers.get(secondLvlEnd); }

    /** The first of the two pages that keep the domain's copy of its slots, INVALID before prepare_vlpt. */
    public Mfn secondLvl() {
        long v = registers.get(secondLvl);
        return v == 0 ? Mfn.INVALID : new Mfn(v);
    }

    /** The domain's copy of slot {@code slot}, read without tracing. */
    public long peekCopy(int slot) { return frames.peek(secondLvl().add(slot >>> 9), slot & 511); }

    /** get_gma_start_end's end: GUEST_RAM_BASE + (max_pages << PAGE_SHIFT). */
    private static long gmaEnd(long maxPages) { return GUEST_RAM_BASE + (maxPages << Mfn.PAGE_SHIFT); }

    /** prepare_vlpt with the domain's current page count as d->max_pages. */
    public int prepare() { return prepare(domain.pageCount()); }

    /**
     * prepare_vlpt: -ENOMEM when the window cannot hold the level-3 tables of max_pages of RAM (their
     * size is the RAM size >> LPAE_SHIFT), when the slots would run past xen_second's 1024, or when the
     * page pair for the copy cannot be allocated. Else each first-level entry of the guest's p2m from
     * gma_start >> FIRST_SHIFT to (gma_end >> FIRST_SHIFT) + 1 (one more than RAM needs when gma_end is
     * 1 GiB aligned) is written to xen_second and to the copy, and the window is flushed.
     */
    public int prepare(long maxPages) {
        trace.enter("prepare_vlpt");
        try {
            long gmaStart = GUEST_RAM_BASE;
            long gmaEnd = gmaEnd(maxPages);
            long required = (gmaEnd - gmaStart) >>> LPAE_SHIFT;
            long avail = VIRT_LIN_P2M_END - VIRT_LIN_P2M_START;
            if (required > avail) {
                return error(Errno.ENOMEM, "prepare_vlpt: Available VLPT is small for domU guest (avail: " + Hex.of(avail)
                        + ", required: " + Hex.of(required) + ")");
            }
            int startIndex = (int) (gmaStart >>> FIRST_SHIFT);
            int endIndex = (int) (gmaEnd >>> FIRST_SHIFT) + 1;
            if (LINEAR_BASE + endIndex >= LPAE_ENTRIES * 2) {
                return error(Errno.ENOMEM, "prepare_vlpt: xen second page is small for VLPT for domU (slots up to "
                        + (LINEAR_BASE + endIndex) + ")");
            }
            trace.enter("alloc_domheap_pages");
            Mfn pages = frames.tryAllocateContiguous(COPY_PAGES, FrameKind.XEN_PT_TABLE, FrameStore.DOMID_XEN);
            trace.leave();
            if (pages == null) {
                return error(Errno.ENOMEM, "prepare_vlpt: alloc_domheap_pages(NULL, 1, 0) failed");
            }
            registers.set(secondLvl, pages.value());
            Mfn first = domain.p2m().root();   // p2m->first_level: two concatenated pages
            for (int i = startIndex; i < endIndex; i++) {
                int k = i % LPAE_ENTRIES;
                int l = i / LPAE_ENTRIES;
                int slot = LINEAR_BASE + i;
                long entry = frames.read(first.add(l), k);
                frames.write(xen.secondPage(slot), slot & 511, entry);
                // the copy restore_vlpt compares with on context switch
                frames.write(pages.add(slot >>> 9), slot & 511, entry);
            }
            registers.set(secondLvlStart, LINEAR_BASE + startIndex);
            registers.set(secondLvlEnd, LINEAR_BASE + endIndex);
            flush();
            return 0;
        } finally {
            trace.leave();
        }
    }

    /** flush_vlpt: one flush_xen_data_tlb_range_va over the domain's slots (a TLBIMVAH per 4 KiB page). */
    public void flush() {
        trace.enter("flush_vlpt");
        int start = secondLvlStart();
        int slots = secondLvlEnd() - start;
        trace.record(EventKind.TLB_FLUSH, FrameStore.DOMID_XEN, (long) start << LPAE_SHIFT, (long) slots << LPAE_SHIFT,
                "TLBIMVAH x " + ((long) slots << LPAE_SHIFT));
        trace.leave();
    }

    /**
     * restore_vlpt, on a context switch to one of the domain's vCPUs: each slot of the domain's range
     * whose xen_second value differs from the copy is rewritten and its 2 MiB flushed, page by page.
     */
    public void restore() {
        trace.enter("restore_vlpt");
        try {
            Mfn copy = secondLvl();
            for (int i = secondLvlStart(); i < secondLvlEnd(); i++) {
                int k = i % LPAE_ENTRIES;
                int l = i / LPAE_ENTRIES;
                long current = frames.read(xen.secondPage(i), i & 511);
                long saved = frames.read(copy.add(l), k);
                if (current != saved) {
                    frames.write(xen.secondPage(i), i & 511, saved);
                    trace.record(EventKind.TLB_FLUSH, FrameStore.DOMID_XEN, (long) i << LPAE_SHIFT, LPAE_ENTRIES, SLOT_FLUSH);
                }
            }
        } finally {
            trace.leave();
        }
    }

    /** get_vlpt_3lvl_pte: &((lpae_t *) VIRT_LIN_P2M_START)[addr >> PAGE_SHIFT], a 32-bit pointer. */
    public static Va vlptAddress(Ipa ipa) {
        return new Va((VIRT_LIN_P2M_START + (ipa.value() >>> Mfn.PAGE_SHIFT) * 8) & 0xFFFFFFFFL);
    }

    /**
     * get_vlpt_3lvl_pte and a load through the pointer: Xen's stage-1 walk of the window address
     * (traced), then the 8-byte read of the page it reaches. Recorded as a VLPT_LOOKUP event naming
     * the entry actually read (-1 when the walk faulted), so the checks can compare it with the gfn's
     * level-3 p2m entry.
     */
    public VlptLookup lookup(Ipa ipa) {
        trace.enter("get_vlpt_3lvl_pte");
        try {
            Va va = vlptAddress(ipa);
            WalkResult w = Walker.walk(frames::read, xen.walkRequest(), va.vfn());
            Gfn gfn = ipa.toGfn();
            if (!w.isMapped()) {
                trace.record(EventKind.VLPT_LOOKUP, domain.id(), gfn.value(), -1);
                return new VlptLookup(ipa, va, w.steps(), Mfn.INVALID, -1, 0);
            }
            int index = (int) ((va.value() & (Mfn.PAGE_SIZE - 1)) >>> 3);
            Mfn page = w.output();
            long descriptor = frames.exists(page) ? frames.read(page, index) : 0L;
            trace.record(EventKind.VLPT_LOOKUP, domain.id(), gfn.value(), Trace.entryRef(page.value(), index));
            return new VlptLookup(ipa, va, w.steps(), page, index, descriptor);
        } finally {
            trace.leave();
        }
    }

    /**
     * The dirty-page fault path the VLPT serves: a guest write fault at {@code ipa} finds the gfn's
     * level-3 entry through the window; a valid page whose write permission was taken away for log-dirty
     * tracking (a RAM_RW entry without write: this p2m type list has no p2m_ram_logdirty) gets it back,
     * written through the window pointer, and the local stage-2 TLB is flushed. True when the fault was
     * such a dirty-page fault.
     */
    public boolean handleWriteFault(Ipa ipa) {
        trace.enter("handle_page_fault");
        try {
            VlptLookup l = lookup(ipa);
            long pte = l.descriptor();
            if (l.faulted() || !P2mPte.valid(pte) || (pte & 3L) != 3L || (Lpae.S2AP.get(pte) & 2) != 0
                    || P2mPte.type(pte) != P2mType.RAM_RW) {
                return false;
            }
            frames.write(l.frame(), l.index(), Lpae.S2AP.set(pte, Lpae.S2AP.get(pte) | 2));
            trace.enter("flush_tlb_local");
            trace.record(EventKind.TLB_FLUSH, domain.id(), 0, -1);
            trace.leave();
            return true;
        } finally {
            trace.leave();
        }
    }

    private int error(int rc, String check) {
        trace.record(EventKind.ERROR, rc, 0, 0, check);
        return rc;
    }
}
