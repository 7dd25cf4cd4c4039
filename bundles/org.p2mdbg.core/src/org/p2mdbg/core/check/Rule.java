package org.p2mdbg.core.check;

/** The rules checked over a trace (SEMANTICS.md §8); each finding names the events that prove it. */
public enum Rule {
    /** A live entry's output address, size or attributes changed without an invalid entry and a TLB flush in between. */
    BBM_VIOLATION("a live entry was changed without break-before-make"),
    /** A translation changed or removed, and the lock dropped, the operation returned or the frame was freed before a TLB flush covered it. */
    STALE_TLB("a changed translation may still be cached by a CPU TLB"),
    /** As STALE_TLB, for the IOTLB of a device (IOMMU tables, or a p2m the SMMU shares). */
    STALE_IOTLB("a changed translation may still be cached by a device IOTLB"),
    /** A frame freed, or handed out again, while a table a running vCPU, Xen or a device uses still maps it. */
    USE_AFTER_FREE("a frame was freed or reused while still mapped"),
    /** An entry whose reference relinquish dropped is read or modified by a later operation. */
    RELINQUISHED_ENTRY_ACCESS("an entry already relinquished was used again"),
    /** A reference taken on behalf of a domain still held after the domain was torn down. */
    LEAKED_REFERENCE("a reference outlived the domain that took it"),
    /** A table page no live root reaches, yet not freed. */
    TABLE_LEAK("a table page is unreachable but not freed"),
    /** A lookup through the VLPT window returned another descriptor than the gfn's level-3 p2m entry. */
    VLPT_MISREAD("a VLPT lookup read the wrong descriptor"),
    /**
     * A device's own IOMMU tables (VT-d, AMD-Vi) and its domain's p2m translate a frame differently;
     * checked on the tables as they are at the end of a run, not over the trace.
     */
    IOMMU_P2M_MISMATCH("a device's IOMMU view disagrees with the domain's p2m");

    private final String summary;

    Rule(String summary) { this.summary = summary; }

    /** One line saying what the rule protects against. */
    public String summary() { return summary; }
}
