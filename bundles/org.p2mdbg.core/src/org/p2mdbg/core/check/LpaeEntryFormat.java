package org.p2mdbg.core.check;

import org.p2mdbg.core.format.lpae.BitField;
import org.p2mdbg.core.format.lpae.Lpae;

/**
 * VMSAv8-64 descriptors, 4 KiB granule. Break-before-make (Arm ARM D4.7.1 in DDI 0487A.j, the
 * section Xen's p2m cites) is not needed for permission changes: S2AP/XN at stage 2; AP, PXN, UXN and
 * the hierarchical APTable/XNTable/PXNTable at stage 1. The software bits [58:55] (Xen's p2m type)
 * are ignored by the hardware, so they neither need it nor make a translation stale.
 */
public enum LpaeEntryFormat implements EntryFormat {
    STAGE1(Lpae.AP, Lpae.PXN, Lpae.XN, Lpae.PXN_TABLE, Lpae.XN_TABLE, Lpae.AP_TABLE),
    STAGE2(Lpae.S2AP, Lpae.S2_XN);

    private static final int LEAF_LEVEL = 3;

    private final long permissionBits;

    LpaeEntryFormat(BitField... permissions) {
        long bits = 0;
        for (BitField f : permissions) {
            bits |= f.mask();
        }
        this.permissionBits = bits;
    }

    @Override public boolean isValid(long d) { return Lpae.isValid(d); }

    @Override public boolean isTable(long d, int level) { return Lpae.isTable(d, level); }

    @Override public long outputFrame(long d) { return Lpae.mfn(d).value(); }

    @Override public int order(int level) { return Lpae.levelOrder(level); }

    @Override public int leafLevel() { return LEAF_LEVEL; }

    @Override public long breakBeforeMakeBits() { return hardwareBits() & ~permissionBits; }

    @Override public long attributeBits() {
        return breakBeforeMakeBits() & ~Lpae.OUTPUT_ADDRESS.mask() & ~Lpae.VALID.mask() & ~Lpae.TABLE.mask();
    }

    @Override public long hardwareBits() { return ~Lpae.SOFTWARE.mask(); }
}
