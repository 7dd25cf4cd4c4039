package org.p2mdbg.core.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Assumptions;

/**
 * A real Linux guest's core and QEMU's answers about it (guest.elf, info-tlb.txt, info-mem.txt,
 * gva2gpa.txt, info-registers.txt in one folder; for {@code arm64} guest.elf, gva2gpa.txt and
 * registers.txt, the system registers gdb read). {@code x86_64}, {@code x86_64-la57} and {@code arm64}
 * are the committed reductions (resources qemu/NAME, gzipped, made by {@link TablePagesExtract}: the real
 * guest's page-table pages, everything a walk reads), un-gzipped once into a temporary folder because
 * the reader memory-maps a file. {@code full/NAME} is the whole dump of releng/qemu-dumps/make-dump.sh
 * (P2MDBG_QEMU_DUMPS names its folder, default /tmp/p2mdbg-qemu-dumps), skipped when absent.
 */
final class QemuReference {
    static final List<String> FILES = List.of("guest.elf", "info-tlb.txt", "info-mem.txt", "gva2gpa.txt", "info-registers.txt");
    static final List<String> AARCH64_FILES = List.of("guest.elf", "gva2gpa.txt", "registers.txt");
    private static final String FULL = "full/";
    private static final Map<String, Path> UNPACKED = new HashMap<>();

    private QemuReference() {}

    /** Every x86-64 guest the comparison runs on: both committed reductions, then both full dumps. */
    static List<String> names() { return List.of("x86_64", "x86_64-la57", FULL + "x86_64", FULL + "x86_64-la57"); }

    /** The AArch64 guest: its committed reduction, then its full dump. */
    static List<String> aarch64Names() { return List.of("arm64", FULL + "arm64"); }

    /** TTBR0_EL1, TTBR1_EL1 and TCR_EL1 as gdb read them through QEMU's gdbstub (registers.txt, "NAME 0xVALUE" lines). */
    static Aarch64Registers aarch64Registers(Path dir) throws IOException {
        Map<String, Long> values = new HashMap<>();
        for (String l : Files.readAllLines(dir.resolve("registers.txt"))) {
            String[] w = l.split(" ");
            if (w.length == 2 && w[1].startsWith("0x")) {
                values.put(w[0], Long.parseUnsignedLong(w[1].substring(2), 16));
            }
        }
        return new Aarch64Registers(values.get("TTBR0_EL1"), values.get("TTBR1_EL1"), values.get("TCR_EL1"));
    }

    static synchronized Path dir(String name) {
        if (name.startsWith(FULL)) {
            String base = System.getenv().getOrDefault("P2MDBG_QEMU_DUMPS", "/tmp/p2mdbg-qemu-dumps");
            Path d = Path.of(base, name.substring(FULL.length()));
            Assumptions.assumeTrue(Files.isReadable(d.resolve("guest.elf")), "no QEMU dump in " + d + " (run releng/qemu-dumps/make-dump.sh)");
            return d;
        }
        return UNPACKED.computeIfAbsent(name, QemuReference::unpack);
    }

    private static Path unpack(String name) {
        try {
            Path d = Files.createTempDirectory("p2mdbg-qemu-" + name);
            d.toFile().deleteOnExit();
            for (String f : name.startsWith("arm64") ? AARCH64_FILES : FILES) {
                try (InputStream in = QemuReference.class.getResourceAsStream("/qemu/" + name + "/" + f + ".gz")) {
                    if (in == null) {
                        throw new IOException("test resource qemu/" + name + "/" + f + ".gz is missing");
                    }
                    Files.copy(new GZIPInputStream(in), d.resolve(f));
                }
                d.resolve(f).toFile().deleteOnExit();
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
