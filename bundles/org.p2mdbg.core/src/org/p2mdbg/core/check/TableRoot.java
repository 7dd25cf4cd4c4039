package org.p2mdbg.core.check;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;

/**
 * The root of one table tree the checkers follow. The root pages count as this root while they are
 * allocated as {@code kind} frames owned by {@code owner} (so a root MFN freed and reused later is not
 * mistaken for it). A TLB tag of -1 means no CPU caches the tree; an IOTLB tag of -1 that no device
 * does. Flush events name the tag they invalidate (TLB_FLUSH a = the domain id, IOTLB_FLUSH a = the
 * domain or device id).
 *
 * @param pages concatenated root pages (2 for a 40-bit IPA p2m with its root at level 1)
 */
public record TableRoot(Mfn mfn, int level, int pages, FrameKind kind, EntryFormat format, TableUser user,
                        int owner, int tlbTag, int iotlbTag) {
    public TableRoot {
        if (!kind.isTable()) {
            throw new IllegalArgumentException("a root must be a table frame kind, not " + kind);
        }
        if (Integer.bitCount(pages) != 1) {
            throw new IllegalArgumentException("root pages " + pages + " is not a power of two");
        }
    }

    /** A domain's stage-2 p2m; {@code smmuShared} when a device walks it too (Arm SMMU sharing the p2m). */
    public static TableRoot p2m(Mfn root, int level, int pages, int domainId, boolean smmuShared) {
        return new TableRoot(root, level, pages, FrameKind.P2M_TABLE, LpaeEntryFormat.STAGE2, TableUser.P2M,
                domainId, domainId, smmuShared ? domainId : -1);
    }

    /** Xen's own stage-1 tables (owner DOMID_XEN, flushed with TLB_FLUSH a = DOMID_XEN). */
    public static TableRoot xen(Mfn root, int level) {
        return new TableRoot(root, level, 1, FrameKind.XEN_PT_TABLE, LpaeEntryFormat.STAGE1, TableUser.HYPERVISOR,
                FrameStore.DOMID_XEN, FrameStore.DOMID_XEN, -1);
    }

    /** An IOMMU context's tables, owned by a domain, invalidated by IOTLB_FLUSH events with this tag. */
    public static TableRoot iommu(Mfn root, int level, EntryFormat format, int domainId, int iotlbTag) {
        return new TableRoot(root, level, 1, FrameKind.IOMMU_TABLE, format, TableUser.IOMMU, domainId, -1, iotlbTag);
    }

    /**
     * The VLPT's copy of a domain's slots (seed 001): the {@code pages} Xen-heap pages from {@code first},
     * indexed by xen_second slot (level 2 of Xen's arm32 tables), held by the domain.
     */
    public static TableRoot vlptCopy(Mfn first, int pages, int domainId) {
        return new TableRoot(first, 2, pages, FrameKind.XEN_PT_TABLE, LpaeEntryFormat.STAGE1, TableUser.DOMAIN_DATA,
                domainId, -1, -1);
    }

    /** The owner of the root's frames: Xen for its own tables and for the data it keeps for a domain, else the domain. */
    public int frameOwner() {
        return user == TableUser.HYPERVISOR || user == TableUser.DOMAIN_DATA ? FrameStore.DOMID_XEN : owner;
    }

    /** True when the tree translates virtual addresses (Xen's own tables, a PV process's), not guest frames. */
    public boolean translatesVirtual() { return user == TableUser.HYPERVISOR || kind == FrameKind.PV_PAGE_TABLE; }

    /** True when frame {@code mfn} is one of the root pages. */
    public boolean covers(long mfn) { return mfn >= this.mfn.value() && mfn < this.mfn.value() + pages; }
}
