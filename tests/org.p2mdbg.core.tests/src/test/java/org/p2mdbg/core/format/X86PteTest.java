package org.p2mdbg.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.x86.X86Pte;
import org.p2mdbg.core.mem.Mfn;

/** x86-64 4-level paging entries, bit by bit (Intel SDM vol. 3A, tables 4-15 to 4-20). */
class X86PteTest {
    private static String ownerOf(long e, int level) {
        String found = "";
        for (DecodedField f : X86Pte.decode(e, level)) {
            if (f.value() != 0) {
                found = found.isEmpty() ? f.name() : found + "+" + f.name();
            }
        }
        return found;
    }

    @Test void everyBitOfAPteBelongsToItsNamedField() {
        String[] owner = new String[64];
        Arrays.fill(owner, "");
        String[] low = {"P", "RW", "US", "PWT", "PCD", "A", "D", "PAT", "G", "AVL", "AVL", "AVL"};
        System.arraycopy(low, 0, owner, 0, low.length);
        for (int b = 12; b <= 51; b++) {
            owner[b] = "ADDR";
        }
        owner[63] = "NX";
        for (int bit = 0; bit < 64; bit++) {
            assertEquals(owner[bit], ownerOf(1L << bit, 1), "bit " + bit);
        }
    }

    @Test void bitSevenIsPsInADirectoryAndPatInAPageTable() {
        long large = 0x0000000000200083L;   // P RW PS, 2 MiB at 0x200000
        assertTrue(X86Pte.isLarge(large, 2));
        assertFalse(X86Pte.isTable(large, 2));
        assertEquals("2 MiB page", X86Pte.describe(large, 2));
        assertEquals("1 GiB page", X86Pte.describe(large, 3));
        assertEquals("4 KiB page", X86Pte.describe(large, 1));
        assertFalse(X86Pte.isLarge(large, 1));
        // in a large page bit 12 is the PAT bit, and D and G mean something
        List<String> names = X86Pte.decode(large | 1L << 12, 2).stream().map(DecodedField::name).toList();
        assertEquals(List.of("P", "RW", "US", "PWT", "PCD", "A", "D", "PS", "G", "AVL", "PAT", "ADDR", "NX"), names);
        assertEquals(1, X86Pte.decode(large | 1L << 12, 2).get(10).value());
    }

    @Test void aPml4EntryLinksATableAndHasNoDirtyOrGlobalBit() {
        long e = X86Pte.entry(new Mfn(0x40002), X86Pte.PAGE_TABLE);
        assertEquals(0x0000000040002067L, e);
        assertTrue(X86Pte.isTable(e, 4));
        assertEquals(List.of("P", "RW", "US", "PWT", "PCD", "A", "PS", "AVL", "ADDR", "NX"),
                X86Pte.decode(e, 4).stream().map(DecodedField::name).toList());
        assertEquals("reserved in a PML4E", X86Pte.decode(e, 4).get(6).meaning());
        assertEquals("table at MFN 0x40002", X86Pte.decode(e, 4).get(8).meaning());
    }

    @Test void linuxFlagWordsDecodeAsTheirNamesSay() {
        // a Xen PV guest's PAGE_KERNEL has no G bit; PAGE_KERNEL_RO differs by RW only
        assertEquals("P+RW+A+D+NX", ownerOf(X86Pte.PAGE_KERNEL, 1));
        assertEquals("P+A+D+NX", ownerOf(X86Pte.PAGE_KERNEL_RO, 1));
        assertEquals("P+RW+US+A+D+NX", ownerOf(X86Pte.PAGE_USER_RW, 1));
        long user = X86Pte.entry(new Mfn(0x5000), X86Pte.PAGE_USER_RW);
        assertEquals(0x8000000005000067L, user);
        assertTrue(X86Pte.isWritable(user));
        assertEquals(new Mfn(0x5000), X86Pte.mfn(user));
        assertEquals("not executable", X86Pte.decode(user, 1).get(X86Pte.decode(user, 1).size() - 1).meaning());
    }

    @Test void indicesTakeNineBitsPerLevel() {
        long vfn = 0x7f12_3456_7L;   // a user address 0x7f1234567000
        assertEquals(0x167, X86Pte.offset(vfn, 1));
        assertEquals(0x1a2, X86Pte.offset(vfn, 2));
        assertEquals(0x048, X86Pte.offset(vfn, 3));
        assertEquals(0x0fe, X86Pte.offset(vfn, 4));
    }
}
