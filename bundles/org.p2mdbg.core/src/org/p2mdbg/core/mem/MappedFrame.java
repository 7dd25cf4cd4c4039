package org.p2mdbg.core.mem;

/**
 * One of a walker's map_domain_page slots: the frame last mapped through it and its descriptors,
 * so that reading the next entry of the same table costs one array load, as it does through Xen's
 * {@code lpae_t *table}. The mapping is only a shortcut: the store checks it on every access and
 * maps again when the frame differs or when any frame's descriptor array was made, replaced or
 * dropped since (a free, a first write, a trace cursor's restore). The accesses are the store's
 * ordinary traced reads and writes.
 */
public final class MappedFrame {
    long mfn = -1;
    /** The frame's descriptors, null while it has none (it reads as zeros). */
    long[] contents;
    long epoch = -1;
}
