package org.p2mdbg.core.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.dump.X86Tables.A;
import static org.p2mdbg.core.dump.X86Tables.D;
import static org.p2mdbg.core.dump.X86Tables.G;
import static org.p2mdbg.core.dump.X86Tables.NX;
import static org.p2mdbg.core.dump.X86Tables.P;
import static org.p2mdbg.core.dump.X86Tables.PAT_4K;
import static org.p2mdbg.core.dump.X86Tables.PAT_LARGE;
import static org.p2mdbg.core.dump.X86Tables.PCD;
import static org.p2mdbg.core.dump.X86Tables.PS;
import static org.p2mdbg.core.dump.X86Tables.PWT;
import static org.p2mdbg.core.dump.X86Tables.RW;
import static org.p2mdbg.core.dump.X86Tables.TABLE;
import static org.p2mdbg.core.dump.X86Tables.US;
import static org.p2mdbg.core.dump.X86Tables.pkey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

/**
 * A hand-built x86-64 guest, written as a QEMU-style ELF core with CR3 in its QEMU note: user pages
 * (some merging), a protection key, a read-only PDE above a writable page, a 2 GiB direct map of
 * 1 GiB pages, PAT indexes, 2 MiB kernel pages, a hole, a reserved PS bit and a table outside the dump.
 */
class X86PagingTest {
    static final long CR0 = X86ControlRegisters.CR0_PG_WP_PE;
    static final long CR4 = X86ControlRegisters.CR4_PAE | X86ControlRegisters.CR4_PKE;

    @TempDir
    Path dir;

    GuestImage image;
    X86Tables tables;

    @BeforeEach void buildTables() {
        image = new GuestImage(0x100000);
        tables = new X86Tables(image, 4)
                .map(0x400000L, 0x330d000L, 1, US | A)
                .map(0x401000L, 0x330e000L, 1, US | A)
                .map(0x402000L, 0x3400000L, 1, RW | US | NX | A | D)
                .map(0x404000L, 0x5000L, 1, RW | US | NX | A | pkey(5))
                .map(0x7fff00000000L, 0x6000L, 1, RW | US | NX | A | D)
                .map(0xffff888000000000L, 0L, 3, RW | NX | G | A | D)
                .map(0xffff888040000000L, 0x40000000L, 3, RW | NX | G | A | D)
                .map(0xffffc90000000000L, 0xfebf0000L, 1, RW | NX | PCD | PWT | PAT_4K)
                .map(0xffffc90000200000L, 0xfe000000L, 2, RW | NX | G | PAT_LARGE)
                .map(0xffffffff81000000L, 0x1000000L, 2, G | A)
                .map(0xffffffff81200000L, 0x1200000L, 2, RW | NX | G | A | D);
        long pde = tables.entry(0x7fff00000000L, 2);
        tables.setEntry(0x7fff00000000L, 2, pde & ~RW);                  // a read-only PDE above a writable PTE
        image.putLong(tables.root + 8 * 1, 0x200000L | P | PS);          // PML4 entry 1: PS is reserved there
        image.putLong(tables.root + 8 * 3, 0x80000000L | TABLE);         // PML4 entry 3: a PDPT the dump lacks
    }

    private AddressSpace open(long cr4) throws IOException {
        Path file = SyntheticCore.x86().segment(0, 0x400000).cpu(CR0, tables.root, cr4).cpu(CR0, 0x3ff000, cr4).write(dir.resolve("x86.elf"),
                image);
        ElfCore core = ElfCoreReader.read(file);
        List<QemuCpuState> cpus = core.qemuCpuStates();
        assertEquals(2, cpus.size());
        assertEquals(0x3ff000, cpus.get(1).cr3());
        return X86Paging.addressSpace(core.memory(), cpus.get(0).controlRegisters());
    }

    private static String line(MappedRange r) {
        return r.start() + "-" + r.end() + " -> " + r.pa() + " " + r.attributes().flags() + " x" + r.leaves();
    }

    @Test void mappingsMergeContiguousPagesWithEqualEffectiveFlags() throws IOException {
        MappingScan scan = open(CR4).mappings();
        assertEquals(List.of(
                "0x400000-0x402000 -> 0x330d000 r-x u - pat0 pkey0 x2",
                "0x402000-0x403000 -> 0x3400000 rw- u - pat0 pkey0 x1",
                "0x404000-0x405000 -> 0x5000 rw- u - pat0 pkey5 x1",
                "0x7fff00000000-0x7fff00001000 -> 0x6000 r-- u - pat0 pkey0 x1",
                "0xffff888000000000-0xffff888080000000 -> 0x0 rw- s G pat0 pkey0 x2",
                "0xffffc90000000000-0xffffc90000001000 -> 0xfebf0000 rw- s - pat7 pkey0 x1",
                "0xffffc90000200000-0xffffc90000400000 -> 0xfe000000 rw- s G pat4 pkey0 x1",
                "0xffffffff81000000-0xffffffff81200000 -> 0x1000000 r-x s G pat0 pkey0 x1",
                "0xffffffff81200000-0xffffffff81400000 -> 0x1200000 rw- s G pat0 pkey0 x1"),
                scan.ranges().stream().map(X86PagingTest::line).toList());
        assertEquals(11, scan.leaves());
        assertEquals(List.of(
                new Fault(FaultKind.RESERVED, 4, "va 0x8000000000-0xffffffffff: PS (bit 7) is reserved in a PML4E and is set"),
                new Fault(FaultKind.NOT_IN_DUMP, 3, "the PDPT table at 0x80000000 is not in the dump: va 0x18000000000-0x1ffffffffff not walked")),
                scan.skipped());
    }

    /** Tables are asked for in walk order: PML4, PDPT, PD, PT of 0x400000, the PDPT the dump lacks, then PML4[255]'s PDPT. */
    @Test void aCancelledScanKeepsTheRangesBelowTheFirstTableItDidNotRead() throws IOException {
        int[] asked = {0};
        MappingScan scan = open(CR4).mappings(() -> ++asked[0] >= 6);
        assertEquals(List.of(
                "0x400000-0x402000 -> 0x330d000 r-x u - pat0 pkey0 x2",
                "0x402000-0x403000 -> 0x3400000 rw- u - pat0 pkey0 x1",
                "0x404000-0x405000 -> 0x5000 rw- u - pat0 pkey5 x1"),
                scan.ranges().stream().map(X86PagingTest::line).toList());
        assertEquals(4, scan.leaves());
        assertEquals(2, scan.skipped().size());
        assertEquals(Optional.of(new Va(0x7f8000000000L)), scan.cancelledAt());
        assertTrue(scan.cancelled());
        assertEquals(6, asked[0], "asked once more would walk on");
        assertFalse(open(CR4).mappings().cancelled());
    }

    @Test void aFourKibPageWalksFourLevelsFromTheNotesCr3() throws IOException {
        Translation t = open(CR4).translate(new Va(0x401abcL));
        assertTrue(t.isMapped());
        assertEquals(new Pa(0x330eabcL), t.pa());
        assertEquals(new Pa(0x330e000L), t.page());
        assertEquals(4096, t.pageSize());
        assertEquals("CR3", t.region());
        assertEquals(List.of("4 0x100000 0 0x101067 table", "3 0x101000 0 0x102067 table", "2 0x102000 2 0x103067 table",
                "1 0x103000 1 0x330e025 4 KiB page"),
                t.steps().stream().map(s -> s.level() + " " + s.table() + " " + s.index() + " 0x" + Long.toHexString(s.descriptor()) + " "
                        + s.kind()).toList());
        assertEquals(new Pa(0x103008), t.steps().get(3).entryAddress());
        assertEquals(new X86PageAttributes(false, true, false, false, 0, 0), t.attributes());
    }

    @Test void everyFieldOfAPteIsDecodedWithItsProtectionKey() throws IOException {
        List<DecodedField> f = open(CR4).translate(new Va(0x404000L)).steps().get(3).fields();
        assertEquals(List.of("P=1 present", "RW=1 read/write", "US=1 user", "PWT=0 write-back", "PCD=0 cacheable", "A=1 accessed",
                "D=0 clean", "PAT=0 PAT index 0", "G=0 not global", "AVL=0 0x0", "ADDR=5 page at 0x5000", "ignored=0 0x0", "PK=5 key 5",
                "NX=1 execute disable"),
                f.stream().map(d -> d.name() + "=" + Long.toHexString(d.value()) + " " + d.meaning()).toList());
        List<DecodedField> withoutPke = open(X86ControlRegisters.CR4_PAE).translate(new Va(0x404000L)).steps().get(3).fields();
        assertEquals("key 5 (ignored: CR4.PKE = 0)", withoutPke.get(12).meaning());
    }

    @Test void largePagesStopTheWalkEarlyAndKeepTheOffset() throws IOException {
        AddressSpace space = open(CR4);
        Translation gib = space.translate(new Va(0xffff888012345678L));
        assertEquals(new Pa(0x12345678L), gib.pa());
        assertEquals(1L << 30, gib.pageSize());
        assertEquals(2, gib.steps().size());
        assertEquals("1 GiB page", gib.steps().get(1).kind());
        Translation mib = space.translate(new Va(0xffffc90000201234L));
        assertEquals(new Pa(0xfe001234L), mib.pa());
        assertEquals(2L << 20, mib.pageSize());
        assertEquals(new X86PageAttributes(true, false, true, true, 4, 0), mib.attributes());
        assertEquals("PAT=1 PAT index 4", mib.steps().get(2).fields().stream().filter(d -> d.field().lo() == 12).map(d -> d.name() + "="
                + d.value() + " " + d.meaning()).findFirst().orElseThrow());
    }

    @Test void aReadOnlyPdeMakesTheWritablePteBelowItReadOnly() throws IOException {
        Translation t = open(CR4).translate(new Va(0x7fff00000008L));
        assertEquals(new Pa(0x6008L), t.pa());
        assertFalse(((X86PageAttributes) t.attributes()).writable());
        assertEquals("RW=0 read-only", t.steps().get(2).fields().get(1).name() + "=" + t.steps().get(2).fields().get(1).value() + " "
                + t.steps().get(2).fields().get(1).meaning());
    }

    @Test void faultsNameTheLevelAndTheReason() throws IOException {
        AddressSpace space = open(CR4);
        assertEquals(new Fault(FaultKind.NOT_MAPPED, 1, "PT entry 3 is not present"), space.translate(new Va(0x403000L)).fault());
        assertEquals(new Fault(FaultKind.NOT_MAPPED, 4, "PML4 entry 2 is not present"), space.translate(new Va(0x10000000000L)).fault());
        assertEquals(new Fault(FaultKind.RESERVED, 4, "PS (bit 7) is reserved in a PML4E and is set"),
                space.translate(new Va(0x8000001000L)).fault());
        Translation missing = space.translate(new Va(0x18000000000L));
        assertEquals(new Fault(FaultKind.NOT_IN_DUMP, 3, "the PDPT table at 0x80000000 is not in the dump"), missing.fault());
        assertEquals(1, missing.steps().size());
        Translation nonCanonical = space.translate(new Va(0x0000800000000000L));
        assertEquals(FaultKind.OUT_OF_RANGE, nonCanonical.fault().kind());
        assertEquals("0x800000000000 is not canonical: bits [63:47] must all equal bit 47 with 48-bit linear addresses",
                nonCanonical.fault().message());
        assertEquals(0, nonCanonical.steps().size());
    }

    @Test void findPaListsEveryVirtualAliasOfAPhysicalAddress() throws IOException {
        tables.map(0xffffc90000005000L, 0x3400000L, 1, RW | NX | A | D);      // a third alias: user page, direct map, this one
        List<ReverseMapping> hits = open(CR4).findPa(new Pa(0x3400010L));
        assertEquals(List.of("0x402010 in 0x402000 4096", "0xffff888003400010 in 0xffff888000000000 1073741824",
                "0xffffc90000005010 in 0xffffc90000005000 4096"),
                hits.stream().map(h -> h.va() + " in " + h.pageVa() + " " + h.pageSize()).toList());
        List<ReverseMapping> inGib = open(CR4).findPa(new Pa(0x7fffffffL));
        assertEquals(List.of("0xffff88807fffffff"), inGib.stream().map(h -> h.va().toString()).toList());
        assertEquals(List.of(), open(CR4).findPa(new Pa(0x123456789000L)));
    }

    @Test void fiveLevelPagingWalksFromThePml5WithLa57() throws IOException {
        GuestImage five = new GuestImage(0x100000);
        X86Tables t = new X86Tables(five, 5).map(0xff11000000200000L, 0x200000L, 2, RW | NX | G | A | D).map(0x00ff000000001000L, 0x9000L, 1,
                US | A);
        Path file = SyntheticCore.x86().segment(0, 0x200000).cpu(CR0, t.root | 0x123, X86ControlRegisters.CR4_PAE | X86ControlRegisters.CR4_LA57
                | X86ControlRegisters.CR4_PCIDE).write(dir.resolve("la57.elf"), five);
        ElfCore core = ElfCoreReader.read(file);
        AddressSpace space = X86Paging.addressSpace(core.memory(), core.qemuCpuStates().get(0).controlRegisters());
        assertEquals("x86-64 5-level paging, CR3 0x100123 (root 0x100000, PCID 0x123), CR4 0x21020", space.description());
        Translation k = space.translate(new Va(0xff11000000234567L));
        assertEquals(new Pa(0x234567L), k.pa());
        assertEquals(List.of(5, 4, 3, 2), k.steps().stream().map(TranslationStep::level).toList());
        assertEquals(0x111, k.steps().get(0).index());
        assertEquals(List.of("0xff000000001000-0xff000000002000 r-x u", "0xff11000000200000-0xff11000000400000 rw- s"),
                space.mappings().ranges().stream().map(r -> r.start() + "-" + r.end() + " " + r.attributes().flags().substring(0, 5)).toList());
        assertEquals(FaultKind.OUT_OF_RANGE, space.translate(new Va(0x0100000000000000L)).fault().kind());
    }
}
