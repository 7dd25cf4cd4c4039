package org.p2mdbg.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorField;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.P2m;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.live.LiveMachine;

/** The EMF tree of the thin-slice example, level by level, with values checked by hand. */
class ThinSliceModelTest {
    private final LiveMachine model = ThinSlice.model();

    @Test void theMachineAndItsOneDomain() {
        assertEquals(Arch.ARM64, model.getArch());
        assertEquals(40, model.getIpaBits());
        assertEquals(1, model.getDomains().size());
        Domain guest = ThinSlice.guest(model);
        assertEquals("guest", guest.getName());
        assertEquals(1, guest.getId());
        assertEquals(1, guest.getVcpus());
        assertEquals(DomainState.RUNNING, guest.getState());
        assertEquals(1, model.getCheckpoints().size());
        assertEquals("mapped", model.getCheckpoints().get(0).getName());
        assertEquals(model.getEventCount(), model.getCheckpoints().get(0).getEvent());
    }

    @Test void theP2mHasAConcatenatedLevel1RootOfTwoPages() {
        P2m p2m = ThinSlice.p2m(model);
        assertEquals(Mfn.of(0x40000), p2m.getRootMfn());
        assertEquals(1, p2m.getRootLevel());
        assertEquals(2, p2m.getRootPages());
        assertEquals(Stage.STAGE2, p2m.getStage());
        assertEquals(Gfn.of(0x80000), p2m.getLowestMappedGfn());
        // Xen 4.8: max_mapped_gfn = gfn + (1 << order), one past the block's last gfn 0x803ff
        assertEquals(Gfn.of(0x80400), p2m.getMaxMappedGfn());

        List<Table> roots = p2m.getTables();
        assertEquals(2, roots.size());
        assertTable(roots.get(0), 1, 0x40000, 0x0L, 0x7f_ffff_ffffL, 1);
        assertTable(roots.get(1), 1, 0x40001, 0x80_0000_0000L, 0xff_ffff_ffffL, 0);
        assertEquals(FrameKind.P2M_TABLE, roots.get(0).getFrameKind());
        assertEquals(1, roots.get(0).getOwner());
        assertTrue(roots.get(1).getDescriptors().isEmpty());
    }

    @Test void rootEntry2IsTheTableForIpa2GiB() {
        List<Descriptor> entries = ThinSlice.p2m(model).getTables().get(0).getDescriptors();
        assertEquals(1, entries.size());
        // page_to_p2m_table: p2m_invalid type, read-only, XN (bit 54), normal inner-shareable memory
        assertDescriptor(entries.get(0), 2, 1, DescriptorKind.TABLE, 0x4000004000277fL, 0x40002, 0x8000_0000L, 0xbfff_ffffL);
    }

    @Test void level2HoldsTheTableOfThePageAndTheBlock() {
        Table level2 = ThinSlice.level2(model);
        assertTable(level2, 2, 0x40002, 0x8000_0000L, 0xbfff_ffffL, 2);
        List<Descriptor> entries = level2.getDescriptors();
        assertEquals(2, entries.size());
        assertDescriptor(entries.get(0), 0, 2, DescriptorKind.TABLE, 0x4000004000377fL, 0x40003, 0x8000_0000L, 0x801f_ffffL);
        // a ram_rw block: table bit clear, MemAttr 0xf, S2AP rw, SH inner, AF, type 1 in bits [58:55]
        assertDescriptor(entries.get(1), 1, 2, DescriptorKind.BLOCK, 0x800000600007fdL, 0x60000, 0x8020_0000L, 0x803f_ffffL);
        assertNull(entries.get(1).getChild());
    }

    @Test void level3HoldsTheOnePage() {
        Table level3 = ThinSlice.level3(model);
        assertTable(level3, 3, 0x40003, 0x8000_0000L, 0x801f_ffffL, 1);
        List<Descriptor> entries = level3.getDescriptors();
        assertEquals(1, entries.size());
        assertDescriptor(entries.get(0), 0, 3, DescriptorKind.PAGE, 0x800000500007ffL, 0x50000, 0x8000_0000L, 0x8000_0fffL);
        assertNull(entries.get(0).getChild());
    }

    @Test void thePagesFieldsAreDecodedAsStage2Lpae() {
        List<DescriptorField> fields = ThinSlice.level3(model).getDescriptors().get(0).getFields();
        assertEquals(List.of("valid", "table", "OA", "MemAttr", "S2AP", "SH", "AF", "Contiguous", "XN", "SW"),
                fields.stream().map(DescriptorField::getName).toList());
        assertField(fields.get(1), "[1]", 1, "page");
        assertField(fields.get(2), "[47:12]", 0x50000, "output MFN 0x50000");
        assertField(fields.get(3), "[5:2]", 0xf, "Normal, outer Write-Back, inner Write-Back");
        assertField(fields.get(4), "[7:6]", 3, "read/write");
        assertField(fields.get(5), "[9:8]", 3, "inner shareable");
        assertField(fields.get(6), "[10]", 1, "accessed");
        assertField(fields.get(8), "[54:53]", 0, "executable at EL1 and EL0");
        assertField(fields.get(9), "[58:55]", 1, "0x1");   // p2m_ram_rw
    }

    @Test void aTableDescriptorsFieldsNameTheNextLevel() {
        List<DescriptorField> fields = ThinSlice.level1(model).getFields();
        assertEquals(List.of("valid", "table", "OA"), fields.stream().map(DescriptorField::getName).toList());
        assertField(fields.get(1), "[1]", 1, "table");
        assertField(fields.get(2), "[47:12]", 0x40002, "next-level table at MFN 0x40002");
    }

    static void assertTable(Table t, int level, long mfn, long inputStart, long inputEnd, int valid) {
        assertEquals(level, t.getLevel());
        assertEquals(Mfn.of(mfn), t.getMfn());
        assertEquals(inputStart, t.getInputStart());
        assertEquals(inputEnd, t.getInputEnd());
        assertEquals(valid, t.getValidCount());
    }

    static void assertDescriptor(Descriptor d, int index, int level, DescriptorKind kind, long raw, long outputMfn,
            long inputStart, long inputEnd) {
        assertEquals(index, d.getIndex());
        assertEquals(level, d.getLevel());
        assertEquals(kind, d.getKind());
        assertEquals(raw, d.getRaw(), () -> "raw 0x" + Long.toHexString(d.getRaw()));
        assertEquals(Mfn.of(outputMfn), d.getOutputMfn());
        assertEquals(inputStart, d.getInputStart());
        assertEquals(inputEnd, d.getInputEnd());
    }

    private static void assertField(DescriptorField f, String bits, long value, String meaning) {
        assertEquals(bits, f.getBits(), f.getName());
        assertEquals(value, f.getValue(), f.getName());
        assertEquals(meaning, f.getMeaning(), f.getName());
    }
}
