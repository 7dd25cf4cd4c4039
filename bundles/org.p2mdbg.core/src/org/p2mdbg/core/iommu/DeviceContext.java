package org.p2mdbg.core.iommu;

import org.p2mdbg.core.machine.Domain;

/**
 * A device assigned to a domain behind an IOMMU: its context entry names the domain, whose IOMMU
 * tables (or, for the SMMU, whose p2m) translate every DMA the device issues.
 */
public record DeviceContext(String name, IommuKind kind, Domain domain) {}
