package org.p2mdbg.core.iommu;

import org.p2mdbg.core.mem.Mfn;

/** The root of a domain's own IOMMU tables: its kind, frame, and level (VT-d 4, AMD-Vi the paging mode). */
public record IommuRoot(IommuKind kind, Mfn mfn, int level) {}
