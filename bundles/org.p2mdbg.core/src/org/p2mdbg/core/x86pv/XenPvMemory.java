package org.p2mdbg.core.x86pv;

import org.p2mdbg.core.format.x86.X86Pte;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Registers;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * Xen's side of a 64-bit PV guest's page tables (xen/arch/x86/mm.c of Xen 4.8): page types and type
 * counts with validation, pins, each vCPU's kernel and user CR3 (guest_table / guest_table_user), the
 * mmu_update / mmuext_op / update_va_mapping work, and the emulation of a guest store to a read-only
 * level-1 table (ptwr). A page-table type is validated when its count leaves 0 (every present entry
 * takes a typed reference on the table below, or a reference on the page a level-1 entry maps) and
 * devalidated when it returns to 0. Not modelled: Xen's own slots in an L4 (256-271, never read nor
 * filled here), writable-type references of mapped data pages, the fast path for flag-only changes.
 */
final class XenPvMemory {
    /** ROOT_PAGETABLE_FIRST_XEN_SLOT / LAST_XEN_SLOT of 64-bit Xen. */
    private static final int FIRST_XEN_SLOT = 256;
    private static final int LAST_XEN_SLOT = 271;

    private final Domain domain;
    private final FrameStore frames;
    private final Trace trace;
    private final Registers registers;
    private final int[] guestTable;
    private final int[] guestTableUser;

    XenPvMemory(Domain domain) {
        this.domain = domain;
        this.frames = domain.machine().frames();
        this.trace = domain.machine().trace();
        this.registers = frames.registers();
        int n = domain.vcpus();
        guestTable = new int[n];
        guestTableUser = new int[n];
        for (int v = 0; v < n; v++) {
            guestTable[v] = registers.define("d" + domain.id() + ".vcpu" + v + ".guest_table");
            guestTableUser[v] = registers.define("d" + domain.id() + ".vcpu" + v + ".guest_table_user");
        }
    }

    PageTypeInfo info(Mfn m) { return PageTypeInfo.unpack(frames.typeInfo(m)); }

    void set(Mfn m, PageTypeInfo i) { frames.setTypeInfo(m, i.pack()); }

    /** The kernel L4 in vCPU {@code v}'s CR3, INVALID for none. */
    Mfn guestTable(int v) { return frame(registers.get(guestTable[v])); }

    Mfn guestTableUser(int v) { return frame(registers.get(guestTableUser[v])); }

    private static Mfn frame(long v) { return v == 0 ? Mfn.INVALID : new Mfn(v); }

    /** The vCPUs start on the guest kernel's own L4 (swapper_pg_dir), each CR3 holding a typed reference. */
    void boot(Mfn swapper) {
        for (int v = 0; v < guestTable.length; v++) {
            getPageType(swapper, PageType.L4);
            registers.set(guestTable[v], swapper.value());
        }
    }

    // ---- types ----

    /**
     * get_page_type: from count 0 the page takes the type (a page-table type is validated first, and
     * the page keeps no type when that fails); else the type must be the one it has.
     */
    boolean getPageType(Mfn m, PageType t) {
        trace.enter("get_page_type");
        try {
            PageTypeInfo i = info(m);
            if (i.count() > 0) {
                if (i.type() != t) {
                    return false;
                }
                set(m, i.withCount(i.count() + 1));
                return true;
            }
            set(m, i.withType(t, 1));
            if (t.isPageTable() && !validate(m, t)) {
                set(m, info(m).withType(i.type(), 0));
                return false;
            }
            return true;
        } finally {
            trace.leave();
        }
    }

    /** put_page_type: the last reference of a page-table type devalidates it (free_page_type) first. */
    void putPageType(Mfn m) {
        trace.enter("put_page_type");
        try {
            PageTypeInfo i = info(m);
            if (i.count() == 1 && i.type().isPageTable()) {
                devalidate(m, i.type());
            }
            set(m, info(m).withCount(i.count() - 1));
        } finally {
            trace.leave();
        }
    }

    private static boolean isGuestSlot(PageType t, int slot) {
        return t != PageType.L4 || slot < FIRST_XEN_SLOT || slot > LAST_XEN_SLOT;
    }

    /** alloc_lN_table: every present entry of a guest slot gets its reference; on failure those taken are put back. */
    private boolean validate(Mfn table, PageType t) {
        trace.enter("alloc_l" + t.level() + "_table");
        try {
            for (int i = 0; i < X86Pte.ENTRIES; i++) {
                if (!isGuestSlot(t, i)) {
                    continue;
                }
                long e = frames.read(table, i);
                if (X86Pte.isPresent(e) && !getEntryReference(e, t)) {
                    for (int j = i - 1; j >= 0; j--) {
                        if (isGuestSlot(t, j)) {
                            putEntryReference(frames.read(table, j), t);
                        }
                    }
                    trace.record(EventKind.ERROR, Errno.EINVAL, table.value(), i, "alloc_l" + t.level() + "_table: entry " + i
                            + " cannot be validated");
                    return false;
                }
            }
            return true;
        } finally {
            trace.leave();
        }
    }

    /** free_lN_table. */
    private void devalidate(Mfn table, PageType t) {
        trace.enter("free_l" + t.level() + "_table");
        try {
            for (int i = 0; i < X86Pte.ENTRIES; i++) {
                if (isGuestSlot(t, i)) {
                    putEntryReference(frames.read(table, i), t);
                }
            }
        } finally {
            trace.leave();
        }
    }

    /** get_page_from_lNe: a typed reference on the table below, or (level 1) a reference on the mapped page. */
    private boolean getEntryReference(long e, PageType t) {
        Mfn child = X86Pte.mfn(e);
        if (t == PageType.L1) {
            if (frames.exists(child)) {
                frames.getRef(child);
            }
            return true;
        }
        return getPageType(child, PageType.ofLevel(t.level() - 1));
    }

    /** put_page_from_lNe, for a present entry. */
    private void putEntryReference(long e, PageType t) {
        if (!X86Pte.isPresent(e)) {
            return;
        }
        Mfn child = X86Pte.mfn(e);
        if (t == PageType.L1) {
            if (frames.exists(child)) {
                frames.putRef(child);
            }
        } else {
            putPageType(child);
        }
    }

    // ---- the hypercalls' work ----

    /**
     * MMU_NORMAL_PT_UPDATE: an entry of a validated table goes through mod_lN_entry (the new entry's
     * reference taken first, the old one's dropped after); any other page is written as plain
     * memory, holding a writable type meanwhile.
     */
    int mmuUpdate(Mfn table, int index, long value) {
        PageTypeInfo i = info(table);
        if (i.isValidatedTable()) {
            return modEntry(table, index, value, i.type(), "mod_l" + i.type().level() + "_entry");
        }
        if (!getPageType(table, PageType.WRITABLE)) {
            return error(Errno.EINVAL, "do_mmu_update: page " + table + " is " + info(table) + ", not writable");
        }
        frames.write(table, index, value);
        putPageType(table);
        return 0;
    }

    private int modEntry(Mfn table, int index, long value, PageType t, String function) {
        trace.enter(function);
        try {
            if (t == PageType.L4 && !isGuestSlot(t, index)) {
                return error(Errno.EINVAL, function + ": slot " + index + " belongs to Xen");
            }
            long old = frames.read(table, index);
            if (X86Pte.isPresent(value) && !getEntryReference(value, t)) {
                return error(Errno.EINVAL, function + ": the new entry of slot " + index + " cannot be validated");
            }
            frames.write(table, index, value);
            putEntryReference(old, t);
            return 0;
        } finally {
            trace.leave();
        }
    }

    /** MMUEXT_PIN_Lx_TABLE: a typed reference held by the pin; pinning twice fails. */
    int pin(Mfn m, PageType t) {
        if (!getPageType(m, t)) {
            return error(Errno.EINVAL, "MMUEXT_PIN_L" + t.level() + "_TABLE: error while pinning mfn " + m + " (" + info(m) + ")");
        }
        if (info(m).xenPinned()) {
            putPageType(m);
            return error(Errno.EINVAL, "MMUEXT_PIN_L" + t.level() + "_TABLE: mfn " + m + " already pinned");
        }
        set(m, info(m).withXenPinned(true));
        return 0;
    }

    /** MMUEXT_UNPIN_TABLE: the pin's typed reference is dropped. */
    int unpin(Mfn m) {
        if (!info(m).xenPinned()) {
            return error(Errno.EINVAL, "MMUEXT_UNPIN_TABLE: mfn " + m + " not pinned");
        }
        set(m, info(m).withXenPinned(false));
        putPageType(m);
        return 0;
    }

    /**
     * MMUEXT_NEW_BASEPTR (new_guest_cr3) or MMUEXT_NEW_USER_BASEPTR on vCPU {@code v}: the new L4 gets a
     * typed reference (none for a user base of 0), the old one loses its own.
     */
    int newBaseptr(int v, Mfn l4, boolean user) {
        trace.enter(user ? "MMUEXT_NEW_USER_BASEPTR" : "new_guest_cr3");
        try {
            if (l4.isValid() && !getPageType(l4, PageType.L4)) {
                return error(Errno.EINVAL, (user ? "MMUEXT_NEW_USER_BASEPTR" : "new_guest_cr3") + ": error while installing new baseptr "
                        + l4 + " (" + info(l4) + ")");
            }
            int register = user ? guestTableUser[v] : guestTable[v];
            Mfn old = frame(registers.get(register));
            registers.set(register, l4.isValid() ? l4.value() : 0);
            if (old.isValid()) {
                putPageType(old);
            }
            return 0;
        } finally {
            trace.leave();
        }
    }

    /** MMUEXT_TLB_FLUSH_MULTI: the TLBs of the vCPUs in the mask. */
    int tlbFlushMulti(long vcpuMask) {
        trace.record(EventKind.TLB_FLUSH, domain.id(), vcpuMask, -1, "MMUEXT_TLB_FLUSH_MULTI vcpus " + Long.toBinaryString(vcpuMask));
        return 0;
    }

    /**
     * update_va_mapping of the guest kernel's direct-map entry for {@code page}: making it writable
     * needs a writable type, which a page-table type still counted refuses; making it read-only drops
     * the writable type. UVMF_TLB_FLUSH (with UVMF_LOCAL) flushes the TLB of the calling vCPU {@code v} only.
     */
    int updateVaMapping(int v, Mfn page, boolean writable, boolean flushTlb) {
        PageTypeInfo i = info(page);
        if (writable && !i.mappedWritable()) {
            if (!getPageType(page, PageType.WRITABLE)) {
                return error(Errno.EINVAL, "do_update_va_mapping: mfn " + page + " is still " + i + ", it cannot be mapped writable");
            }
        } else if (!writable && i.mappedWritable()) {
            putPageType(page);
        }
        if (flushTlb) {
            trace.record(EventKind.TLB_FLUSH, domain.id(), 1L << v, -1, "UVMF_TLB_FLUSH");
        }
        return 0;
    }

    /**
     * A guest kernel store to a page-table entry: a plain write while its direct map is writable;
     * else a page fault, which Xen emulates for a validated level-1 table (ptwr_emulated_update: the
     * entry's references follow as in mod_l1_entry) and bounces to the guest otherwise (no write).
     */
    boolean guestStore(Mfn table, int index, long value) {
        PageTypeInfo i = info(table);
        if (i.mappedWritable()) {
            trace.record(EventKind.DIRECT_WRITE, Trace.entryRef(table.value(), index), frames.peek(table, index), value);
            frames.write(table, index, value);
            return true;
        }
        if (i.type() == PageType.L1 && i.count() > 0) {
            trace.record(EventKind.TRAPPED_WRITE, Trace.entryRef(table.value(), index), frames.peek(table, index), value);
            trace.enter("ptwr_emulated_update");
            try {
                return modEntry(table, index, value, PageType.L1, "mod_l1_entry") == 0;
            } finally {
                trace.leave();
            }
        }
        error(Errno.EFAULT, "page fault: store to read-only page " + table + " (" + i + "), which Xen does not emulate");
        return false;
    }

    private int error(int rc, String check) {
        trace.record(EventKind.ERROR, rc, 0, 0, check);
        return rc;
    }
}
