package org.p2mdbg.core.check;

import org.p2mdbg.core.format.amdvi.AmdViPte;

/**
 * AMD-Vi I/O page tables for the checkers. Checker levels run from 0 (AMD-Vi level 6, the deepest
 * paging mode) to 5 (AMD-Vi level 1, the 4 KiB entries): a root at paging mode m sits at checker
 * level 6 - m ({@link #rootLevel}). AMD-Vi has no break-before-make rule.
 */
public enum AmdViEntryFormat implements EntryFormat {
    INSTANCE;

    private static final int LEAF_LEVEL = AmdViPte.MAX_PAGING_MODE - 1;

    /** The checker level of a root table at this paging mode (1..6). */
    public static int rootLevel(int pagingMode) { return AmdViPte.MAX_PAGING_MODE - pagingMode; }

    @Override public boolean isValid(long d) { return AmdViPte.isPresent(d); }

    @Override public boolean isTable(long d, int level) { return level < LEAF_LEVEL && AmdViPte.isTable(d); }

    @Override public long outputFrame(long d) { return AmdViPte.mfn(d).value(); }

    @Override public int order(int level) { return 9 * (LEAF_LEVEL - level); }

    @Override public int leafLevel() { return LEAF_LEVEL; }

    @Override public long breakBeforeMakeBits() { return 0; }

    @Override public long attributeBits() { return 0; }

    /** Present, Next Level, address, U, FC, IR, IW (A and D are written by the IOMMU itself). */
    @Override public long hardwareBits() {
        return AmdViPte.PR.mask() | AmdViPte.NEXT_LEVEL.mask() | AmdViPte.ADDR.mask() | AmdViPte.U.mask() | AmdViPte.FC.mask()
                | AmdViPte.IR.mask() | AmdViPte.IW.mask();
    }
}
