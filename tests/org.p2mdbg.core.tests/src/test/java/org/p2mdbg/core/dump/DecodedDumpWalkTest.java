package org.p2mdbg.core.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.p2mdbg.core.dump.Aarch64Tables.AF;
import static org.p2mdbg.core.dump.Aarch64Tables.AP_EL0;
import static org.p2mdbg.core.dump.Aarch64Tables.NG;
import static org.p2mdbg.core.dump.Aarch64Tables.PXN;
import static org.p2mdbg.core.dump.Aarch64Tables.SH_INNER;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2mdbg.core.decode.DecodedWalk;
import org.p2mdbg.core.decode.DecodedWalks;
import org.p2mdbg.core.decode.EntryRole;
import org.p2mdbg.core.decode.PagingDescriptorFormat;
import org.p2mdbg.core.format.aarch64.Granule;
import org.p2mdbg.core.format.aarch64.Stage1Layout;
import org.p2mdbg.core.mem.Va;

/** A dumped guest's walks seen through the format-neutral view: AArch64 levels L0..L3 with 4 and 64 KiB granules. */
class DecodedDumpWalkTest {
    /** T0SZ = T1SZ = 16, TG0 4 KiB, TG1 4 KiB, IPS 48-bit. */
    static final long TCR_48 = 16 | 16L << 16 | 2L << 30 | 5L << 32;
    /** T0SZ = 22 (42-bit VA), TG0 64 KiB, EPD1, IPS 48-bit: a two-level walk from L2. */
    static final long TCR_64K_42 = 22 | 1L << 14 | 16L << 16 | 1L << 23 | 2L << 30 | 5L << 32;

    @TempDir
    Path dir;

    private AddressSpace open(GuestImage image, Aarch64Registers regs) throws IOException {
        ElfCore core = ElfCoreReader.read(SyntheticCore.aarch64().segment(0x40000000L, 0x100000).write(dir.resolve("arm.elf"), image));
        return Aarch64Paging.addressSpace(core.memory(), regs);
    }

    @Test void aUserPageWalksL0ToL3() throws IOException {
        GuestImage image = new GuestImage(0x40000000L);
        Aarch64Tables user = new Aarch64Tables(image, new Stage1Layout(Granule.K4, false, 48), 48)
                .map(0x400000L, 0x40200000L, 3, AF | AP_EL0 | NG | PXN | SH_INNER);
        AddressSpace space = open(image, new Aarch64Registers(user.root, 0, TCR_48));
        PagingRegion r = space.regions().get(0);
        PagingDescriptorFormat f = DecodedWalks.format("AArch64 stage 1", r.format());
        DecodedWalk w = DecodedWalks.of("VA 0x400123", f, space.translate(new Va(0x400123L)));
        assertEquals(List.of("L0[0] TABLE", "L1[0] TABLE", "L2[2] TABLE", "L3[0] PAGE"),
                w.levels().stream().map(l -> l.levelName() + "[" + l.index() + "] " + l.role()).toList());
        assertEquals(user.root, w.levels().get(0).table());
        assertEquals(0x40200123L, w.output());
        assertEquals("PA 0x40200123, 4 KiB mapping at PA 0x40200000 (" + space.translate(new Va(0x400123L)).attributes().flags() + ")",
                w.outcome());
        assertEquals("4 KiB page", w.last().kind());
        assertEquals(List.of("valid", "type", "AttrIndx", "NS", "AP", "SH", "AF", "nG", "OA", "GP", "DBM", "Contiguous", "PXN", "UXN", "SW",
                "PBHA"), w.last().fields().stream().map(field -> field.name()).toList());
    }

    @Test void a64KibGranuleWalkStartsAtL2AndMapsA512MibBlock() throws IOException {
        GuestImage image = new GuestImage(0x40000000L);
        Aarch64Tables user = new Aarch64Tables(image, new Stage1Layout(Granule.K64, false, 48), 42)
                .map(0x20000000L, 0x40000000L, 2, AF | SH_INNER)
                .map(0x0L, 0x40010000L, 3, AF | SH_INNER);
        AddressSpace space = open(image, new Aarch64Registers(user.root, 0, TCR_64K_42));
        PagingDescriptorFormat f = DecodedWalks.format("AArch64 stage 1, 64 KiB", space.regions().get(0).format());
        DecodedWalk block = DecodedWalks.of("block", f, space.translate(new Va(0x20001234L)));
        assertEquals(List.of("L2[1] BLOCK"), block.levels().stream().map(l -> l.levelName() + "[" + l.index() + "] " + l.role()).toList());
        assertEquals(512L << 20, block.size());
        DecodedWalk page = DecodedWalks.of("page", f, space.translate(new Va(0x1234L)));
        assertEquals(List.of(EntryRole.TABLE, EntryRole.PAGE), page.levels().stream().map(l -> l.role()).toList());
        assertEquals(0x40011234L, page.output());
        assertEquals(65536, page.size());
    }

    @Test void aCancelledScanStopsBeforeReadingATable() throws IOException {
        GuestImage image = new GuestImage(0x40000000L);
        Aarch64Tables user = new Aarch64Tables(image, new Stage1Layout(Granule.K4, false, 48), 48)
                .map(0x400000L, 0x40200000L, 3, AF | SH_INNER);
        AddressSpace space = open(image, new Aarch64Registers(user.root, 0, TCR_48 | 1L << 23));
        assertEquals(0, space.mappings(() -> true).leaves());
        assertEquals(1, space.mappings(() -> false).leaves());
    }
}
