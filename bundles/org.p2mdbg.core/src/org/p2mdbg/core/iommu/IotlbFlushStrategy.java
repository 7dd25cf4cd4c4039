package org.p2mdbg.core.iommu;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How IOTLB flushes are issued around IOMMU map and unmap operations (seed 003), by the spelling of
 * {@code option iommu-flush=...}.
 */
public enum IotlbFlushStrategy {
    /**
     * Xen as of late 2018 (xen/drivers/passthrough at ae7fc10d): every driver's map_page / unmap_page
     * flushes the page it changed; VT-d skips that when the per-CPU iommu_dont_flush_iotlb is set, AMD-Vi
     * ignores the flag (and flushes on every unmap, present or not).
     */
    PER_PAGE("per-page"),
    /**
     * The patch of seed 003 as posted: map_page / unmap_page only report the flush they need, the
     * iommu_map / iommu_unmap wrappers flush once, with the highest kind, at the end of a higher-order
     * operation unless the per-CPU flag is set; arch_iommu_hwdom_init sets the flag, so the hardware
     * domain's initial population is not flushed at all.
     */
    ACCUMULATE("accumulate"),
    /**
     * What was merged (commit e8afe1124c, Xen 4.12): iommu_map / iommu_unmap return the accumulated
     * flush flags to their caller; iommu_legacy_map / iommu_legacy_unmap flush for callers that do not
     * care, honouring the per-CPU flag; arch_iommu_hwdom_init collects the flags of every page and
     * issues one iommu_iotlb_flush_all at the end.
     */
    CALLER("caller");

    private final String scenarioName;

    IotlbFlushStrategy(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }

    public static IotlbFlushStrategy parse(String name) {
        for (IotlbFlushStrategy s : values()) {
            if (s.scenarioName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown IOTLB flush strategy " + name + " (known: "
                + Arrays.stream(values()).map(IotlbFlushStrategy::scenarioName).collect(Collectors.joining(", ")) + ")");
    }
}
