package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Dfn;

/** {@code iommu-flush DEV dfn=N nr=N}: a caller's explicit iommu_iotlb_flush of N frames after a batch. */
public record IommuFlushStatement(SourcePos pos, String text, String device, Dfn dfn, long nr) implements Statement {
    @Override public String keyword() { return "iommu-flush"; }
}
