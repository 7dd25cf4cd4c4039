package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Mfn;

/**
 * {@code iommu-hwdom D pfn=N nr=N}: the hardware domain's initial 1:1 IOMMU population
 * (iommu_hwdom_init) of the frames [pfn, pfn + nr); a PV domain's pfns are machine frames.
 */
public record IommuHwdomStatement(SourcePos pos, String text, String domain, Mfn first, long nr) implements Statement {
    @Override public String keyword() { return "iommu-hwdom"; }
}
