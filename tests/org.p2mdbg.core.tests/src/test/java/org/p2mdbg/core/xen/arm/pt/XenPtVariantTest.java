package org.p2mdbg.core.xen.arm.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.p2mdbg.core.xen.arm.pt.XenPtMachine.mfn;
import static org.p2mdbg.core.xen.arm.pt.XenPtMachine.va;
import static org.p2mdbg.core.xen.arm.pt.XenPtVariant.MERGED;
import static org.p2mdbg.core.xen.arm.pt.XenPtVariant.RFC;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.Mfn;

/** The level each variant picks for one round of xen_pt_update (3 = 4 KiB, 2 = 2 MiB, 1 = 1 GiB). */
class XenPtVariantTest {
    private static final int RW = XenPtFlags.PAGE_HYPERVISOR_RW;
    private static final int RW_BLOCK = RW | XenPtFlags.BLOCK;

    @Test void withoutTheBlockFlagBothAlwaysUseLevel3() {
        for (XenPtVariant v : XenPtVariant.values()) {
            assertEquals(3, v.mappingLevel(va(0x40000000L), mfn(0x40000), 0x40000, RW));
        }
    }

    @Test void twoMegabytesAlignedAnd513FramesIsWhereTheyDiffer() {
        // rfc: mask = 0x5000 | 0x200 | 513 is odd -> 4 KiB; merged: aligned and 513 >= 512 -> 2 MiB
        assertEquals(3, RFC.mappingLevel(va(0x200000), mfn(0x5000), 513, RW_BLOCK));
        assertEquals(2, MERGED.mappingLevel(va(0x200000), mfn(0x5000), 513, RW_BLOCK));
    }

    @Test void aMultipleOfTheBlockSizeLeftGivesTheSameChoice() {
        for (XenPtVariant v : XenPtVariant.values()) {
            assertEquals(2, v.mappingLevel(va(0x200000), mfn(0x5000), 1024, RW_BLOCK));
            assertEquals(2, v.mappingLevel(va(0x200000), mfn(0x5000), 512, RW_BLOCK));
            assertEquals(1, v.mappingLevel(va(0x40000000L), mfn(0x40000), 0x40000, RW_BLOCK));
        }
    }

    @Test void oneGigabytePlusTwoMegabytes() {
        // rfc: 0x40200 frames left is only 2 MiB aligned; merged takes the 1 GiB block first.
        assertEquals(2, RFC.mappingLevel(va(0x40000000L), mfn(0x40000), 0x40200, RW_BLOCK));
        assertEquals(1, MERGED.mappingLevel(va(0x40000000L), mfn(0x40000), 0x40200, RW_BLOCK));
    }

    @Test void anUnalignedMfnOrTooFewFramesForcesPages() {
        for (XenPtVariant v : XenPtVariant.values()) {
            assertEquals(3, v.mappingLevel(va(0x200000), mfn(0x5001), 512, RW_BLOCK));
            assertEquals(3, v.mappingLevel(va(0x200000), mfn(0x5000), 511, RW_BLOCK));
            assertEquals(3, v.mappingLevel(va(0x1ff000), mfn(0x4fff), 513, RW_BLOCK));
        }
    }

    @Test void anInvalidMfnIsLeftOutOfTheMask() {
        // Removing with the block flag: INVALID_MFN (all ones) must not spoil the alignment.
        for (XenPtVariant v : XenPtVariant.values()) {
            assertEquals(2, v.mappingLevel(va(0x200000), Mfn.INVALID, 512, XenPtFlags.BLOCK));
        }
    }

    @Test void onlyMergedGroupsSixteenAlignedEntriesUnderOneContiguousHint() {
        assertEquals(16, MERGED.contiguousEntries(va(0x10000), mfn(0x5010), 3, 16, RW_BLOCK));
        assertEquals(16, MERGED.contiguousEntries(va(0x400000000L), mfn(0x402000), 2, 8192, RW_BLOCK));
        assertEquals(1, MERGED.contiguousEntries(va(0x10000), mfn(0x5010), 3, 15, RW_BLOCK));
        assertEquals(1, MERGED.contiguousEntries(va(0x18000), mfn(0x5018), 3, 16, RW_BLOCK));
        assertEquals(1, MERGED.contiguousEntries(va(0x10000), mfn(0x5011), 3, 16, RW_BLOCK));
        assertEquals(1, MERGED.contiguousEntries(va(0x10000), mfn(0x5010), 3, 16, RW));
        assertEquals(1, MERGED.contiguousEntries(va(0x10000), Mfn.INVALID, 3, 16, XenPtFlags.BLOCK));
        assertEquals(1, RFC.contiguousEntries(va(0x10000), mfn(0x5010), 3, 16, RW_BLOCK));
    }
}
