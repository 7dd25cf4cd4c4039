package org.p2mdbg.core.iommu;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.amdvi.AmdViPte;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkStep;

/**
 * A domain's AMD-Vi I/O page tables and the AMD-Vi iommu_ops (xen/drivers/passthrough/amd/iommu_map.c
 * of late 2018, and as commits cbe21fd047 and e8afe1124c changed it), one IOMMU, no ATS. An HVM
 * domain starts with a 2-level table that update_paging_mode deepens, a new root at a time, when a
 * DMA frame needs it; a PV domain's depth is fixed by the host's memory size (get_paging_mode).
 * Not modelled: splitting a superpage entry in iommu_pde_from_dfn (map_page never writes one) and
 * the device table entries that follow a new root.
 */
final class AmdViDomain extends DomainIommu {
    private static final int PTE_PER_TABLE_SHIFT = 9;
    private static final int PTE_PER_TABLE_SIZE = 1 << PTE_PER_TABLE_SHIFT;

    private final boolean hvm;
    /** hd->arch.root_table (an MFN, 0 while there is none) and hd->arch.paging_mode. */
    private final int rootTable;
    private final int pagingMode;

    /** amd_iommu_domain_init: 2 levels for an HVM domain, get_paging_mode(max_page) for a PV one. */
    AmdViDomain(IommuContexts host, Domain domain) {
        super(host, domain);
        this.hvm = host.machine().arch() != Arch.X86_64_PV;
        this.rootTable = registers.define(registerName("root_table"));
        this.pagingMode = registers.define(registerName("paging_mode"));
        long maxPage = frames.firstMfn() + frames.maxFrames();
        registers.set(pagingMode, hvm ? 2 : getPagingMode(maxPage));
    }

    @Override IommuKind kind() { return IommuKind.AMDVI; }

    /**
     * get_paging_mode: the levels needed for {@code entries} frames, 512 per table. (Xen's -ENOMEM
     * beyond 6 levels cannot happen here: a frame store holds at most 2^28 frames, 4 levels.)
     */
    static int getPagingMode(long entries) {
        int level = 1;
        while (entries > PTE_PER_TABLE_SIZE) {
            entries = ((entries + PTE_PER_TABLE_SIZE - 1) & -PTE_PER_TABLE_SIZE) >>> PTE_PER_TABLE_SHIFT;
            level++;
        }
        return level;
    }

    Mfn root() {
        long v = registers.get(rootTable);
        return v == 0 ? Mfn.INVALID : new Mfn(v);
    }

    int pagingMode() { return (int) registers.get(pagingMode); }

    // ---- tables ----

    /** alloc_amd_iommu_pgtable: a zeroed page, or null. */
    private Mfn allocPgtable() {
        trace.enter("alloc_amd_iommu_pgtable");
        try {
            return allocTable();
        } finally {
            trace.leave();
        }
    }

    /** amd_iommu_alloc_root. */
    int allocRoot() {
        if (!root().isValid()) {
            Mfn r = allocPgtable();
            if (r == null) {
                return Errno.ENOMEM;
            }
            registers.set(rootTable, r.value());
        }
        return 0;
    }

    /**
     * set_iommu_pde_present on entry {@code index} of {@code table}: reads the old entry, writes the
     * new one (Xen stores the high word, then the low word with the present bit), and tells whether a
     * present entry changed address, permissions or next level.
     */
    private IotlbFlushKind setPdePresent(Mfn table, int index, Mfn next, int nextLevel, boolean writable, boolean readable) {
        trace.enter("set_iommu_pde_present");
        try {
            long old = frames.read(table, index);
            boolean modified = AmdViPte.isPresent(old)
                    && (!AmdViPte.mfn(old).equals(next) || (AmdViPte.IW.get(old) == 1) != writable
                        || (AmdViPte.IR.get(old) == 1) != readable || AmdViPte.nextLevel(old) != nextLevel);
            frames.write(table, index, AmdViPte.entry(next, nextLevel, writable, readable));
            return modified ? IotlbFlushKind.MODIFIED : IotlbFlushKind.ADDED;
        } finally {
            trace.leave();
        }
    }

    /**
     * update_paging_mode (HVM domains): while the frame lies beyond what the root covers, a new root
     * whose entry 0 points to the old one; the domain then uses the new root and everything is flushed.
     */
    private int updatePagingMode(long dfn) {
        trace.enter("update_paging_mode");
        try {
            int level = pagingMode();
            Mfn oldRoot = root();
            Mfn newRoot = null;
            long offset = dfn >>> (PTE_PER_TABLE_SHIFT * (level - 1));
            while (offset >= PTE_PER_TABLE_SIZE) {
                newRoot = allocPgtable();
                if (newRoot == null) {
                    return error(Errno.ENOMEM, "update_paging_mode: cannot allocate I/O page table");
                }
                // only the upper levels grow: the lower tables keep their next-level bits
                setPdePresent(newRoot, 0, oldRoot, level, true, true);
                level++;
                oldRoot = newRoot;
                offset >>>= PTE_PER_TABLE_SHIFT;
            }
            if (newRoot != null) {
                registers.set(pagingMode, level);
                registers.set(rootTable, newRoot.value());
                // for safety, invalidate all entries
                flushAllPages();
            }
            return 0;
        } finally {
            trace.leave();
        }
    }

    /**
     * iommu_pde_from_dfn: walks from the root to the level-1 table of {@code dfn}, installing a table
     * under every not-present entry; {@code ptMfn[level]} gets each table on the way. Non-zero when a
     * table could not be allocated, or a not-present entry still holds an address.
     */
    private int pdeFromDfn(long dfn, long[] ptMfn) {
        trace.enter("iommu_pde_from_dfn");
        try {
            int level = pagingMode();
            Mfn next = root();
            if (level == 1) {
                ptMfn[level] = next.value();
                return 0;
            }
            while (level > 1) {
                int nextLevel = level - 1;
                ptMfn[level] = next.value();
                trace.enter("level " + level);
                try {
                    Mfn table = next;
                    int index = AmdViPte.offset(dfn, level);
                    long pde = frames.read(table, index);
                    next = AmdViPte.mfn(pde);
                    if (!AmdViPte.isPresent(pde)) {
                        if (next.value() != 0) {
                            return 1;   // "should never reach here"
                        }
                        next = allocPgtable();
                        if (next == null) {
                            return 1;
                        }
                        setPdePresent(table, index, next, nextLevel, true, true);
                    }
                } finally {
                    trace.leave();
                }
                level--;
            }
            ptMfn[level] = next.value();
            return 0;
        } finally {
            trace.leave();
        }
    }

    // ---- iommu_ops ----

    /**
     * amd_iommu_map_page: a 4 KiB entry at level 1. The late-2018 driver flushes the page when a
     * present entry changed; the patched one reports added, and modified when it changed.
     */
    @Override int mapPage(Dfn dfn, Mfn mfn, boolean readable, boolean writable, PendingIotlbFlush pending) {
        trace.enter("amd_iommu_map_page");
        try {
            lockMapping();
            int rc = allocRoot();
            if (rc != 0) {
                unlockMapping();
                crashUnlessHardwareDomain(rc);
                return error(rc, "amd_iommu_alloc_root: root table alloc failed");
            }
            // an HVM domain starts with 2 levels and may need a deeper table for this frame
            if (hvm && updatePagingMode(dfn.value()) != 0) {
                unlockMapping();
                crashUnlessHardwareDomain(Errno.EFAULT);
                return error(Errno.EFAULT, "amd_iommu_map_page: update_paging_mode failed");
            }
            long[] ptMfn = new long[7];
            if (pdeFromDfn(dfn.value(), ptMfn) != 0 || ptMfn[1] == 0) {
                unlockMapping();
                crashUnlessHardwareDomain(Errno.EFAULT);
                return error(Errno.EFAULT, "amd_iommu_map_page: invalid IO pagetable entry (iommu_pde_from_dfn)");
            }
            trace.enter("set_iommu_pte_present");
            IotlbFlushKind needed = setPdePresent(new Mfn(ptMfn[1]), AmdViPte.offset(dfn.value(), 1), mfn, 0, writable, readable);
            trace.leave();
            if (strategy() == IotlbFlushStrategy.PER_PAGE) {
                // the late-2018 driver flushes with mapping_lock still held
                if (needed == IotlbFlushKind.MODIFIED) {
                    flushPages(dfn.value(), 0);
                }
            } else {
                pending.add(needed);
            }
            unlockMapping();
            return 0;
        } finally {
            trace.leave();
        }
    }

    /**
     * amd_iommu_unmap_page: the walk installs missing tables even here; the entry is cleared and
     * mapping_lock dropped. The late-2018 driver writes 0 without looking and then flushes the page
     * every time; the patched one reads the entry and reports modified only when it was present.
     */
    @Override int unmapPage(Dfn dfn, PendingIotlbFlush pending) {
        trace.enter("amd_iommu_unmap_page");
        try {
            lockMapping();
            if (!root().isValid()) {
                unlockMapping();
                return 0;
            }
            if (hvm) {
                int rc = updatePagingMode(dfn.value());
                if (rc != 0) {
                    unlockMapping();
                    crashUnlessHardwareDomain(rc);
                    return rc;
                }
            }
            long[] ptMfn = new long[7];
            if (pdeFromDfn(dfn.value(), ptMfn) != 0 || ptMfn[1] == 0) {
                unlockMapping();
                crashUnlessHardwareDomain(Errno.EFAULT);
                return error(Errno.EFAULT, "amd_iommu_unmap_page: invalid IO pagetable entry (iommu_pde_from_dfn)");
            }
            Mfn l1 = new Mfn(ptMfn[1]);
            int index = AmdViPte.offset(dfn.value(), 1);
            trace.enter("clear_iommu_pte_present");
            if (strategy() == IotlbFlushStrategy.PER_PAGE) {
                frames.write(l1, index, 0L);
                trace.leave();
                unlockMapping();
                flushPages(dfn.value(), 0);
            } else {
                boolean present = AmdViPte.isPresent(frames.read(l1, index));
                frames.write(l1, index, 0L);
                trace.leave();
                unlockMapping();
                pending.add(present ? IotlbFlushKind.MODIFIED : IotlbFlushKind.NONE);
            }
            return 0;
        } finally {
            trace.leave();
        }
    }

    /** Late 2018 the AMD-Vi driver had no iotlb_flush ops (commit cbe21fd047 added them). */
    @Override boolean hasIotlbFlushOps() { return strategy() != IotlbFlushStrategy.PER_PAGE; }

    /**
     * amd_iommu_flush_iotlb_pages: nothing unless a present entry was modified; else the smallest
     * single flush (order 0, 9 or 18) covering the range, or everything.
     */
    @Override int iotlbFlush(Dfn dfn, long count, IotlbFlushKind kind) {
        trace.enter("amd_iommu_flush_iotlb_pages");
        try {
            if (kind != IotlbFlushKind.MODIFIED) {
                return 0;
            }
            long d = dfn.value();
            if (d + count < d) {
                flushAllPages();
            } else if (count == 1) {
                flushPages(d, 0);
            } else if (flushCount(d, count, 9) == 1) {
                flushPages(d, 9);
            } else if (flushCount(d, count, 18) == 1) {
                flushPages(d, 18);
            } else {
                flushAllPages();
            }
            return 0;
        } finally {
            trace.leave();
        }
    }

    private static long flushCount(long dfn, long pageCount, int order) {
        long start = dfn >>> order;
        long end = ((dfn + pageCount - 1) >>> order) + 1;
        return end - start;
    }

    /** amd_iommu_flush_iotlb_all. */
    @Override int iotlbFlushAll(IotlbFlushKind kind) {
        trace.enter("amd_iommu_flush_iotlb_all");
        flushAllPages();
        trace.leave();
        return 0;
    }

    /** amd_iommu_flush_pages: one INVALIDATE_IOMMU_PAGES command for the aligned 2^order frames. */
    private void flushPages(long dfn, int order) {
        trace.enter("amd_iommu_flush_pages");
        recordFlush(domain.id(), dfn & -(1L << order), 1L << order, IotlbFlushKind.MODIFIED.detail());
        trace.leave();
    }

    /** amd_iommu_flush_all_pages. */
    private void flushAllPages() {
        trace.enter("amd_iommu_flush_all_pages");
        recordFlush(domain.id(), 0, -1, IotlbFlushKind.MODIFIED.detail());
        trace.leave();
    }

    /**
     * amd_iommu_domain_destroy: the root goes on the cleanup list, everything is flushed, then the
     * cleanup (deallocate_page_table, first in first out) queues the present tables below each table
     * and frees it.
     */
    @Override void teardown() {
        trace.enter("amd_iommu_domain_destroy");
        try {
            Mfn r = root();
            ArrayDeque<Mfn> tables = new ArrayDeque<>();
            ArrayDeque<Integer> levels = new ArrayDeque<>();
            // deallocate_iommu_page_tables: the tables are queued for freeing under mapping_lock
            lockMapping();
            if (r.isValid()) {
                tables.add(r);
                levels.add(pagingMode());
                registers.set(rootTable, 0);
            }
            unlockMapping();
            flushAllPages();
            trace.enter("iommu_free_pagetables");
            while (!tables.isEmpty()) {
                deallocatePageTable(tables.removeFirst(), levels.removeFirst(), tables, levels);
            }
            trace.leave();
        } finally {
            trace.leave();
        }
    }

    private void deallocatePageTable(Mfn table, int level, ArrayDeque<Mfn> tables, ArrayDeque<Integer> levels) {
        trace.enter("deallocate_page_table");
        if (level > 1) {
            trace.enter("level " + level);
            for (int i = 0; i < PTE_PER_TABLE_SIZE; i++) {
                long pde = frames.read(table, i);
                int next = AmdViPte.nextLevel(pde);
                if (AmdViPte.mfn(pde).value() != 0 && next != 0 && AmdViPte.isPresent(pde)) {
                    tables.add(AmdViPte.mfn(pde));
                    levels.add(next);
                }
            }
            trace.leave();
        }
        frames.free(table);
        trace.leave();
    }

    @Override IommuTranslation translate(Dfn dfn) {
        List<WalkStep> steps = new ArrayList<>();
        // the address bits above the root's reach must be zero
        Mfn table = dfn.value() >>> (PTE_PER_TABLE_SHIFT * pagingMode()) == 0 ? root() : Mfn.INVALID;
        for (int level = pagingMode(); table.isValid(); level--) {
            int index = AmdViPte.offset(dfn.value(), level);
            long pde = frames.peek(table, index);
            steps.add(new WalkStep(level, table, index, pde));
            if (!AmdViPte.isPresent(pde)) {
                break;
            }
            if (level == 1) {
                return new IommuTranslation(AmdViPte.mfn(pde), AmdViPte.IR.get(pde) == 1, AmdViPte.IW.get(pde) == 1, steps);
            }
            table = AmdViPte.mfn(pde);
        }
        return new IommuTranslation(Mfn.INVALID, false, false, steps);
    }
}
