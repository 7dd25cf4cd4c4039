package org.p2mdbg.core.scenario.ast;

/** The IOMMU a {@code device} sits behind. */
public enum IommuKind {
    VTD("vtd"), AMDVI("amdvi"), SMMU("smmu");

    private final String scenarioName;

    IommuKind(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }
}
