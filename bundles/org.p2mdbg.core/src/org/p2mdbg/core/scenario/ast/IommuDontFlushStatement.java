package org.p2mdbg.core.scenario.ast;

/** {@code iommu-dont-flush on|off}: sets or clears the per-CPU iommu_dont_flush_iotlb flag of the CPU running the operations. */
public record IommuDontFlushStatement(SourcePos pos, String text, boolean on) implements Statement {
    @Override public String keyword() { return "iommu-dont-flush"; }
}
