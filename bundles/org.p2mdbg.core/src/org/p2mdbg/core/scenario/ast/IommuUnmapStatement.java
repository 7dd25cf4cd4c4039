package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Dfn;

/** {@code iommu-unmap DEV dfn=N order=O}: one iommu_unmap of 2^order frames. */
public record IommuUnmapStatement(SourcePos pos, String text, String device, Dfn dfn, int order)
        implements Statement {
    @Override public String keyword() { return "iommu-unmap"; }
}
