package org.p2mdbg.core.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2mdbg.cli.Main;

/**
 * {@code p2mdbg dump} on the committed reductions of three real Linux guests ({@link QemuReference})
 * answers as QEMU did: {@code translate} as {@code gva2gpa} for every address QEMU was asked,
 * {@code find-pa} for a sample of them, and the ranges of {@code mappings}, merged by user/write
 * permission, as the lines of {@code info mem}; on the arm64 guest (registers on the command line)
 * {@code translate} as every {@code gva2gpa} and {@code mappings} holding every address QEMU mapped.
 */
class DumpCommandAgainstQemuTest {
    /** find-pa scans all 74,000 leaves, so it is asked about every 16th address (8 per guest), translate about all. */
    private static final int FIND_PA_EVERY = 16;
    private static final int ARM64_TRANSLATE_EVERY = 4;

    private static List<String> run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @ParameterizedTest @ValueSource(strings = {"x86_64", "x86_64-la57"})
    void translateAndFindPaAnswerAsGva2gpa(String name) throws IOException {
        Path d = QemuReference.dir(name);
        String core = d.resolve("guest.elf").toString();
        List<String> asked = Files.readAllLines(d.resolve("gva2gpa.txt"));
        assertTrue(asked.size() > 100, "QEMU was asked " + asked.size() + " addresses");
        int mapped = 0;
        for (String l : asked) {
            String[] w = l.split(" ", 2);
            String answer = run("dump", core, "translate", w[0]).getLast();
            if (w[1].equals("Unmapped")) {
                assertTrue(answer.startsWith("not mapped: "), l + " -> " + answer);
                continue;
            }
            String gpa = w[1].substring("gpa: ".length());
            assertTrue(answer.startsWith("mapped: pa " + gpa + " ("), l + " -> " + answer);
            if (mapped++ % FIND_PA_EVERY == 0) {
                String va = String.format("%016x  in ", Long.parseUnsignedLong(w[0].substring(2), 16));
                assertTrue(run("dump", core, "find-pa", gpa).stream().anyMatch(f -> f.startsWith(va)), "find-pa " + gpa + " lists " + w[0]);
            }
        }
        assertTrue(mapped > 100, mapped + " mapped");
    }

    @Test void mappingsMergedByPermissionAreTheLinesOfInfoMem() throws IOException {
        Path d = QemuReference.dir("x86_64");
        List<String> out = run("dump", d.resolve("guest.elf").toString(), "mappings");
        long leaves = Files.readAllLines(d.resolve("info-tlb.txt")).stream().filter(l -> l.contains(": ")).count();
        assertTrue(out.get(2).endsWith(" ranges from " + leaves + " pages and blocks"), out.get(2));
        List<String> merged = new ArrayList<>();
        String[] open = null;                                      // start, end, permission
        for (String line : out.subList(3, out.size())) {
            String[] range = line.substring(0, 33).split("-");
            String[] w = line.split(" ");
            String permission = (w[5].equals("u") ? "u" : "-") + "r" + (w[4].charAt(1) == 'w' ? "w" : "-");
            if (open != null && open[1].equals(range[0]) && open[2].equals(permission)) {
                open[1] = range[1];
                continue;
            }
            if (open != null) {
                merged.add(infoMemLine(open));
            }
            open = new String[] {range[0], range[1], permission};
        }
        merged.add(infoMemLine(open));
        assertEquals(Files.readAllLines(d.resolve("info-mem.txt")).stream().filter(l -> !l.isBlank()).toList(), merged);
    }

    /** The real arm64 guest: TTBR0_EL1, TTBR1_EL1 and TCR_EL1 as gdb read them, on the command line. */
    private static List<String> runArm64(Path d, String... action) throws IOException {
        Aarch64Registers regs = QemuReference.aarch64Registers(d);
        List<String> args = new ArrayList<>(List.of("dump", d.resolve("guest.elf").toString(), "--ttbr0", hex(regs.ttbr0().getAsLong()),
                "--ttbr1", hex(regs.ttbr1().getAsLong()), "--tcr", hex(regs.tcr())));
        args.addAll(List.of(action));
        return run(args.toArray(String[]::new));
    }

    private static String hex(long v) { return "0x" + Long.toHexString(v); }

    /**
     * One command per address costs ~10 ms, so the command is asked about every 4th of the 2,389 answers
     * (Aarch64DumpAgainstQemuTest translates all of them in process, and mappings below holds them all).
     */
    @Test void arm64TranslateAnswersAsGva2gpa() throws IOException {
        Path d = QemuReference.dir("arm64");
        List<Gva2gpa> answers = Gva2gpa.read(d.resolve("gva2gpa.txt"));
        assertTrue(answers.size() > 2000, answers.size() + " answers");
        for (int i = 0; i < answers.size(); i += ARM64_TRANSLATE_EVERY) {
            Gva2gpa a = answers.get(i);
            String answer = runArm64(d, "translate", hex(a.va())).getLast();
            String expected = a.mapped() ? "mapped: pa " + hex(a.pa()) + " (" : "not mapped: ";
            assertTrue(answer.startsWith(expected), a.line() + " -> " + answer);
        }
    }

    /** Every address QEMU mapped lies in a line of mappings at its physical address; no unmapped one lies in any. */
    @Test void arm64MappingsHoldEveryGva2gpaAnswer() throws IOException {
        Path d = QemuReference.dir("arm64");
        List<String> out = runArm64(d, "mappings");
        assertTrue(out.get(1).contains("ASID 0x2"), out.get(1));
        List<long[]> ranges = new ArrayList<>();                   // start, size, pa
        for (String line : out.subList(3, out.size())) {
            String[] w = line.split("[ -]+");
            ranges.add(new long[] {Long.parseUnsignedLong(w[0], 16), Long.parseUnsignedLong(w[2], 16), Long.parseUnsignedLong(w[4], 16)});
        }
        int mapped = 0;
        for (Gva2gpa a : Gva2gpa.read(d.resolve("gva2gpa.txt"))) {
            long va = a.va() << 8 >> 8;                             // TBI0 and TBI1: the tag byte goes, bit 55 is the sign
            long[] r = ranges.stream().filter(m -> Long.compareUnsigned(va - m[0], m[1]) < 0).findFirst().orElse(null);
            if (a.mapped()) {
                mapped++;
                assertTrue(r != null && r[2] + (va - r[0]) == a.pa(), a.line());
            } else {
                assertTrue(r == null, a.line() + " lies in a range");
            }
        }
        assertTrue(mapped > 1000, mapped + " mapped");
    }

    private static String infoMemLine(String[] range) {
        long size = Long.parseUnsignedLong(range[1], 16) - Long.parseUnsignedLong(range[0], 16);
        return String.format("%s-%s %016x %s", range[0], range[1], size, range[2]);
    }
}
