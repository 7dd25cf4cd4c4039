package org.p2mdbg.core.iommu;

/**
 * The IOTLB flush a page-table change needs, ordered (seed 003): none &lt; added (a not-present
 * entry became present: only VT-d in caching mode, which caches not-present entries, must be told)
 * &lt; modified (a present entry changed or was removed). Xen's merged code keeps the same
 * information as the flag bits IOMMU_FLUSHF_added | IOMMU_FLUSHF_modified; every driver tests only
 * whether "modified" is among them, so the highest kind decides the same flush as the flags.
 */
public enum IotlbFlushKind {
    NONE, ADDED, MODIFIED;

    /** The higher of two kinds: what one flush covering both changes must be. */
    public IotlbFlushKind max(IotlbFlushKind other) { return compareTo(other) >= 0 ? this : other; }

    /** The detail an IOTLB_FLUSH event carries ("added" / "modified"), as CostCounter counts them. */
    public String detail() {
        return switch (this) {
            case NONE -> "none";
            case ADDED -> "added";
            case MODIFIED -> "modified";
        };
    }
}
