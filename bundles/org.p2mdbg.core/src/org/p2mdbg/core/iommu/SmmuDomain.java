package org.p2mdbg.core.iommu;

import java.util.List;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.core.xen.arm.P2m;
import org.p2mdbg.core.xen.arm.P2mType;

/**
 * An Arm SMMU context (xen/drivers/passthrough/arm/smmu.c): the SMMU walks the domain's stage-2 p2m,
 * so there is no table of its own and map_page / unmap_page are p2m updates, which flush the IOTLB
 * themselves (__p2m_set_entry calls iommu_iotlb_flush for a domain with an IOMMU). map_page and
 * unmap_page only serve grant mappings of a direct-mapped domain (gfn == mfn == dfn): the hardware
 * domain. They never report a flush of their own.
 */
final class SmmuDomain extends DomainIommu {
    SmmuDomain(IommuContexts host, Domain domain) {
        super(host, domain);
        domain.setHasIommu(true);   // need_iommu(d): p2m changes now flush the IOTLB
    }

    @Override IommuKind kind() { return IommuKind.SMMU; }

    P2m p2m() { return domain.p2m(); }

    /** is_domain_direct_mapped: on Arm only the hardware domain's memory is mapped 1:1. */
    private boolean directMapped() { return domain.id() == 0; }

    /** arm_smmu_map_page: guest_physmap_add_entry of the frame with an IOMMU p2m type. */
    @Override int mapPage(Dfn dfn, Mfn mfn, boolean readable, boolean writable, PendingIotlbFlush pending) {
        trace.enter("arm_smmu_map_page");
        try {
            if (!directMapped()) {
                return error(Errno.EINVAL, "arm_smmu_map_page: BUG_ON(!is_domain_direct_mapped(d))");
            }
            if (mfn.value() != dfn.value()) {
                return error(Errno.EINVAL, "arm_smmu_map_page: BUG_ON(mfn != dfn)");
            }
            if (!readable && !writable) {
                return error(Errno.EINVAL, "arm_smmu_map_page: neither readable nor writable");
            }
            P2mType t = writable ? P2mType.IOMMU_MAP_RW : P2mType.IOMMU_MAP_RO;
            return p2m().insertMapping(new Gfn(dfn.value()), 1, new Mfn(dfn.value()), t);
        } finally {
            trace.leave();
        }
    }

    /** arm_smmu_unmap_page: guest_physmap_remove_page. */
    @Override int unmapPage(Dfn dfn, PendingIotlbFlush pending) {
        trace.enter("arm_smmu_unmap_page");
        try {
            if (!directMapped()) {
                return error(Errno.EINVAL, "arm_smmu_unmap_page: the domain is not direct-mapped");
            }
            return p2m().removeMapping(new Gfn(dfn.value()), 1);
        } finally {
            trace.leave();
        }
    }

    /** arm_smmu_iotlb_flush: SMMUv1 cannot flush by address and VMID, so the whole context goes. */
    @Override int iotlbFlush(Dfn dfn, long count, IotlbFlushKind kind) {
        trace.enter("arm_smmu_iotlb_flush");
        try {
            return iotlbFlushAll(kind);
        } finally {
            trace.leave();
        }
    }

    /** arm_smmu_iotlb_flush_all: arm_smmu_tlb_inv_context for the domain's context. */
    @Override int iotlbFlushAll(IotlbFlushKind kind) {
        trace.enter("arm_smmu_iotlb_flush_all");
        recordFlush(domain.id(), 0, -1, kind.detail());
        trace.leave();
        return 0;
    }

    @Override IommuTranslation translate(Dfn dfn) {
        WalkResult w = Walker.walk(frames::peek, p2m().walkRequest(), dfn.value());
        long leaf = w.last().descriptor();
        boolean mapped = w.isMapped();
        return new IommuTranslation(w.output(), mapped && (Lpae.S2AP.get(leaf) & 1) != 0, mapped && (Lpae.S2AP.get(leaf) & 2) != 0,
                List.copyOf(w.steps()));
    }

    /** The p2m is the domain's: p2m_teardown frees it, not the SMMU. */
    @Override void teardown() {}
}
