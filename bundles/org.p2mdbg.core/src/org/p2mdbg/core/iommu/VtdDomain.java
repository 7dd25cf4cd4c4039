package org.p2mdbg.core.iommu;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.vtd.VtdPte;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.walk.WalkStep;

/**
 * A domain's VT-d second-level tables and the VT-d iommu_ops (xen/drivers/passthrough/vtd/iommu.c of
 * late 2018, and as commit e8afe1124c changed it), one IOMMU unit, a 48-bit address space (4 levels),
 * snoop control on, page-selective invalidation supported. Not modelled: sharing the EPT (the domain
 * always has tables of its own) and hardware-domain passthrough.
 */
final class VtdDomain extends DomainIommu {
    private static final int LEVELS = VtdPte.LEVELS_48_BIT;
    /** addr_to_dma_page_maddr masks the address to agaw_to_width(2) = 48 bits. */
    private static final long DFN_MASK = (1L << (48 - Mfn.PAGE_SHIFT)) - 1;

    /** hd->arch.pgd_maddr, as an MFN (0 while there is no root). */
    private final int pgdMaddr;

    VtdDomain(IommuContexts host, Domain domain) {
        super(host, domain);
        this.pgdMaddr = registers.define(registerName("pgd_maddr"));
    }

    @Override IommuKind kind() { return IommuKind.VTD; }

    /** The root table, INVALID before the first mapping allocated it. */
    Mfn root() {
        long v = registers.get(pgdMaddr);
        return v == 0 ? Mfn.INVALID : new Mfn(v);
    }

    // ---- tables ----

    /** alloc_pgtable_maddr(drhd, 1): a zeroed page, cleaned from the cache for incoherent IOMMUs. */
    private Mfn allocPgtable() {
        trace.enter("alloc_pgtable_maddr");
        try {
            Mfn page = allocTable();
            if (page != null) {
                flushCachePage(page);
            }
            return page;
        } finally {
            trace.leave();
        }
    }

    /**
     * addr_to_dma_page_maddr: walks from the root down to the level-1 table of {@code dfn}, creating
     * missing tables (and the root) when {@code alloc}; INVALID when a table is missing and may not
     * be created, or when no page was left for one. A table is missing when its entry's address is 0.
     */
    private Mfn dmaPage(long dfn, boolean alloc) {
        trace.enter("addr_to_dma_page_maddr");
        try {
            long addr = dfn & DFN_MASK;
            if (!root().isValid()) {
                if (!alloc) {
                    return Mfn.INVALID;
                }
                Mfn pgd = allocPgtable();
                if (pgd == null) {
                    return Mfn.INVALID;
                }
                registers.set(pgdMaddr, pgd.value());
            }
            Mfn parent = root();
            Mfn pteMaddr = Mfn.INVALID;
            for (int level = LEVELS; level > 1; level--) {
                trace.enter(levelFrame(level));
                try {
                    int offset = VtdPte.offset(addr, level);
                    long pte = frames.read(parent, offset);
                    pteMaddr = VtdPte.ADDR.get(pte) == 0 ? Mfn.INVALID : VtdPte.mfn(pte);
                    if (!pteMaddr.isValid()) {
                        if (!alloc) {
                            return Mfn.INVALID;
                        }
                        pteMaddr = allocPgtable();
                        if (pteMaddr == null) {
                            return Mfn.INVALID;
                        }
                        // high level tables always set r/w: the last level controls the access
                        frames.write(parent, offset, VtdPte.table(pteMaddr));
                        flushCacheEntry(parent, offset);
                    }
                } finally {
                    trace.leave();
                }
                if (level == 2) {
                    break;
                }
                parent = pteMaddr;
            }
            return pteMaddr;
        } finally {
            trace.leave();
        }
    }

    // ---- iommu_ops ----

    /**
     * intel_iommu_map_page: the leaf is rewritten unless it already holds the same value; the
     * late-2018 driver then flushes it (unless the per-CPU flag is set) as a not-present entry when
     * the old one was not present; the patched driver reports added, or modified for a present one.
     */
    @Override int mapPage(Dfn dfn, Mfn mfn, boolean readable, boolean writable, PendingIotlbFlush pending) {
        trace.enter("intel_iommu_map_page");
        try {
            lockMapping();
            Mfn page = dmaPage(dfn.value(), true);
            if (!page.isValid()) {
                unlockMapping();
                return error(Errno.ENOMEM, "intel_iommu_map_page: addr_to_dma_page_maddr found no page for a table");
            }
            int index = VtdPte.offset(dfn.value(), 1);
            trace.enter(levelFrame(1));
            long old = frames.read(page, index);
            long pte = VtdPte.leaf(mfn, readable, writable, true);
            if (old == pte) {
                trace.leave();
                unlockMapping();
                return 0;
            }
            frames.write(page, index, pte);
            flushCacheEntry(page, index);
            trace.leave();
            // the lock goes before the flush, in both versions of the driver
            unlockMapping();
            IotlbFlushKind needed = VtdPte.isPresent(old) ? IotlbFlushKind.MODIFIED : IotlbFlushKind.ADDED;
            if (strategy() == IotlbFlushStrategy.PER_PAGE) {
                return dontFlush() ? 0 : flushIotlb(dfn, needed, 1);
            }
            pending.add(needed);
            return 0;
        } finally {
            trace.leave();
        }
    }

    /** intel_iommu_unmap_page: dma_pte_clear_one, which drops mapping_lock before cleaning the entry and flushing. */
    @Override int unmapPage(Dfn dfn, PendingIotlbFlush pending) {
        trace.enter("intel_iommu_unmap_page");
        trace.enter("dma_pte_clear_one");
        try {
            lockMapping();
            Mfn page = dmaPage(dfn.value(), false);
            if (!page.isValid()) {
                unlockMapping();
                return 0;
            }
            int index = VtdPte.offset(dfn.value(), 1);
            trace.enter(levelFrame(1));
            long old = frames.read(page, index);
            if (!VtdPte.isPresent(old)) {
                trace.leave();
                unlockMapping();
                return 0;
            }
            frames.write(page, index, 0L);
            trace.leave();
            unlockMapping();
            flushCacheEntry(page, index);
            if (strategy() == IotlbFlushStrategy.PER_PAGE) {
                return dontFlush() ? 0 : flushIotlb(dfn, IotlbFlushKind.MODIFIED, 1);
            }
            pending.add(IotlbFlushKind.MODIFIED);
            return 0;
        } finally {
            trace.leave();
            trace.leave();
        }
    }

    /**
     * iommu_flush_iotlb_pages: late 2018 always flushes as for present entries; the patched one
     * passes whether a present entry was modified.
     */
    @Override int iotlbFlush(Dfn dfn, long count, IotlbFlushKind kind) {
        trace.enter("iommu_flush_iotlb_pages");
        try {
            return flushIotlb(dfn, strategy() == IotlbFlushStrategy.PER_PAGE ? IotlbFlushKind.MODIFIED : kind, count);
        } finally {
            trace.leave();
        }
    }

    /** iommu_flush_iotlb_all: a domain-selective flush. */
    @Override int iotlbFlushAll(IotlbFlushKind kind) {
        trace.enter("iommu_flush_iotlb_all");
        try {
            return flushIotlb(null, kind, 0);
        } finally {
            trace.leave();
        }
    }

    /**
     * iommu_flush_iotlb: nothing while no device of the domain sits behind the IOMMU (its bit in
     * iommu_bitmap); a domain-selective flush (DSI) unless exactly one page is named, else a
     * page-selective one (PSI) that is for a not-present entry unless {@code kind} is modified.
     */
    private int flushIotlb(Dfn dfn, IotlbFlushKind kind, long pageCount) {
        trace.enter("iommu_flush_iotlb");
        try {
            if (!host.hasDevice(domain)) {
                return 0;
            }
            if (pageCount != 1 || dfn == null) {
                trace.enter("iommu_flush_iotlb_dsi");
                recordFlush(domain.id(), 0, -1, kind.detail());
                trace.leave();
                return 0;
            }
            trace.enter("iommu_flush_iotlb_psi");
            trace.enter("flush_iotlb_reg");
            try {
                if (kind != IotlbFlushKind.MODIFIED) {
                    // only caching-mode hardware caches not-present entries, tagged with domain id 0
                    if (!host.vtdCachingMode()) {
                        return 0;
                    }
                    recordFlush(-1, dfn.value(), 1, kind.detail());
                    return 0;
                }
                recordFlush(domain.id(), dfn.value(), 1, kind.detail());
                return 0;
            } finally {
                trace.leave();
                trace.leave();
            }
        } finally {
            trace.leave();
        }
    }

    /** iommu_flush_all (hardware-domain set-up): context caches and IOTLBs, globally. */
    void flushAllGlobal() {
        trace.enter("iommu_flush_all");
        recordFlush(domain.id(), 0, -1, "global");
        trace.leave();
    }

    /**
     * iommu_domain_teardown: the root goes on the cleanup list with its level, and the cleanup
     * (iommu_free_page_table, first in first out) clears each present entry, queues the table it
     * points to, and frees the page.
     */
    @Override void teardown() {
        trace.enter("iommu_domain_teardown");
        try {
            Mfn pgd = root();
            if (!pgd.isValid()) {
                return;
            }
            ArrayDeque<Mfn> tables = new ArrayDeque<>();
            ArrayDeque<Integer> levels = new ArrayDeque<>();
            // the root is handed to the cleanup list under mapping_lock; the tables are freed later, without it
            lockMapping();
            tables.add(pgd);
            levels.add(LEVELS);
            registers.set(pgdMaddr, 0);
            unlockMapping();
            trace.enter("iommu_free_pagetables");
            while (!tables.isEmpty()) {
                freePageTable(tables.removeFirst(), levels.removeFirst(), tables, levels);
            }
            trace.leave();
        } finally {
            trace.leave();
        }
    }

    private void freePageTable(Mfn table, int level, ArrayDeque<Mfn> tables, ArrayDeque<Integer> levels) {
        trace.enter("iommu_free_page_table");
        trace.enter(levelFrame(level));
        for (int i = 0; i < VtdPte.ENTRIES; i++) {
            long pte = frames.read(table, i);
            if (!VtdPte.isPresent(pte)) {
                continue;
            }
            if (level - 1 >= 1) {
                tables.add(VtdPte.mfn(pte));
                levels.add(level - 1);
            }
            frames.write(table, i, 0L);
            flushCacheEntry(table, i);
        }
        trace.leave();
        frames.free(table);
        trace.leave();
    }

    @Override IommuTranslation translate(Dfn dfn) {
        List<WalkStep> steps = new ArrayList<>();
        Mfn table = root();
        long addr = dfn.value() & DFN_MASK;
        for (int level = LEVELS; table.isValid(); level--) {
            int index = VtdPte.offset(addr, level);
            long pte = frames.peek(table, index);
            steps.add(new WalkStep(level, table, index, pte));
            if (level == 1) {
                boolean present = VtdPte.isPresent(pte);
                return new IommuTranslation(present ? VtdPte.mfn(pte) : Mfn.INVALID, VtdPte.R.get(pte) == 1, VtdPte.W.get(pte) == 1, steps);
            }
            table = VtdPte.ADDR.get(pte) == 0 ? Mfn.INVALID : VtdPte.mfn(pte);
        }
        return new IommuTranslation(Mfn.INVALID, false, false, steps);
    }

    // ---- cache maintenance (__iommu_flush_cache: only for IOMMUs that do not snoop the tables) ----

    private void flushCacheEntry(Mfn table, int index) {
        if (host.incoherentWalk()) {
            trace.record(EventKind.CACHE_CLEAN, Trace.entryRef(table.value(), index), 1, 0);
        }
    }

    private void flushCachePage(Mfn page) {
        if (host.incoherentWalk()) {
            trace.record(EventKind.CACHE_CLEAN, Trace.entryRef(page.value(), 0), VtdPte.ENTRIES, 0);
        }
    }

    private static String levelFrame(int level) { return "level " + level; }
}
