package org.p2mdbg.core.iommu;

/** The IOMMU a device sits behind, by its scenario spelling ({@code device nic0 iommu=vtd}). */
public enum IommuKind {
    /** Intel VT-d: second-level tables of its own, per domain. */
    VTD("vtd"),
    /** AMD-Vi: I/O page tables of its own, per domain, whose depth grows with the DMA addresses used. */
    AMDVI("amdvi"),
    /** Arm SMMU: walks the domain's stage-2 p2m itself (no table of its own). */
    SMMU("smmu");

    private final String scenarioName;

    IommuKind(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }
}
