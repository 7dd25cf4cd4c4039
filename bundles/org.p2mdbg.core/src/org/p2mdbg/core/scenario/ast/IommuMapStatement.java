package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.Mfn;

/** {@code iommu-map DEV dfn=N mfn=M order=O perm=r|w|rw}: one iommu_map of 2^order frames. */
public record IommuMapStatement(SourcePos pos, String text, String device, Dfn dfn, Mfn mfn, int order,
        boolean readable, boolean writable) implements Statement {
    @Override public String keyword() { return "iommu-map"; }
}
