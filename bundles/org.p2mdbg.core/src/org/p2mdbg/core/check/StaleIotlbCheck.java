package org.p2mdbg.core.check;

/**
 * STALE_IOTLB: a changed translation of an IOMMU table, or of a p2m the SMMU shares, not flushed
 * from the device IOTLB in time (IOTLB_FLUSH events, a = the root's IOTLB tag).
 */
final class StaleIotlbCheck extends StaleTranslationCheck {
    StaleIotlbCheck() { super(TlbKind.IOTLB); }
}
