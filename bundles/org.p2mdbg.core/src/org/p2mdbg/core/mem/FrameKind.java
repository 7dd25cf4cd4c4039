package org.p2mdbg.core.mem;

/** What a machine frame is used for; decides which checks apply to it. */
public enum FrameKind {
    FREE, GUEST_RAM, P2M_TABLE, XEN_PT_TABLE, IOMMU_TABLE, PV_PAGE_TABLE, MMIO;

    public boolean isTable() {
        return this == P2M_TABLE || this == XEN_PT_TABLE || this == IOMMU_TABLE || this == PV_PAGE_TABLE;
    }
}
