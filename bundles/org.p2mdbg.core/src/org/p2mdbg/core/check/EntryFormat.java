package org.p2mdbg.core.check;

/**
 * What the checkers need to know of a descriptor format, so that they work on any table that
 * records through the frame store. Levels count down the tree: a child table is one level deeper.
 */
public interface EntryFormat {
    boolean isValid(long descriptor);

    /** True when the descriptor, at this level, points to a next-level table. */
    boolean isTable(long descriptor, int level);

    /** The frame the descriptor points to: the next table, or the first frame it maps. */
    long outputFrame(long descriptor);

    /** log2 of the 4 KiB frames one entry at this level covers. */
    int order(int level);

    /** The deepest level, where every valid entry maps a page. */
    int leafLevel();

    /**
     * The bits whose change on a valid entry needs break-before-make: everything the walk uses
     * except the permissions (which may change in place) and the bits the hardware ignores.
     */
    long breakBeforeMakeBits();

    /**
     * The memory-attribute bits among {@link #breakBeforeMakeBits}: all of them but the valid and
     * table bits and the output address.
     */
    long attributeBits();

    /** The bits the hardware uses: a change in any of them changes the translation. */
    long hardwareBits();
}
