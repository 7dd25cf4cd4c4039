package org.p2mdbg.core.check;

import org.p2mdbg.core.format.vtd.VtdPte;

/**
 * Intel VT-d second-level tables of a 48-bit (4-level) DMA address space, for the checkers. Checker
 * level 0 is VT-d level 4 (the root) and checker level 3 the 4 KiB leaf. VT-d has no
 * break-before-make rule: Xen rewrites a present entry in place and then invalidates the IOTLB.
 */
public enum VtdEntryFormat implements EntryFormat {
    INSTANCE;

    private static final int LEAF_LEVEL = VtdPte.LEVELS_48_BIT - 1;

    @Override public boolean isValid(long d) { return VtdPte.isPresent(d); }

    @Override public boolean isTable(long d, int level) { return level < LEAF_LEVEL && VtdPte.isPresent(d) && !VtdPte.isSuperpage(d); }

    @Override public long outputFrame(long d) { return VtdPte.mfn(d).value(); }

    @Override public int order(int level) { return 9 * (LEAF_LEVEL - level); }

    @Override public int leafLevel() { return LEAF_LEVEL; }

    @Override public long breakBeforeMakeBits() { return 0; }

    @Override public long attributeBits() { return 0; }

    /** Everything but the ignored bits 10:8, 61:52 and 63. */
    @Override public long hardwareBits() {
        return VtdPte.R.mask() | VtdPte.W.mask() | VtdPte.X.mask() | VtdPte.EMT.mask() | VtdPte.IPAT.mask() | VtdPte.PS.mask()
                | VtdPte.SNP.mask() | VtdPte.ADDR.mask() | VtdPte.TM.mask();
    }
}
