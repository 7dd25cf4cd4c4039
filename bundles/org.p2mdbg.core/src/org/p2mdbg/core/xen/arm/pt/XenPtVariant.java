package org.p2mdbg.core.xen.arm.pt;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;

/**
 * Which xen_pt_update runs: seed 004's RFC, or what was merged in Xen 4.17. The differences are
 * the choice of the mapping size, the contiguous hint, and the TLB flush after an insert (see
 * {@link XenPageTables} for examples).
 */
public enum XenPtVariant {
    /** Seed 004 (RFC 4/6) on mm.c blob 59f8a3f15fd1: the remaining count takes part in the alignment mask. */
    RFC("rfc"),
    /** RELEASE-4.17.0 xen/arch/arm/mm.c: xen_pt_mapping_level, xen_pt_check_contig, no flush after an insert. */
    MERGED("merged");

    private static final int FIRST_ORDER = Lpae.levelOrder(1);
    private static final int SECOND_ORDER = Lpae.levelOrder(2);
    /** XEN_PT_4K_NR_CONTIG: with a 4 KiB granule the contiguous hint spans 16 entries. */
    private static final int NR_CONTIG = 16;

    private final String scenarioName;

    XenPtVariant(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }

    /**
     * The level (1, 2 or 3) of the next entry xen_pt_update writes for the frame at {@code virt},
     * {@code left} frames still to do. Without the block flag it is always 3.
     */
    public int mappingLevel(Va virt, Mfn mfn, long left, int flags) {
        // The MFN is left out when removing or modifying (INVALID_MFN) so that only vfn counts.
        long mask = (mfn.isValid() ? mfn.value() : 0) | virt.vfn();
        if (this == RFC) {
            // RFC loop body: mask also holds `left`, the order is picked, then target = 3 - order / 9.
            mask |= left;
            int order;
            if (!XenPtFlags.allowsBlock(flags)) {
                order = 0;
            } else if ((mask & ((1L << FIRST_ORDER) - 1)) == 0) {
                order = FIRST_ORDER;
            } else if ((mask & ((1L << SECOND_ORDER) - 1)) == 0) {
                order = SECOND_ORDER;
            } else {
                order = 0;
            }
            return 3 - order / Lpae.LEVEL_SHIFT;
        }
        // xen_pt_mapping_level: `left` is compared with the size instead of being or-ed in.
        if (!XenPtFlags.allowsBlock(flags)) {
            return 3;
        } else if ((mask & ((1L << FIRST_ORDER) - 1)) == 0 && Long.compareUnsigned(left, 1L << FIRST_ORDER) >= 0) {
            return 1;
        } else if ((mask & ((1L << SECOND_ORDER) - 1)) == 0 && Long.compareUnsigned(left, 1L << SECOND_ORDER) >= 0) {
            return 2;
        }
        return 3;
    }

    /**
     * How many entries of {@code level} are written in a row with the contiguous bit set (16), or 1
     * for no hint: xen_pt_check_contig of the merged code. The RFC has no contiguous hint.
     */
    public int contiguousEntries(Va virt, Mfn mfn, int level, long left, int flags) {
        if (this == RFC || !XenPtFlags.allowsBlock(flags) || !mfn.isValid()) {
            // Tied to the block flag; removals never use it as contiguous entries cannot be removed.
            return 1;
        }
        long nrContig = (1L << Lpae.levelOrder(level)) * NR_CONTIG;
        if (Long.compareUnsigned(left, nrContig) < 0 || ((mfn.value() | virt.vfn()) & (nrContig - 1)) != 0) {
            return 1;
        }
        return NR_CONTIG;
    }

    /** Whether _PAGE_CONTIG exists: refused from callers, written into pte.pt.contig. */
    public boolean hasContiguousHint() { return this == MERGED; }

    /**
     * Whether the TLB flush at the end of xen_pt_update also follows an insert. The merged code skips
     * it there, since an insert never replaces a valid entry.
     */
    public boolean flushesAfterInsert() { return this == RFC; }
}
