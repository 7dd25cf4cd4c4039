package org.p2mdbg.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.PvAddressSpace;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.live.DescriptorFormat;
import org.p2mdbg.model.live.LiveDescriptor;

/**
 * seed002-pv-exit: a 2-vCPU PV guest maps 16 pages at VA 0x400000 (swapper_pg_dir 0x40000, pgd
 * 0x40001, user pgd 0x40002, then the L3, L2 and L1 tables 0x40003..0x40005), pins the pgd, runs the
 * mm on CPU 1 (which keeps it lazily), then exits on CPU 0 with drop-refs.
 */
class PvAddressSpaceModelTest {
    private static final String FILE = "seed002-pv-exit.p2m";

    @Test void beforeTheExitThePgdIsPinnedAndInCpu1sCr3() {
        SeedExamples seed = SeedExamples.open(FILE);
        seed.seek(seed.run().checkpoints().get("before-exit"));
        PvAddressSpace mm = guest(seed).getPvAddressSpace();
        assertEquals(Mfn.of(0x40000), mm.getSwapperPgDirMfn());
        assertEquals(Mfn.of(0x40001), mm.getPgdMfn());
        assertEquals(Mfn.of(0x40002), mm.getUserPgdMfn());
        assertEquals(Mfn.of(0x40001), mm.getRootMfn());
        assertEquals(4, mm.getRootLevel());
        assertEquals("L4x2 pinned PagePinned", mm.getPgdType());
        assertTrue(mm.isPinned());
        assertTrue(mm.isLinuxPinned());
        assertEquals(1, mm.getCr3Cpus());
        assertEquals("1", mm.getCr3CpuList());
        assertEquals(0x2L, mm.getCpumask());   // CPU 1 switched to the mm; the faults ran on CPU 0 in init_mm
        assertEquals(List.of(Mfn.of(0x40001), Mfn.of(0x40002)), mm.getTables().stream().map(Table::getMfn).toList());

        Table l1 = l1(mm);
        assertEquals(Mfn.of(0x40005), l1.getMfn());
        assertEquals("L1x2 pinned PagePinned", l1.getPageType());   // Linux pins L1s itself (split PTE locks): L2 entry + pin
        assertEquals(16, l1.getValidCount());
        assertEquals(0x400000L, l1.getInputStart());
        assertEquals(0x5fffffL, l1.getInputEnd());
        Descriptor pte = l1.getDescriptors().get(0);
        assertEquals(DescriptorFormat.X86_64, ((LiveDescriptor) pte).format());
        assertEquals(DescriptorKind.PAGE, pte.getKind());
        assertEquals(1, pte.getLevel());
        assertEquals(0x400000L, pte.getInputStart());
        assertEquals(0x8000000040006067L, pte.getRaw());
        assertEquals(Mfn.of(0x40006), pte.getOutputMfn());
        assertEquals("P [0] = 1 present", IommuContextModelTest.fields(pte).get(0));
    }

    @Test void theExitDropsThePinAndSteppingBackRestoresIt() {
        SeedExamples seed = SeedExamples.open(FILE);
        PvAddressSpace mm = guest(seed).getPvAddressSpace();
        Table pgd = mm.getTables().get(0);
        assertEquals("WRITABLEx1", mm.getPgdType());
        assertFalse(mm.isPinned());
        assertFalse(mm.isLinuxPinned());
        assertEquals("none", mm.getCr3CpuList());
        assertEquals(0, pgd.getValidCount());
        assertEquals("WRITABLEx1", pgd.getPageType());

        seed.seek(seed.run().checkpoints().get("before-exit"));
        assertSame(mm, guest(seed).getPvAddressSpace());
        assertSame(pgd, mm.getTables().get(0));
        assertEquals(1, pgd.getValidCount());
        assertEquals("L4x2 pinned PagePinned", pgd.getPageType());
        assertTrue(mm.isPinned());

        // before pv-map booted the guest's MMU view there is no address space
        seed.seekToOperation(1);
        assertNull(guest(seed).getPvAddressSpace());
        assertTrue(mm.getTables().isEmpty());
        seed.seekToEnd();
        assertSame(mm, guest(seed).getPvAddressSpace());
        assertEquals(Mfn.of(0x40001), mm.getTables().get(0).getMfn());
        assertEquals(0, mm.getTables().get(0).getValidCount());
    }

    private static Domain guest(SeedExamples seed) { return seed.model().getDomains().get(0); }

    /** pgd[0] → L3[0] → L2[2] (VA 4 MiB) → the L1 table. */
    private static Table l1(PvAddressSpace mm) {
        Table l3 = mm.getTables().get(0).getDescriptors().get(0).getChild();
        Table l2 = l3.getDescriptors().get(0).getChild();
        Descriptor pmd = l2.getDescriptors().get(0);
        assertEquals(2, pmd.getIndex());
        return pmd.getChild();
    }
}
