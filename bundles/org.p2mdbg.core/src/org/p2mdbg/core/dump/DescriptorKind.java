package org.p2mdbg.core.dump;

/** What a walk does with one descriptor, whatever the architecture. */
public enum DescriptorKind {
    /** Not present / not valid: the address is not mapped. */
    INVALID,
    /** Points at a next-level table. */
    TABLE,
    /** Maps a page or a block: the walk ends with an output address. */
    LEAF,
    /** An encoding or a bit the architecture reserves: the walk faults. */
    RESERVED,
    /** An output or table address beyond the configured physical address size: an Address size fault. */
    ADDRESS_SIZE
}
