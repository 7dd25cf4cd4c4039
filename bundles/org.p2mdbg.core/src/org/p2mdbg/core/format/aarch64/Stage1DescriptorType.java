package org.p2mdbg.core.format.aarch64;

/** What bits[1:0] of a VMSAv8-64 stage-1 descriptor make of it at a given level. */
public enum Stage1DescriptorType {
    /** bit[0] = 0: a translation fault if the walk reaches it. */
    INVALID,
    /** bits[1:0] = 0b11 above the last level: the address of the next table. */
    TABLE,
    /** bits[1:0] = 0b01 at a level where the granule allows a block. */
    BLOCK,
    /** bits[1:0] = 0b11 at level 3. */
    PAGE,
    /** bits[1:0] = 0b01 where no block is allowed (level 3, a root above level 1...): a translation fault. */
    RESERVED
}
