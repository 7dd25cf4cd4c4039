package org.p2mdbg.core.iommu;

/**
 * The flush accumulated over the pages of one operation (Xen's {@code unsigned int *flush_flags}
 * handed down to map_page / unmap_page): each page raises it to what its change needs.
 */
public final class PendingIotlbFlush {
    private IotlbFlushKind kind = IotlbFlushKind.NONE;

    public void add(IotlbFlushKind needed) { kind = kind.max(needed); }

    public IotlbFlushKind kind() { return kind; }
}
