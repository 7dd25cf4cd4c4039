package org.p2mdbg.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.vtd.VtdPte;
import org.p2mdbg.core.mem.Mfn;

/** VT-d second-level entries, bit by bit (VT-d specification, "Second-Level Paging Entries"). */
class VtdPteTest {
    /** Which field each single bit of a leaf belongs to ("" for the bits the hardware ignores). */
    private static final String[] LEAF_BITS = new String[64];

    static {
        java.util.Arrays.fill(LEAF_BITS, "");
        LEAF_BITS[0] = "R";
        LEAF_BITS[1] = "W";
        LEAF_BITS[2] = "X";
        LEAF_BITS[3] = LEAF_BITS[4] = LEAF_BITS[5] = "EMT";
        LEAF_BITS[6] = "IPAT";
        LEAF_BITS[7] = "PS";
        LEAF_BITS[11] = "SNP";
        for (int b = 12; b <= 51; b++) {
            LEAF_BITS[b] = "ADDR";
        }
        LEAF_BITS[62] = "TM";
    }

    @Test void everyBitOfALeafBelongsToItsNamedField() {
        for (int bit = 0; bit < 64; bit++) {
            long e = 1L << bit;
            String owner = "";
            for (DecodedField f : VtdPte.decode(e, 1)) {
                if (f.value() != 0) {
                    assertEquals("", owner, "bit " + bit + " decoded twice");
                    owner = f.name();
                }
            }
            assertEquals(LEAF_BITS[bit], owner, "bit " + bit);
        }
    }

    @Test void xenBuildsALeafFromTheAddressThePermissionsAndSnoop() {
        long e = VtdPte.leaf(new Mfn(0x12345), true, true, true);
        assertEquals(0x0000000012345803L, e);
        assertEquals(0x0000000012345001L, VtdPte.leaf(new Mfn(0x12345), true, false, false));
        assertEquals(0x0000000012345002L, VtdPte.leaf(new Mfn(0x12345), false, true, false));
        assertTrue(VtdPte.isPresent(e));
        assertEquals(new Mfn(0x12345), VtdPte.mfn(e));
        // present means R or W: X alone or SNP alone is not present
        assertFalse(VtdPte.isPresent(0x4L));
        assertFalse(VtdPte.isPresent(0x800L));
    }

    @Test void intermediateEntriesAlwaysCarryReadAndWrite() {
        long e = VtdPte.table(new Mfn(0x40001));
        assertEquals(0x0000000040001003L, e);
        assertEquals("next-level table", VtdPte.describe(e, 4));
        List<String> names = VtdPte.decode(e, 3).stream().map(DecodedField::name).toList();
        assertEquals(List.of("R", "W", "X", "PS", "ADDR"), names);
    }

    @Test void aSuperpageEntryNamesItsSizeByLevel() {
        long twoMiB = 0x0000000000200083L;
        assertTrue(VtdPte.isSuperpage(twoMiB));
        assertEquals("2 MiB page", VtdPte.describe(twoMiB, 2));
        assertEquals("1 GiB page", VtdPte.describe(twoMiB, 3));
        assertEquals("4 KiB page", VtdPte.describe(twoMiB, 1));
        assertEquals(List.of("R", "W", "X", "EMT", "IPAT", "PS", "SNP", "ADDR", "TM"),
                VtdPte.decode(twoMiB, 2).stream().map(DecodedField::name).toList());
    }

    @Test void fieldMeaningsReadAsTheSpecification() {
        long e = 0x4000000012345873L;   // R W, EMT 6 (WB), IPAT, SNP, TM
        List<DecodedField> f = VtdPte.decode(e, 1);
        assertEquals("readable", f.get(0).meaning());
        assertEquals("writable", f.get(1).meaning());
        assertEquals(6, f.get(3).value());
        assertEquals("WB", f.get(3).meaning());
        assertEquals("PAT ignored", f.get(4).meaning());
        assertEquals("snooped", f.get(6).meaning());
        assertEquals("page at MFN 0x12345", f.get(7).meaning());
        assertEquals("transient", f.get(8).meaning());
    }

    @Test void eachLevelIndexesNineBitsOfTheFrameNumber() {
        long dfn = 0x1_2345_6789L;   // 9-bit groups from the top: 0x24, 0xd1, 0xb3, 0x189
        assertEquals(0x189, VtdPte.offset(dfn, 1));
        assertEquals(0x0b3, VtdPte.offset(dfn, 2));
        assertEquals(0x0d1, VtdPte.offset(dfn, 3));
        assertEquals(0x024, VtdPte.offset(dfn, 4));
    }
}
