package org.p2mdbg.core.check;

import org.p2mdbg.core.format.x86.X86Pte;

/**
 * x86-64 4-level page tables (an x86 PV guest's) for the checkers: checker level 0 is the PML4,
 * level 3 the page table. x86 has no break-before-make rule (an entry may change in place, followed
 * by a TLB flush); A and D are written by the CPU itself and AVL is ignored.
 */
public enum X86EntryFormat implements EntryFormat {
    INSTANCE;

    private static final int LEAF_LEVEL = 3;

    @Override public boolean isValid(long d) { return X86Pte.isPresent(d); }

    @Override public boolean isTable(long d, int level) { return X86Pte.isTable(d, 4 - level); }

    @Override public long outputFrame(long d) { return X86Pte.mfn(d).value(); }

    @Override public int order(int level) { return 9 * (LEAF_LEVEL - level); }

    @Override public int leafLevel() { return LEAF_LEVEL; }

    @Override public long breakBeforeMakeBits() { return 0; }

    @Override public long attributeBits() { return 0; }

    @Override public long hardwareBits() {
        return X86Pte.P.mask() | X86Pte.RW.mask() | X86Pte.US.mask() | X86Pte.PWT.mask() | X86Pte.PCD.mask() | X86Pte.PS.mask()
                | X86Pte.G.mask() | X86Pte.PAT_LARGE.mask() | X86Pte.ADDR.mask() | X86Pte.NX.mask();
    }
}
