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
 * {@code p2mdbg dump} on the committed reductions of two real Linux guests ({@link QemuReference})
 * answers as QEMU did: {@code translate} as {@code gva2gpa} for every address QEMU was asked,
 * {@code find-pa} for a sample of them, and the ranges of {@code mappings}, merged by user/write
 * permission, as the lines of {@code info mem}.
 */
class DumpCommandAgainstQemuTest {
    /** find-pa scans all 74,000 leaves, so it is asked about every 16th address (8 per guest), translate about all. */
    private static final int FIND_PA_EVERY = 16;

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

    private static String infoMemLine(String[] range) {
        long size = Long.parseUnsignedLong(range[1], 16) - Long.parseUnsignedLong(range[0], 16);
        return String.format("%s-%s %016x %s", range[0], range[1], size, range[2]);
    }
}
