package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.iommu.IommuKind;

/** {@code device NAME iommu=vtd|amdvi|smmu domain=D}: a device assigned to a domain behind an IOMMU. */
public record DeviceStatement(SourcePos pos, String text, String name, IommuKind iommu, String domain)
        implements Statement {
    @Override public String keyword() { return "device"; }
}
