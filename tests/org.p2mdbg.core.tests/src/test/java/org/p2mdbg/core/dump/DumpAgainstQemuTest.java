package org.p2mdbg.core.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.p2mdbg.core.mem.Va;

/**
 * Our answers against QEMU's own, on real Linux guests dumped by releng/qemu-dumps/make-dump.sh (the
 * committed page-table reductions in every build, the whole dumps when present, see
 * {@link QemuReference}): {@code info tlb} line for line (every leaf, its address, its flags),
 * {@code info mem} line for line (ranges by effective user/write permission), {@code gva2gpa}, and
 * the CR3/CR4 of {@code info registers} against those of the core's QEMU note.
 */
class DumpAgainstQemuTest {
    private static Path dir(String name) { return QemuReference.dir(name); }

    private static AddressSpace space(Path d) throws IOException {
        ElfCore core = ElfCoreReader.read(d.resolve("guest.elf"));
        return X86Paging.addressSpace(core.memory(), core.qemuCpuStates().get(0).controlRegisters());
    }

    @ParameterizedTest @MethodSource("org.p2mdbg.core.dump.QemuReference#names")
    void theNoteCarriesTheCr3AndCr4OfInfoRegisters(String name) throws IOException {
        Path d = dir(name);
        String regs = Files.readString(d.resolve("info-registers.txt"));
        QemuCpuState cpu = ElfCoreReader.read(d.resolve("guest.elf")).qemuCpuStates().get(0);
        assertEquals(register(regs, "CR3"), cpu.cr3());
        assertEquals(register(regs, "CR4"), cpu.cr4());
        assertEquals(register(regs, "CR0"), cpu.cr0());
    }

    @ParameterizedTest @MethodSource("org.p2mdbg.core.dump.QemuReference#names")
    void everyLeafIsALineOfInfoTlb(String name) throws IOException {
        Path d = dir(name);
        AddressSpace space = space(d);
        List<String> ours = new ArrayList<>();
        space.forEachLeaf((r, va, pa, size, key, level) -> ours.add(infoTlbLine(space, va, pa, level)), new ArrayList<>());
        List<String> qemu = Files.readAllLines(d.resolve("info-tlb.txt")).stream().filter(l -> l.contains(": ")).toList();
        assertTrue(qemu.size() > 1000, "a booted Linux maps thousands of pages, QEMU listed " + qemu.size());
        assertEquals(qemu.size(), ours.size());
        for (int i = 0; i < qemu.size(); i++) {
            assertEquals(qemu.get(i), ours.get(i), "line " + (i + 1));
        }
    }

    @ParameterizedTest @MethodSource("org.p2mdbg.core.dump.QemuReference#names")
    void rangesByEffectivePermissionAreTheLinesOfInfoMem(String name) throws IOException {
        Path d = dir(name);
        AddressSpace space = space(d);
        List<String> ours = new ArrayList<>();
        long[] open = {-1, 0, 0};                                   // start, end, prot
        space.forEachLeaf((r, va, pa, size, key, level) -> {
            X86PageAttributes a = (X86PageAttributes) r.format().attributes(key);
            long prot = (a.user() ? 4 : 0) | (a.writable() ? 2 : 0) | 1;
            if (open[0] != -1 && (va != open[1] || prot != open[2])) {
                ours.add(infoMemLine(open));
                open[0] = -1;
            }
            if (open[0] == -1) {
                open[0] = va;
                open[2] = prot;
            }
            open[1] = va + size;
        }, new ArrayList<>());
        ours.add(infoMemLine(open));
        List<String> qemu = Files.readAllLines(d.resolve("info-mem.txt")).stream().filter(l -> !l.isBlank()).toList();
        Assumptions.assumeFalse(qemu.isEmpty(), "QEMU printed no info mem (QEMU 7.2's mem_info_la57 inverts the present test of PDPEs and PDEs, docs/DUMPS.md)");
        assertEquals(qemu.size(), ours.size());
        for (int i = 0; i < qemu.size(); i++) {
            assertEquals(qemu.get(i), ours.get(i), "line " + (i + 1));
        }
    }

    @ParameterizedTest @MethodSource("org.p2mdbg.core.dump.QemuReference#names")
    void translateAgreesWithGva2gpa(String name) throws IOException {
        Path d = dir(name);
        AddressSpace space = space(d);
        List<String> lines = Files.readAllLines(d.resolve("gva2gpa.txt"));
        assertTrue(lines.size() > 100);
        for (String l : lines) {
            String[] w = l.split(" ", 2);
            Translation t = space.translate(new Va(Long.parseUnsignedLong(w[0].substring(2), 16)));
            String ours = t.isMapped() ? "gpa: 0x" + Long.toHexString(t.pa().value()) : "Unmapped";
            assertEquals(w[1], ours, l);
        }
    }

    /** QEMU's print_pte: canonical VA, the entry's address bits, then X G P D A C T U W of the leaf itself. */
    private static String infoTlbLine(AddressSpace space, long va, long pa, int level) {
        long e = space.translate(new Va(va)).steps().getLast().descriptor();
        if (level == 1) {
            e &= ~X86Tables.PS;
        }
        char[] flags = {bit(e, 63, 'X'), bit(e, 8, 'G'), bit(e, 7, 'P'), bit(e, 6, 'D'), bit(e, 5, 'A'), bit(e, 4, 'C'), bit(e, 3, 'T'),
            bit(e, 2, 'U'), bit(e, 1, 'W')};
        return String.format("%016x: %016x %s", va, pa, new String(flags));
    }

    private static char bit(long e, int n, char c) { return (e & (1L << n)) != 0 ? c : '-'; }

    /** QEMU's mem_print: start-end size, then u/-, r, w/-. */
    private static String infoMemLine(long[] range) {
        return String.format("%016x-%016x %016x %cr%c", range[0], range[1], range[1] - range[0], (range[2] & 4) != 0 ? 'u' : '-',
                (range[2] & 2) != 0 ? 'w' : '-');
    }

    private static long register(String infoRegisters, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=([0-9a-f]+)").matcher(infoRegisters);
        assertTrue(m.find(), name + " in info registers");
        return Long.parseUnsignedLong(m.group(1), 16);
    }
}
