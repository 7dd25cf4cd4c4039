package org.p2mdbg.core.iommu;

import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Registers;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.LockKind;
import org.p2mdbg.core.trace.Trace;

/**
 * One domain's IOMMU state (Xen's struct domain_iommu) and its driver's iommu_ops: the map_page,
 * unmap_page, iotlb_flush and iotlb_flush_all every device of the domain shares. Which version of
 * the driver runs follows the flush strategy: the late-2018 drivers flush inside map_page and
 * unmap_page; the patched drivers only report the flush each page needs.
 */
abstract sealed class DomainIommu permits VtdDomain, AmdViDomain, SmmuDomain {
    final IommuContexts host;
    final Domain domain;
    final FrameStore frames;
    final Trace trace;
    final Registers registers;

    DomainIommu(IommuContexts host, Domain domain) {
        this.host = host;
        this.domain = domain;
        this.frames = host.machine().frames();
        this.trace = host.machine().trace();
        this.registers = frames.registers();
    }

    abstract IommuKind kind();

    /** iommu_ops.map_page for one 4 KiB page; returns 0 or a negative errno. */
    abstract int mapPage(Dfn dfn, Mfn mfn, boolean readable, boolean writable, PendingIotlbFlush pending);

    /** iommu_ops.unmap_page for one 4 KiB page. */
    abstract int unmapPage(Dfn dfn, PendingIotlbFlush pending);

    /** Whether the driver has iotlb_flush / iotlb_flush_all ops (iommu_iotlb_flush does nothing without them). */
    boolean hasIotlbFlushOps() { return true; }

    /** iommu_ops.iotlb_flush for {@code count} pages from {@code dfn}; the late-2018 op has no kind. */
    abstract int iotlbFlush(Dfn dfn, long count, IotlbFlushKind kind);

    /** iommu_ops.iotlb_flush_all. */
    abstract int iotlbFlushAll(IotlbFlushKind kind);

    /** The device's view of one frame, read without tracing (what a debugger shows). */
    abstract IommuTranslation translate(Dfn dfn);

    /** iommu_domain_destroy: the tables go (the cleanup tasklet runs at once). */
    abstract void teardown();

    IotlbFlushStrategy strategy() { return host.strategy(); }

    /** this_cpu(iommu_dont_flush_iotlb) of the CPU running the operation. */
    boolean dontFlush() { return host.dontFlush(); }

    /** A zeroed table page for this domain's IOMMU tables, or null (the caller reports -ENOMEM). */
    Mfn allocTable() { return frames.tryAllocate(FrameKind.IOMMU_TABLE, domain.id()); }

    /** Records an IOTLB invalidation: {@code tag} the domain whose entries it drops, frames [first, first + count) (count -1: all). */
    void recordFlush(long tag, long first, long count, String detail) {
        trace.record(EventKind.IOTLB_FLUSH, tag, first, count, detail);
    }

    /** spin_lock(&hd->arch.mapping_lock). */
    void lockMapping() { LockKind.IOMMU_MAPPING.lock(trace, domain.id(), 0); }

    /** spin_unlock(&hd->arch.mapping_lock). */
    void unlockMapping() { LockKind.IOMMU_MAPPING.unlock(trace, domain.id(), 0); }

    int error(int rc, String check) {
        trace.record(EventKind.ERROR, rc, 0, 0, check);
        return rc;
    }

    /** domain_crash: what Xen does to a guest (not the hardware domain) whose IOMMU update failed with rc. */
    void crashUnlessHardwareDomain(int rc) {
        if (domain.id() != 0) {
            trace.record(EventKind.ERROR, rc, domain.id(), 0, "domain_crash: the IOMMU update of " + domain.name() + " failed");
        }
    }

    String registerName(String field) { return "d" + domain.id() + "." + kind().scenarioName() + "." + field; }
}
