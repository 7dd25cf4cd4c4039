package org.p2mdbg.core.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.format.amdvi.AmdViPte;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.format.vtd.VtdPte;
import org.p2mdbg.core.iommu.IommuTranslation;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.WalkStep;
import org.p2mdbg.core.walk.Walker;

/** The format-neutral walks of an LPAE p2m, a VT-d device, and the level names and roles of every format. */
class DecodedWalksTest {
    /** A stage-2 page at IPA 0x80000000: valid, page, MemAttr normal WB (0xf), S2AP rw, AF, p2m type 1 (ram_rw). */
    static final long P2M_PAGE = 0x40002000L | 0x3 | 0xf << 2 | 3 << 6 | 1 << 10 | 1L << 55;

    @Test void aP2mWalkReadsLevelByLevelToItsFrame() {
        Map<Long, Long> entries = Map.of(0x100L << 9 | 2, 0x101000L | 3, 0x101L << 9, 0x102000L | 3, 0x102L << 9, P2M_PAGE);
        WalkRequest request = new WalkRequest(new Mfn(0x100), 1, 1, Stage.STAGE2);
        DecodedWalk w = DecodedWalks.of("guest IPA 0x80000000", LpaeFormat.STAGE2,
                Walker.walk((t, i) -> entries.getOrDefault(t.value() << 9 | i, 0L), request, 0x80000));
        assertEquals(List.of("L1 0x100000[2] TABLE table", "L2 0x101000[0] TABLE table", "L3 0x102000[0] PAGE page"), lines(w));
        assertEquals(0x40002000L, w.output());
        assertEquals(4096, w.size());
        assertEquals("MFN 0x40002, 4 KiB mapping", w.outcome());
        assertEquals(List.of("valid", "table", "OA", "MemAttr", "S2AP", "SH", "AF", "Contiguous", "XN", "SW"),
                w.last().fields().stream().map(f -> f.name()).toList());
        assertEquals(w.levels().get(2), w.levelWithEntryAt(0x102000L));
    }

    @Test void aHoleStopsAtTheInvalidEntry() {
        DecodedWalk w = DecodedWalks.of("hole", LpaeFormat.STAGE2,
                Walker.walk((t, i) -> 0L, new WalkRequest(new Mfn(0x100), 1, 1, Stage.STAGE2), 0x80000));
        assertFalse(w.isMapped());
        assertEquals(1L << 30, w.size());
        assertEquals("translation fault at L1[2]: invalid", w.outcome());
    }

    @Test void aVtdDeviceWalkNamesItsSecondLevelTables() {
        IommuTranslation t = new IommuTranslation(new Mfn(0x40002), true, true, List.of(
                new WalkStep(4, new Mfn(0x40008), 0, VtdPte.table(new Mfn(0x40009))),
                new WalkStep(3, new Mfn(0x40009), 2, VtdPte.table(new Mfn(0x4000a))),
                new WalkStep(2, new Mfn(0x4000a), 0, VtdPte.table(new Mfn(0x4000b))),
                new WalkStep(1, new Mfn(0x4000b), 0, VtdPte.leaf(new Mfn(0x40002), true, true, false))));
        DecodedWalk w = DecodedWalks.of("nic0 IOVA 0x80000000", VtdFormat.INSTANCE, t);
        assertEquals(List.of("SL-PML4 0x40008000[0] TABLE next-level table", "SL-PDPT 0x40009000[2] TABLE next-level table",
                "SL-PD 0x4000a000[0] TABLE next-level table", "SL-PT 0x4000b000[0] PAGE 4 KiB page"), lines(w));
        assertEquals("MFN 0x40002, 4 KiB mapping", w.outcome());
        assertEquals(List.of("R=1", "W=1", "X=0", "EMT=0", "IPAT=0", "PS=0", "SNP=0", "ADDR=40002", "TM=0"),
                w.last().fields().stream().map(f -> f.name() + "=" + Long.toHexString(f.value())).toList());
    }

    @Test void everyFormatNamesItsLevelsAndRoles() {
        assertEquals(List.of("PML4", "PDPT", "PD", "PT"), List.of(4, 3, 2, 1).stream().map(X86PteFormat.INSTANCE::levelName).toList());
        assertEquals(EntryRole.BLOCK, X86PteFormat.INSTANCE.role(0x200000L | 0xe3, 2));
        assertEquals(EntryRole.TABLE, X86PteFormat.INSTANCE.role(0x3000L | 0x67, 2));
        assertEquals(EntryRole.PAGE, X86PteFormat.INSTANCE.role(0x7000L | 0x3, 1));
        assertEquals(EntryRole.INVALID, X86PteFormat.INSTANCE.role(0x7000L, 1));
        assertEquals(EntryRole.RESERVED, VtdFormat.INSTANCE.role(VtdPte.PS.mask() | 3, 4));
        assertEquals(EntryRole.TABLE, AmdViFormat.INSTANCE.role(AmdViPte.entry(new Mfn(0x40009), 2, true, true), 3));
        assertEquals(EntryRole.RESERVED, AmdViFormat.INSTANCE.role(AmdViPte.entry(new Mfn(0x40009), 3, true, true), 3));
        assertEquals(EntryRole.PAGE, AmdViFormat.INSTANCE.role(AmdViPte.entry(new Mfn(0x40002), 0, true, true), 1));
        assertEquals(EntryRole.RESERVED, LpaeFormat.STAGE2.role(0x40000000L | 1, 0));
        assertEquals(EntryRole.BLOCK, LpaeFormat.STAGE2.role(0x40000000L | 1, 2));
        assertEquals(21, LpaeFormat.STAGE1.entryShift(2));
        assertTrue(EntryRole.BLOCK.isLeaf());
    }

    static List<String> lines(DecodedWalk w) {
        return w.levels().stream().map(l -> l.levelName() + " 0x" + Long.toHexString(l.table()) + "[" + l.index() + "] " + l.role() + " "
                + l.kind()).toList();
    }
}
