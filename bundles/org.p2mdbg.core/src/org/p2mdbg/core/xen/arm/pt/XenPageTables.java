package org.p2mdbg.core.xen.arm.pt;

import java.util.function.IntSupplier;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.walk.WalkRequest;

/**
 * Xen on Arm's own (arm64, EL2 stage-1) page tables and xen_pt_update with its callers
 * map_pages_to_xen, destroy_xen_mappings, modify_xen_mappings and populate_pt_range
 * (xen/arch/arm/mm.c). Every descriptor is read and written through the {@link FrameStore}, which
 * must report to the {@link Trace}; the other steps (lock, checks, flush) are recorded directly.
 *
 * <p>How the two variants differ (everything else, from the walk to xen_pt_check_entry, is the same):
 * <ul>
 * <li>Mapping size. {@code rfc} (seed 004) or-s the MFN, the VFN <em>and the number of frames left</em>
 * and takes 1 GiB or 2 MiB only when that mask is aligned; {@code merged} (Xen 4.17
 * xen_pt_mapping_level) or-s only the MFN and the VFN and requires {@code left} to be at least the
 * size. So for virt 2 MiB aligned, MFN 2 MiB aligned, nr = 513, BLOCK set: {@code rfc} writes 513
 * level-3 pages (513 is odd, so every mask is unaligned); {@code merged} writes one level-2 block and
 * then one level-3 page. With nr = 1024 both write two blocks.</li>
 * <li>Contiguous hint. {@code merged} sets the contiguous bit on runs of 16 entries when BLOCK is set,
 * the MFN is valid, at least 16 entries are left and VFN and MFN are aligned to the run
 * (xen_pt_check_contig); such entries can then be neither modified nor removed. It refuses a caller's
 * _PAGE_CONTIG with -EINVAL. {@code rfc} never writes the bit and ignores flag bit 8.</li>
 * <li>TLB flush. {@code rfc} flushes the whole range once at the end of every update, also after a
 * failure; {@code merged} skips that flush when it inserted mappings (present flag and valid MFN).</li>
 * </ul>
 */
public final class XenPageTables {
    /** HYP_PT_ROOT_LEVEL on arm64. */
    private static final int ROOT_LEVEL = 0;
    /** The call-path frame of each level of the walk. */
    private static final String[] LEVEL_FRAMES = {"level 0", "level 1", "level 2", "level 3"};

    private final FrameStore frames;
    private final Trace trace;
    private final XenPtVariant variant;
    private final Mfn root;
    private CheckEntryRule lastRejection;

    /** Allocates Xen's root table (level 0), an empty XEN_PT_TABLE frame owned by DOMID_XEN. */
    public XenPageTables(FrameStore frames, Trace trace, XenPtVariant variant) {
        this.frames = frames;
        this.trace = trace;
        this.variant = variant;
        this.root = frames.allocate(FrameKind.XEN_PT_TABLE, FrameStore.DOMID_XEN);
    }

    public Mfn root() { return root; }

    public int rootLevel() { return ROOT_LEVEL; }

    public XenPtVariant variant() { return variant; }

    /** Where a (debug) walk of Xen's address space starts. */
    public WalkRequest walkRequest() { return new WalkRequest(root, ROOT_LEVEL, 1, Stage.STAGE1); }

    /** The check that made the last update fail, or null when it succeeded. */
    public CheckEntryRule lastRejection() { return lastRejection; }

    /** map_pages_to_xen. */
    public int map(Va virt, Mfn mfn, long nr, int flags) {
        return call("map_pages_to_xen", () -> update(virt, mfn, nr, flags));
    }

    /** destroy_xen_mappings(virt, virt + nr pages). */
    public int remove(Va virt, long nr) {
        return call("destroy_xen_mappings", () -> update(virt, Mfn.INVALID, nr, 0));
    }

    /** modify_xen_mappings(virt, virt + nr pages, flags). */
    public int modify(Va virt, long nr, int flags) {
        return call("modify_xen_mappings", () -> update(virt, Mfn.INVALID, nr, flags));
    }

    /** populate_pt_range: creates the tables down to level 3, writes no mapping. */
    public int populate(Va virt, long nr) {
        return call("populate_pt_range", () -> update(virt, Mfn.INVALID, nr, XenPtFlags.POPULATE));
    }

    /**
     * xen_pt_update: inserts (present, valid MFN), modifies (present, INVALID_MFN), removes (neither
     * present nor populate) or populates {@code nr} frames from {@code virt}. Returns 0 or a negative
     * errno; the entries updated before a failure stay.
     */
    public int update(Va virt, Mfn mfn, long nr, int flags) {
        if (nr < 0) {
            throw new IllegalArgumentException("negative frame count " + nr);
        }
        return call("xen_pt_update", () -> xenPtUpdate(virt, mfn, nr, flags));
    }

    private int xenPtUpdate(Va virt, Mfn mfn, long nr, int flags) {
        lastRejection = null;
        // The hardware forbids writable+executable, so a present mapping must be RO or XN.
        if (XenPtFlags.isPresent(flags) && !XenPtFlags.isReadOnly(flags) && !XenPtFlags.isExecuteNever(flags)) {
            return fail(CheckEntryRule.WRITE_AND_EXECUTE);
        }
        if (variant.hasContiguousHint() && XenPtFlags.isContiguous(flags)) {
            return fail(CheckEntryRule.CONTIG_INTERNAL_FLAG);
        }
        if ((virt.value() & (Mfn.PAGE_SIZE - 1)) != 0) {
            return fail(CheckEntryRule.UNALIGNED_VIRT);
        }

        trace.record(EventKind.LOCK, FrameStore.DOMID_XEN, 0, 0, "xen_pt_lock");
        long vfn = virt.vfn();
        long left = nr;
        Mfn next = mfn;
        int rc = 0;
        // The RFC's `while (left)` body is this loop with one entry per round (no contiguous hint).
        while (left != 0) {
            Va at = new Va(vfn << Mfn.PAGE_SHIFT);
            int level = variant.mappingLevel(at, next, left, flags);
            int order = Lpae.levelOrder(level);
            int nrContig = variant.contiguousEntries(at, next, level, left, flags);
            int entryFlags = flags | (nrContig > 1 ? XenPtFlags.CONTIG : 0);
            for (; nrContig > 0; nrContig--) {
                rc = updateEntry(vfn, next, level, entryFlags);
                if (rc != 0) {
                    break;
                }
                vfn += 1L << order;
                if (next.isValid()) {
                    next = next.add(1L << order);
                }
                left -= 1L << order;
            }
            if (rc != 0) {
                break;
            }
        }

        // Flushed even after a failure, as the tables may be partially updated; merged skips inserts.
        boolean inserted = XenPtFlags.isPresent(flags) && next.isValid();
        if (!inserted || variant.flushesAfterInsert()) {
            trace.record(EventKind.TLB_FLUSH, FrameStore.DOMID_XEN, virt.vfn(), nr); // flush_xen_tlb_range_va
        }
        trace.record(EventKind.UNLOCK, FrameStore.DOMID_XEN, 0, 0, "xen_pt_lock");
        return rc;
    }

    /** xen_pt_update_entry: walks to {@code target} and updates the one entry there. */
    private int updateEntry(long vfn, Mfn mfn, int target, int flags) {
        return call("xen_pt_update_entry", () -> {
            // Removing or modifying never creates tables; inserting and populating do.
            boolean readOnly = !mfn.isValid() && !XenPtFlags.isPopulate(flags);
            Mfn table = root;
            int level;
            for (level = ROOT_LEVEL; level < target; level++) {
                trace.enter(LEVEL_FRAMES[level]);
                NextLevel next = nextLevel(readOnly, level, table, Lpae.tableOffset(vfn, level));
                trace.leave();
                if (next == NextLevel.MAP_FAILED) {
                    // A missing table is fine when removing: there is nothing to remove.
                    if (XenPtFlags.isPresent(flags) || XenPtFlags.isPopulate(flags)) {
                        return fail(CheckEntryRule.MISSING_TABLE);
                    }
                    return Errno.OK;
                }
                if (next.isSuperpage()) {
                    break;
                }
                table = next.table();
            }
            if (level != target) {
                return fail(CheckEntryRule.SHATTER_SUPERPAGE);
            }
            trace.enter(LEVEL_FRAMES[level]);
            try {
                return writeEntry(table, Lpae.tableOffset(vfn, level), mfn, level, flags);
            } finally {
                trace.leave();
            }
        });
    }

    /** The tail of xen_pt_update_entry: check the target entry, then write its new value. */
    private int writeEntry(Mfn table, int index, Mfn mfn, int level, int flags) {
        long entry = frames.read(table, index);
        if (!checkEntry(entry, mfn, level, flags)) {
            return Errno.EINVAL;
        }
        if (XenPtFlags.isPopulate(flags)) {
            return Errno.OK; // the tables exist now, which is all populating asks for
        }
        long pte;
        if (!XenPtFlags.isPresent(flags)) {
            pte = 0;
        } else {
            if (mfn.isValid()) {
                // Pages at level 3 carry the table bit; blocks at levels 1 and 2 do not.
                pte = XenPtEntry.withTableBit(XenPtEntry.mfnToXenEntry(mfn, XenPtFlags.attrIndex(flags)), level == 3);
            } else {
                pte = entry; // a modify keeps all but the permissions (the entry read for the check: nothing wrote it since)
            }
            pte = XenPtEntry.withPermissions(pte, flags);
            if (variant.hasContiguousHint()) {
                pte = XenPtEntry.withContiguous(pte, XenPtFlags.isContiguous(flags));
            }
        }
        frames.write(table, index, pte);
        return Errno.OK;
    }

    /** What xen_pt_next_level found: no table (MAP_FAILED), a superpage, or the next table. */
    private record NextLevel(Mfn table) {
        static final NextLevel MAP_FAILED = new NextLevel(null);
        static final NextLevel SUPER_PAGE = new NextLevel(Mfn.INVALID);

        boolean isSuperpage() { return this == SUPER_PAGE; }
    }

    /**
     * xen_pt_next_level: follows the entry at {@code index}, creating the missing table unless
     * {@code readOnly}.
     */
    private NextLevel nextLevel(boolean readOnly, int level, Mfn table, int index) {
        trace.enter("xen_pt_next_level");
        try {
            long entry = frames.read(table, index);
            if (!Lpae.isValid(entry)) {
                if (readOnly || createXenTable(table, index) != Errno.OK) {
                    return NextLevel.MAP_FAILED;
                }
                entry = frames.read(table, index); // read again after write_pte's barrier
            }
            if (XenPtEntry.lpaeIsMapping(entry, level)) {
                return NextLevel.SUPER_PAGE;
            }
            return new NextLevel(Lpae.mfn(entry));
        } finally {
            trace.leave();
        }
    }

    /** create_xen_table: a new zeroed table (the frame store hands out cleared frames), then the link to it. */
    private int createXenTable(Mfn table, int index) {
        return call("create_xen_table", () -> {
            Mfn page = frames.tryAllocate(FrameKind.XEN_PT_TABLE, FrameStore.DOMID_XEN);
            if (page == null) {
                return fail(CheckEntryRule.OUT_OF_MEMORY);
            }
            frames.write(table, index, XenPtEntry.tableEntry(page));
            return Errno.OK;
        });
    }

    /** xen_pt_check_entry: false (and an ERROR event naming the rule) when the update is refused. */
    private boolean checkEntry(long entry, Mfn mfn, int level, int flags) {
        return call("xen_pt_check_entry", () -> {
            CheckEntryRule rule = firstViolation(entry, mfn, level, flags);
            return rule == null ? Errno.OK : fail(rule);
        }) == Errno.OK;
    }

    private static CheckEntryRule firstViolation(long entry, Mfn mfn, int level, int flags) {
        boolean present = XenPtFlags.isPresent(flags);
        if (present && !mfn.isValid()) {
            if (!Lpae.isValid(entry)) {
                return CheckEntryRule.MODIFY_INVALID_ENTRY;
            }
            if (!XenPtEntry.lpaeIsMapping(entry, level)) {
                return CheckEntryRule.MODIFY_TABLE;
            }
            if (Lpae.ATTR_INDX.get(entry) != XenPtFlags.attrIndex(flags)) {
                return CheckEntryRule.MODIFY_ATTRIBUTE_CHANGE;
            }
            if (XenPtEntry.isContiguous(entry)) {
                return CheckEntryRule.MODIFY_CONTIGUOUS;
            }
        } else if (present) {
            if (Lpae.isValid(entry)) {
                return XenPtEntry.lpaeIsMapping(entry, level)
                        ? CheckEntryRule.INSERT_REPLACES_VALID : CheckEntryRule.INSERT_REPLACES_TABLE;
            }
        } else if (!XenPtFlags.isPopulate(flags)) {
            if (XenPtEntry.lpaeIsTable(entry, level)) {
                return CheckEntryRule.REMOVE_TABLE;
            }
            if (XenPtEntry.isContiguous(entry)) {
                return CheckEntryRule.REMOVE_CONTIGUOUS;
            }
        }
        // Populating has no check.
        return null;
    }

    private int fail(CheckEntryRule rule) {
        trace.record(EventKind.ERROR, rule.errno(), 0, 0, rule.kebabName());
        lastRejection = rule;
        return rule.errno();
    }

    private int call(String function, IntSupplier body) {
        trace.enter(function);
        try {
            return body.getAsInt();
        } finally {
            trace.leave();
        }
    }
}
