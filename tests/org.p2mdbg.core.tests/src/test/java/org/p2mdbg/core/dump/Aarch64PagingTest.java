package org.p2mdbg.core.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.p2mdbg.core.dump.Aarch64Tables.AF;
import static org.p2mdbg.core.dump.Aarch64Tables.AP_EL0;
import static org.p2mdbg.core.dump.Aarch64Tables.AP_RO;
import static org.p2mdbg.core.dump.Aarch64Tables.AP_TABLE_RO;
import static org.p2mdbg.core.dump.Aarch64Tables.CONTIG;
import static org.p2mdbg.core.dump.Aarch64Tables.DBM;
import static org.p2mdbg.core.dump.Aarch64Tables.NG;
import static org.p2mdbg.core.dump.Aarch64Tables.PXN;
import static org.p2mdbg.core.dump.Aarch64Tables.PXN_TABLE;
import static org.p2mdbg.core.dump.Aarch64Tables.SH_INNER;
import static org.p2mdbg.core.dump.Aarch64Tables.UXN;
import static org.p2mdbg.core.dump.Aarch64Tables.attrIndx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2mdbg.core.format.aarch64.Granule;
import org.p2mdbg.core.format.aarch64.Stage1Layout;
import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

/**
 * Hand-built AArch64 stage-1 tables in ELF cores: a Linux-like 48-bit 4 KiB layout (user pages under
 * TTBR0 with top-byte-ignore, a linear-map block and kernel text under TTBR1, APTable/PXNTable limits,
 * DBM with TCR_EL1.HD), a 52-bit FEAT_LPA2 layout starting at level -1 with tables above 2^48, a
 * 64 KiB-granule 52-bit layout with a 4 TiB block, and a 16 KiB-granule 47-bit layout.
 */
class Aarch64PagingTest {
    /** T0SZ = T1SZ = 16, TG0 4 KiB, TG1 4 KiB, SH inner, IPS 48-bit, AS (16-bit ASID), TBI0, HD. */
    static final long TCR_48 = 16 | 16L << 16 | 2L << 30 | 3L << 12 | 3L << 28 | 5L << 32 | 1L << 36 | 1L << 37 | 1L << 40;

    @TempDir
    Path dir;

    private AddressSpace open(GuestImage image, long segmentStart, long segmentSize, Aarch64Registers regs) throws IOException {
        ElfCore core = ElfCoreReader.read(SyntheticCore.aarch64().segment(segmentStart, segmentSize).write(dir.resolve("arm.elf"), image));
        assertEquals(ElfMachine.AARCH64, core.machine());
        return Aarch64Paging.addressSpace(core.memory(), regs);
    }

    private static String line(MappedRange r) {
        return r.region() + " " + r.start() + "-" + r.end() + " -> " + r.pa() + " " + r.attributes().flags() + " x" + r.leaves();
    }

    /** The 48-bit layout: user pages, a 1 GiB linear-map block, 2 MiB text, a page under read-only, PXN tables. */
    private AddressSpace linuxLike() throws IOException {
        GuestImage image = new GuestImage(0x40000000L);
        Stage1Layout layout = new Stage1Layout(Granule.K4, false, 48);
        Aarch64Tables user = new Aarch64Tables(image, layout, 48)
                .map(0x400000L, 0x40200000L, 3, AF | AP_EL0 | AP_RO | NG | PXN | SH_INNER)
                .map(0x401000L, 0x40201000L, 3, AF | AP_EL0 | AP_RO | NG | PXN | SH_INNER)
                .map(0x7ffff000L, 0x40300000L, 3, AF | AP_EL0 | NG | UXN | PXN | SH_INNER | CONTIG)
                .map(0x7fffe000L, 0x40301000L, 3, AF | AP_EL0 | AP_RO | DBM | NG | UXN | PXN | SH_INNER);
        Aarch64Tables kernel = new Aarch64Tables(image, layout, 48)
                .map(0x0L, 0x40000000L, 1, AF | SH_INNER | attrIndx(4) | UXN | PXN)
                .map(0x800010000000L, 0x40400000L, 2, AF | SH_INNER | AP_RO | UXN);
        kernel.tableFor(0x800040000000L, 3, AP_TABLE_RO | PXN_TABLE);
        kernel.map(0x800040000000L, 0x40600000L, 3, AF | SH_INNER | UXN);
        image.putLong(kernel.entryAddress(0x800040001000L, 3), 0x40601000L | 1);      // bits[1:0] = 01 at level 3
        return open(image, 0x40000000L, 0x100000, new Aarch64Registers(user.root | 0x42L << 48, kernel.root, TCR_48));
    }

    @Test void mappingsCoverBothHalvesWithEffectivePermissions() throws IOException {
        MappingScan scan = linuxLike().mappings();
        assertEquals(List.of(
                "TTBR0_EL1 0x400000-0x402000 -> 0x40200000 EL1 r-- EL0 r-x attr0 ISH AF nG x2",
                "TTBR0_EL1 0x7fffe000-0x7ffff000 -> 0x40301000 EL1 rw- EL0 rw- attr0 ISH AF nG x1",
                "TTBR0_EL1 0x7ffff000-0x80000000 -> 0x40300000 EL1 rw- EL0 rw- attr0 ISH AF nG x1",
                "TTBR1_EL1 0xffff000000000000-0xffff000040000000 -> 0x40000000 EL1 rw- EL0 --- attr4 ISH AF G x1",
                "TTBR1_EL1 0xffff800010000000-0xffff800010200000 -> 0x40400000 EL1 r-x EL0 --- attr0 ISH AF G x1",
                "TTBR1_EL1 0xffff800040000000-0xffff800040001000 -> 0x40600000 EL1 r-- EL0 --- attr0 ISH AF G x1"),
                scan.ranges().stream().map(Aarch64PagingTest::line).toList());
        assertEquals(List.of(new Fault(FaultKind.RESERVED, 3,
                "va 0xffff800040001000-0xffff800040001fff: translation fault: reserved (bits[1:0] = 01 at level 3 faults)")), scan.skipped());
    }

    @Test void aTaggedUserPointerTranslatesThroughTtbr0WithTbi0() throws IOException {
        AddressSpace space = linuxLike();
        Translation t = space.translate(new Va(0x5a00000000401234L));
        assertEquals("TTBR0_EL1", t.region());
        assertEquals(new Pa(0x40201234L), t.pa());
        assertEquals(List.of(0, 1, 2, 3), t.steps().stream().map(TranslationStep::level).toList());
        assertEquals("4 KiB page", t.steps().get(3).kind());
        assertEquals(1, t.steps().get(3).index());
        Translation untaggedKernel = space.translate(new Va(0x5aff800010000000L));
        assertEquals(new Fault(FaultKind.OUT_OF_RANGE, 0, "0x5aff800010000000 is outside the 48-bit range of TTBR1_EL1: bits [63:48] must all be 1"),
                untaggedKernel.fault());
        assertEquals("AArch64 stage 1, TTBR0_EL1 root 0x40000000 (4 KiB granule, 48-bit VA, start level 0, TBI); TTBR1_EL1 root 0x40006000"
                + " (4 KiB granule, 48-bit VA, start level 0); TTBR0_EL1 0x42000040000000, TTBR1_EL1 0x40006000, TCR_EL1 0x135b0103010,"
                + " ASID 0x42", space.description());
    }

    @Test void blocksDecodeTheirFieldsAndKeepTheOffset() throws IOException {
        Translation t = linuxLike().translate(new Va(0xffff000012345678L));
        assertEquals(new Pa(0x52345678L), t.pa());
        assertEquals(1L << 30, t.pageSize());
        TranslationStep block = t.steps().get(1);
        assertEquals("1 GiB block", block.kind());
        assertEquals(List.of("valid=1", "type=0", "AttrIndx=4", "NS=0", "AP=0", "SH=3", "AF=1", "nG=0", "nT=0", "OA=1", "GP=0", "DBM=0",
                "Contiguous=0", "PXN=1", "UXN=1", "SW=0", "PBHA=0"),
                block.fields().stream().map(f -> f.name() + "=" + Long.toHexString(f.value())).toList());
        assertEquals("maps 0x40000000", block.fields().get(9).meaning());
    }

    @Test void tableLimitsAndDirtyBitManagementChangeThePermissions() throws IOException {
        AddressSpace space = linuxLike();
        Aarch64PageAttributes underReadOnlyTable = (Aarch64PageAttributes) space.translate(new Va(0xffff800040000010L)).attributes();
        assertEquals(new Aarch64PageAttributes(false, false, false, false, false, 0, 3, true, false), underReadOnlyTable);
        Aarch64PageAttributes writableClean = (Aarch64PageAttributes) space.translate(new Va(0x7fffe000L)).attributes();
        assertEquals(true, writableClean.el0Write());
        Aarch64PageAttributes readOnlyUser = (Aarch64PageAttributes) space.translate(new Va(0x400000L)).attributes();
        assertEquals(new Aarch64PageAttributes(false, false, true, false, true, 0, 3, true, true), readOnlyUser);
    }

    @Test void invalidEntriesReservedEncodingsAndDisabledHalvesFault() throws IOException {
        AddressSpace space = linuxLike();
        assertEquals(new Fault(FaultKind.NOT_MAPPED, 3, "level 3 entry 2 is invalid"), space.translate(new Va(0x402000L)).fault());
        assertEquals(new Fault(FaultKind.RESERVED, 3, "translation fault: reserved (bits[1:0] = 01 at level 3 faults)"),
                space.translate(new Va(0xffff800040001000L)).fault());
        GuestImage image = new GuestImage(0x40000000L);
        Aarch64Tables user = new Aarch64Tables(image, new Stage1Layout(Granule.K4, false, 40), 48).map(0x200000L, 0x100_0000_0000L, 2, AF);
        AddressSpace off = open(image, 0x40000000L, 0x10000, new Aarch64Registers(user.root, 0, (TCR_48 & ~(7L << 32)) | 2L << 32 | 1L << 23));
        assertEquals(new Fault(FaultKind.REGION_DISABLED, 0, "TCR_EL1.EPD1 = 1: walks of TTBR1_EL1 are disabled"),
                off.translate(new Va(0xffff000000000000L)).fault());
        assertEquals(new Fault(FaultKind.ADDRESS_SIZE, 2, "address size fault: 0x10000000000 is beyond the 40-bit physical address size"
                + " (TCR_EL1.IPS)"), off.translate(new Va(0x200000L)).fault());
    }

    @Test void lpa2WalksFromLevelMinusOneWithTablesAbove48Bits() throws IOException {
        long tablesAt = 1L << 48;
        GuestImage image = new GuestImage(tablesAt);
        Stage1Layout layout = new Stage1Layout(Granule.K4, true, 52);
        Aarch64Tables kernel = new Aarch64Tables(image, layout, 52)
                .map(0x0L, 0xf_ff80_0000_0000L, 0, AF | UXN)
                .map(0x8_0000_0000_0000L, 0xc_0000_1234_5000L, 3, AF | AP_RO | UXN);
        assertEquals(-1, kernel.startLevel);
        long ttbr1 = (kernel.root & 0xffff_ffff_ffffL) | (kernel.root >>> 48) << 2;
        assertEquals(0x4L, ttbr1);
        long tcr = 16 | 1L << 7 | 12L << 16 | 2L << 30 | 3L << 28 | 6L << 32 | 1L << 59;
        AddressSpace space = open(image, tablesAt, 0x100000, new Aarch64Registers(0, ttbr1, tcr));
        Translation big = space.translate(new Va(0xfff0_0012_3456_789aL));
        assertEquals(new Pa(0xf_ff92_3456_789aL), big.pa());
        assertEquals(1L << 39, big.pageSize());
        assertEquals(List.of(-1, 0), big.steps().stream().map(TranslationStep::level).toList());
        assertEquals("512 GiB block", big.steps().get(1).kind());
        Translation page = space.translate(new Va(0xfff8_0000_0000_0abcL));
        assertEquals(new Pa(0xc_0000_1234_5abcL), page.pa());
        assertEquals(List.of(-1, 0, 1, 2, 3), page.steps().stream().map(TranslationStep::level).toList());
        assertEquals(8, page.steps().get(0).index());
        assertEquals(new Pa(tablesAt), page.steps().get(0).table());
        assertEquals(List.of("0xfff0000000000000-0xfff0008000000000 -> 0xfff8000000000", "0xfff8000000000000-0xfff8000000001000 -> 0xc000012345000"),
                space.mappings().ranges().stream().map(r -> r.start() + "-" + r.end() + " -> " + r.pa()).toList());
        assertEquals("ISH", ((Aarch64PageAttributes) page.attributes()).flags().split(" ")[5]);
    }

    @Test void sixtyFourKibGranuleReaches52BitAddressesAndFourTibBlocks() throws IOException {
        long tablesAt = 1L << 48;
        GuestImage image = new GuestImage(tablesAt);
        Stage1Layout layout = new Stage1Layout(Granule.K64, false, 52);
        Aarch64Tables user = new Aarch64Tables(image, layout, 52)
                .map(0x0L, 0x4_0000_0000_0000L, 1, AF | AP_EL0 | UXN)
                .map(0x400_0000_0000L, 0x2000_0000L, 2, AF)
                .map(0x400_2000_0000L, 0x8_0000_0001_0000L, 3, AF | AP_EL0 | AP_RO);
        assertEquals(1, user.startLevel);
        long ttbr0 = (user.root & 0xffff_ffff_ffffL) | (user.root >>> 48) << 2;
        long tcr = 12 | 1L << 14 | 16L << 16 | 1L << 23 | 2L << 30 | 6L << 32;
        AddressSpace space = open(image, tablesAt, 0x100000, new Aarch64Registers(ttbr0, 0, tcr));
        assertEquals(1024, space.regions().get(0).rootEntries());
        Translation tib = space.translate(new Va(0x123_4567_89abL));
        assertEquals(new Pa(0x4_0123_4567_89abL), tib.pa());
        assertEquals("4 TiB block", tib.steps().get(0).kind());
        Translation mib = space.translate(new Va(0x400_1000_0000L));
        assertEquals(new Pa(0x3000_0000L), mib.pa());
        assertEquals("512 MiB block", mib.steps().get(1).kind());
        Translation page = space.translate(new Va(0x400_2000_fedcL));
        assertEquals(new Pa(0x8_0000_0001_fedcL), page.pa());
        assertEquals("64 KiB page", page.steps().get(2).kind());
        assertEquals("OA[51:48]=8", page.steps().get(2).fields().get(8).name() + "=" + page.steps().get(2).fields().get(8).value());
    }

    @Test void sixteenKibGranuleStartsAtLevelOneFor47Bits() throws IOException {
        GuestImage image = new GuestImage(0x80000000L);
        Stage1Layout layout = new Stage1Layout(Granule.K16, false, 48);
        Aarch64Tables kernel = new Aarch64Tables(image, layout, 47)
                .map(0x4000_0000_0000L >>> 1, 0x82000000L, 2, AF | UXN)
                .map(0x100_0000_4000L, 0x9000_4000L, 3, AF | AP_RO);
        assertEquals(1, kernel.startLevel);
        long tcr = 16 | 1L << 7 | 17L << 16 | 1L << 30 | 5L << 32;
        AddressSpace space = open(image, 0x80000000L, 0x100000, new Aarch64Registers(0, kernel.root, tcr));
        assertEquals(2048, space.regions().get(1).rootEntries());
        Translation block = space.translate(new Va(0xffffa00000abcdefL));
        assertEquals(new Pa(0x82abcdefL), block.pa());
        assertEquals("32 MiB block", block.steps().get(1).kind());
        Translation page = space.translate(new Va(0xffff810000004321L));
        assertEquals(new Pa(0x90004321L), page.pa());
        assertEquals("16 KiB page", page.steps().get(2).kind());
        assertEquals(FaultKind.REGION_DISABLED, space.translate(new Va(0x1000L)).fault().kind());
    }

    @Test void settingsTheArchitectureDoesNotAllowAreRejected() {
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> Aarch64Paging.addressSpace(a -> 0, new Aarch64Registers(0, 0, TCR_48 & ~0x3fL | 12)));
        assertEquals("TCR_EL1.T0SZ = 12 gives 52-bit addresses; with the 4 KiB granule and DS = 0 at most 48", big.getMessage());
        IllegalArgumentException tg = assertThrows(IllegalArgumentException.class,
                () -> Aarch64Paging.addressSpace(a -> 0, new Aarch64Registers(0, 0, TCR_48 | 3L << 14)));
        assertEquals("TCR_EL1.TG0 = 0b11 is a reserved granule encoding", tg.getMessage());
    }
}
