package org.p2mdbg.core.check;

/** Who walks a table tree, which decides when the tree is live (a CPU or a device may use it). */
public enum TableUser {
    /** A domain's p2m: walked by its vCPUs while the domain is RUNNING. */
    P2M,
    /** Xen's own page tables: always in use. */
    HYPERVISOR,
    /** An IOMMU context: a device may walk it (DMA) as long as it exists. */
    IOMMU,
    /**
     * Entries a domain's structure keeps in Xen's heap, in a table's format, that nothing walks: the
     * arm32 VLPT's copy of the slots (d->arch.dirty.second_lvl). The domain holds the pages (they are
     * reachable) until it is destroyed.
     */
    DOMAIN_DATA
}
