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
 * gva2gpa.txt, info-registers.txt in one folder). {@code x86_64} and {@code x86_64-la57} are the
 * committed reductions (resources qemu/NAME, gzipped, made by {@link TablePagesExtract}: the real
 * guest's page-table pages, everything a walk reads), un-gzipped once into a temporary folder because
 * the reader memory-maps a file. {@code full/NAME} is the whole dump of releng/qemu-dumps/make-dump.sh
 * (P2MDBG_QEMU_DUMPS names its folder, default /tmp/p2mdbg-qemu-dumps), skipped when absent.
 */
final class QemuReference {
    static final List<String> FILES = List.of("guest.elf", "info-tlb.txt", "info-mem.txt", "gva2gpa.txt", "info-registers.txt");
    private static final String FULL = "full/";
    private static final Map<String, Path> UNPACKED = new HashMap<>();

    private QemuReference() {}

    /** Every guest the comparison runs on: both committed reductions, then both full dumps. */
    static List<String> names() { return List.of("x86_64", "x86_64-la57", FULL + "x86_64", FULL + "x86_64-la57"); }

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
            for (String f : FILES) {
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
