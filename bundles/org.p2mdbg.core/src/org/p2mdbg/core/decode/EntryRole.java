package org.p2mdbg.core.decode;

/** What one descriptor is to a walk, in any format: the walk goes on, ends with an output, or faults. */
public enum EntryRole {
    /** Points at a next-level table. */
    TABLE,
    /** Maps a region larger than the smallest page (an LPAE block, an x86 2 MiB / 1 GiB page, a superpage). */
    BLOCK,
    /** Maps a page of the smallest size the format has at this point. */
    PAGE,
    /** Not valid / not present: the address is not mapped. */
    INVALID,
    /** An encoding the format reserves at this level: the walk faults. */
    RESERVED;

    public boolean isLeaf() { return this == BLOCK || this == PAGE; }
}
