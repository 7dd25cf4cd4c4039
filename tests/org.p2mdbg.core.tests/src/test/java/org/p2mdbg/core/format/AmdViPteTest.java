package org.p2mdbg.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.format.amdvi.AmdViPte;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.mem.Mfn;

/** AMD-Vi I/O page table entries, bit by bit, checked against Xen's two-word IOMMU_PDE_* / IOMMU_PTE_* masks. */
class AmdViPteTest {
    @Test void everyBitOfAPageEntryBelongsToItsNamedField() {
        String[] owner = new String[64];
        Arrays.fill(owner, "");
        owner[0] = "PR";
        owner[5] = "A";
        owner[6] = "D";
        owner[9] = owner[10] = owner[11] = "NextLevel";
        for (int b = 12; b <= 51; b++) {
            owner[b] = "Address";
        }
        owner[59] = "U";
        owner[60] = "FC";
        owner[61] = "IR";
        owner[62] = "IW";
        for (int bit = 0; bit < 64; bit++) {
            long e = 1L << bit;
            if (bit >= 9 && bit <= 11) {
                continue;   // a Next Level of 1, 2 or 4 makes it a table entry; checked below
            }
            String found = "";
            for (DecodedField f : AmdViPte.decode(e, 1)) {
                if (f.value() != 0) {
                    found = f.name();
                }
            }
            assertEquals(owner[bit], found, "bit " + bit);
        }
        assertEquals(7, AmdViPte.NEXT_LEVEL.get(0xE00L));
    }

    @Test void theFieldsSitWhereXensThirtyTwoBitMasksPutThem() {
        // low word: present 0x1, next level 0xE00, address low 0xFFFFF000; high word: address high
        // 0x000FFFFF, U 0x08000000, FC 0x10000000, IR 0x20000000, IW 0x40000000
        assertEquals(0x1L, AmdViPte.PR.mask());
        assertEquals(0xE00L, AmdViPte.NEXT_LEVEL.mask());
        assertEquals(0xFFFFF000L | 0x000FFFFFL << 32, AmdViPte.ADDR.mask());
        assertEquals(0x08000000L << 32, AmdViPte.U.mask());
        assertEquals(0x10000000L << 32, AmdViPte.FC.mask());
        assertEquals(0x20000000L << 32, AmdViPte.IR.mask());
        assertEquals(0x40000000L << 32, AmdViPte.IW.mask());
    }

    @Test void setIommuPdePresentBuildsPagesWithForceCoherentAndTablesWithTheirLevel() {
        long page = AmdViPte.entry(new Mfn(0x123456789L), 0, true, true);
        assertEquals(0x7000123456789001L, page);
        assertEquals("4 KiB page", AmdViPte.describe(page, 1));
        long table = AmdViPte.entry(new Mfn(0x40001), 1, true, true);
        assertEquals(0x6000000040001201L, table);
        assertTrue(AmdViPte.isTable(table));
        assertFalse(AmdViPte.isTable(page));
        assertEquals("level-1 table", AmdViPte.describe(table, 2));
        assertEquals(new Mfn(0x40001), AmdViPte.mfn(table));
        assertEquals(0x2000000040001001L, AmdViPte.entry(new Mfn(0x40001), 0, false, true) & ~AmdViPte.FC.mask());
    }

    @Test void tableEntriesShowNeitherDirtyNorTheLeafOnlyBits() {
        long table = AmdViPte.entry(new Mfn(0x40001), 2, true, false);
        List<String> names = AmdViPte.decode(table, 3).stream().map(DecodedField::name).toList();
        assertEquals(List.of("PR", "A", "NextLevel", "Address", "IR", "IW"), names);
        assertEquals("not readable", AmdViPte.decode(table, 3).get(4).meaning());
        assertEquals("not present", AmdViPte.describe(0, 1));
        assertEquals("page, size encoded in the address", AmdViPte.describe(0xE01L, 2));
    }

    @Test void pfnToPdeIdxTakesNineBitsPerLevel() {
        long dfn = 0x1_2345_6789L;
        assertEquals(0x189, AmdViPte.offset(dfn, 1));
        assertEquals(0x0b3, AmdViPte.offset(dfn, 2));
        assertEquals(0x0d1, AmdViPte.offset(dfn, 3));
        assertEquals(0x024, AmdViPte.offset(dfn, 4));
    }
}
