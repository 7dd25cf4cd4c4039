package org.p2mdbg.core.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.dump.X86Tables.A;
import static org.p2mdbg.core.dump.X86Tables.D;
import static org.p2mdbg.core.dump.X86Tables.G;
import static org.p2mdbg.core.dump.X86Tables.NX;
import static org.p2mdbg.core.dump.X86Tables.RW;
import static org.p2mdbg.core.dump.X86Tables.US;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2mdbg.cli.Main;
import org.p2mdbg.core.format.aarch64.Granule;
import org.p2mdbg.core.format.aarch64.Stage1Layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code p2mdbg dump} as a user runs it on a small x86-64 core (two vCPUs) and an AArch64 one. */
class DumpCommandTest {
    @TempDir
    Path dir;

    Path x86;
    long secondRoot;

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach void writeCores() throws IOException {
        GuestImage image = new GuestImage(0x100000);
        X86Tables first = new X86Tables(image, 4).map(0x400000L, 0x330d000L, 1, US | A).map(0x401000L, 0x330e000L, 1, US | A)
                .map(0xffff888000000000L, 0L, 3, RW | NX | G | A | D);
        X86Tables second = new X86Tables(image, 4).map(0x400000L, 0x330d000L, 1, RW | US | NX | A | D);
        secondRoot = second.root;
        x86 = SyntheticCore.x86().segment(0, 0x200000).cpu(X86ControlRegisters.CR0_PG_WP_PE, first.root, X86ControlRegisters.CR4_PAE)
                .cpu(X86ControlRegisters.CR0_PG_WP_PE, second.root, X86ControlRegisters.CR4_PAE).write(dir.resolve("guest.elf"), image);
    }

    @Test void mappingsPrintOneMergedRangeALine() {
        Result r = run("dump", x86.toString(), "mappings");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of(
                "guest.elf: x86-64 core, 1 PT_LOAD segment, 2 MiB stored",
                "x86-64 4-level paging, CR3 0x100000 (root 0x100000), CR4 0x20 (CR3 from the QEMU note of vCPU 0)",
                "2 ranges from 3 pages and blocks",
                "0000000000400000-0000000000402000 0000000000002000 -> 000000000330d000 r-x u - pat0 pkey0",
                "ffff888000000000-ffff888040000000 0000000040000000 -> 0000000000000000 rw- s G pat0 pkey0"), r.out().lines().toList());
    }

    @Test void mappingsAsJson() throws IOException {
        Result r = run("dump", x86.toString(), "mappings", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("x86-64", o.get("machine").asText());
        assertEquals(3, o.get("leaves").asInt());
        JsonNode first = o.get("ranges").get(0);
        assertEquals("0x400000 0x402000 0x330d000 2 r-x u - pat0 pkey0 false", first.get("va_start").asText() + " " + first.get("va_end").asText()
                + " " + first.get("pa").asText() + " " + first.get("leaves").asInt() + " " + first.get("flags").asText() + " "
                + first.get("attributes").get("writable").asBoolean());
        assertEquals(0, o.get("skipped").size());
    }

    @Test void translatePrintsEveryLevelAndTheAnswer() {
        Result r = run("dump", x86.toString(), "translate", "0x401abc");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("va 0x401abc through CR3", lines.get(2));
        assertEquals("level 4  table 0x100000  index 0  entry at 0x100000  descriptor 0x0000000000101067  table", lines.get(3));
        assertTrue(lines.contains("level 1  table 0x103000  index 1  entry at 0x103008  descriptor 0x000000000330e025  4 KiB page"));
        assertTrue(lines.contains("    US         [2]      = 0x1            user"));
        assertEquals("mapped: pa 0x330eabc (4 KiB page at pa 0x330e000) r-x u - pat0 pkey0", lines.getLast());
        Result hole = run("dump", x86.toString(), "translate", "0x402000");
        assertEquals("not mapped: not_mapped at level 1: PT entry 2 is not present", hole.out().lines().toList().getLast());
    }

    @Test void theCr3OfAnotherVcpuOrOfTheCommandLineIsWalked() throws IOException {
        String viaCpu = run("dump", x86.toString(), "--cpu", "1", "translate", "0x400000").out();
        assertTrue(viaCpu.endsWith("mapped: pa 0x330d000 (4 KiB page at pa 0x330d000) rw- u - pat0 pkey0\n"), viaCpu);
        Result viaCr3 = run("dump", x86.toString(), "--cr3", "0x" + Long.toHexString(secondRoot), "translate", "0x400000", "--json");
        JsonNode o = new ObjectMapper().readTree(viaCr3.out());
        assertEquals("CR3 from --cr3, CR4 from the QEMU note of vCPU 0", o.get("registers").asText());
        assertEquals("0x330d000", o.get("pa").asText());
        assertEquals(4, o.get("steps").size());
        assertTrue(o.get("attributes").get("writable").asBoolean());
    }

    @Test void findPaListsEveryVirtualAddress() {
        Result r = run("dump", x86.toString(), "find-pa", "0x330d123");
        assertEquals(List.of("pa 0x330d123: 2 virtual addresses",
                "0000000000400123  in 4 KiB page 0000000000400000 -> 000000000330d000 r-x u - pat0 pkey0",
                "ffff88800330d123  in 1 GiB page ffff888000000000 -> 0000000000000000 rw- s G pat0 pkey0"), r.out().lines().skip(2).toList());
    }

    @Test void anAarch64CoreIsWalkedWithTheRegistersTheUserGives() throws IOException {
        GuestImage image = new GuestImage(0x40000000L);
        Aarch64Tables kernel = new Aarch64Tables(image, new Stage1Layout(Granule.K4, false, 48), 48).map(0x0L, 0x40000000L, 1,
                Aarch64Tables.AF | Aarch64Tables.UXN);
        Path arm = SyntheticCore.aarch64().segment(0x40000000L, 0x10000).write(dir.resolve("arm.elf"), image);
        String tcr = "0x" + Long.toHexString(16 | 1L << 7 | 16L << 16 | 2L << 30 | 5L << 32);
        Result r = run("dump", arm.toString(), "--ttbr1", "0x" + Long.toHexString(kernel.root), "--tcr", tcr, "translate", "0xffff000000001234");
        assertEquals(0, r.code(), r.err());
        assertEquals("mapped: pa 0x40001234 (1 GiB page at pa 0x40000000) EL1 rwx EL0 --- attr0 NSH AF G", r.out().lines().toList().getLast());
        Result noRegisters = run("dump", arm.toString(), "mappings");
        assertEquals(2, noRegisters.code());
        assertEquals(arm + " is an AArch64 core and QEMU's dump carries no translation registers: give --tcr and --ttbr0 and/or --ttbr1 (from"
                + " the monitor's 'info registers' or the guest)\n", noRegisters.err());
        Result x86Options = run("dump", arm.toString(), "--cr3", "0x1000", "mappings");
        assertEquals(2, x86Options.code());
        assertTrue(x86Options.err().contains("--cr3/--cr4/--cpu are for x86-64 cores"), x86Options.err());
    }

    @Test void aTruncatedCoreIsBadInputWithItsByteOffset() throws IOException {
        Path cut = Files.write(dir.resolve("cut.elf"), Arrays.copyOf(Files.readAllBytes(x86), 2000));
        Result r = run("dump", cut.toString(), "mappings");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(cut + ": not a usable ELF core at byte 0x80: PT_LOAD (program header 1) stores 0x200000 bytes at file offset 0x700, past"
                + " the end of the file (2000 bytes): the dump is truncated\n", r.err());
        assertFalse(r.err().contains("Exception"));
        Result missing = run("dump", dir.resolve("nope.elf").toString(), "mappings");
        assertEquals(2, missing.code());
        assertEquals("cannot read " + dir.resolve("nope.elf") + ": no such file\n", missing.err());
    }

    @Test void badActionsAndAddressesAreBadInput() {
        assertEquals("dump: unknown action 'walk', expected mappings, translate VA or find-pa PA\n", run("dump", x86.toString(), "walk").err());
        assertEquals("dump translate: give the virtual address\n", run("dump", x86.toString(), "translate").err());
        Result bad = run("dump", x86.toString(), "find-pa", "0xzz");
        assertEquals(2, bad.code());
        assertEquals("dump find-pa: expected a physical address (decimal or 0x hex), found '0xzz'\n", bad.err());
        assertEquals(2, run("dump", x86.toString(), "--cpu", "5", "mappings").code());
    }
}
