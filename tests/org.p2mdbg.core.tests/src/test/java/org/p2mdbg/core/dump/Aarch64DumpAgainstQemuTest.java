package org.p2mdbg.core.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.p2mdbg.core.mem.Va;

/**
 * Our AArch64 walk against QEMU on a real Debian arm64 guest (releng/qemu-dumps/make-dump.sh --arch
 * arm64: cortex-a57, 4 KiB granule, 48-bit VA, stopped in a busybox user loop), whose TTBR0_EL1,
 * TTBR1_EL1 and TCR_EL1 gdb read through QEMU's gdbstub: {@code translate} gives every one of QEMU's
 * {@code gva2gpa} answers, and {@code mappings} puts every address QEMU mapped inside a range at the
 * same physical address and no address QEMU called unmapped inside any.
 */
class Aarch64DumpAgainstQemuTest {
    private static AddressSpace space(Path d) throws IOException {
        return Aarch64Paging.addressSpace(ElfCoreReader.read(d.resolve("guest.elf")).memory(), QemuReference.aarch64Registers(d));
    }

    @ParameterizedTest @MethodSource("org.p2mdbg.core.dump.QemuReference#aarch64Names")
    void translateAgreesWithGva2gpa(String name) throws IOException {
        Path d = QemuReference.dir(name);
        AddressSpace space = space(d);
        List<Gva2gpa> answers = Gva2gpa.read(d.resolve("gva2gpa.txt"));
        assertTrue(answers.size() > 2000, answers.size() + " answers");
        for (Gva2gpa a : answers) {
            Translation t = space.translate(new Va(a.va()));
            assertEquals(a.answer(), t.isMapped() ? "gpa: 0x" + Long.toHexString(t.pa().value()) : "Unmapped", a.line());
        }
    }

    @ParameterizedTest @MethodSource("org.p2mdbg.core.dump.QemuReference#aarch64Names")
    void everyAddressQemuMapsIsInARangeAtItsPhysicalAddress(String name) throws IOException {
        Path d = QemuReference.dir(name);
        List<MappedRange> ranges = space(d).mappings().ranges();
        int mapped = 0;
        for (Gva2gpa a : Gva2gpa.read(d.resolve("gva2gpa.txt"))) {
            long va = a.va() << 8 >> 8;                             // TBI0 and TBI1: the tag byte goes, bit 55 is the sign
            MappedRange r = ranges.stream().filter(m -> Long.compareUnsigned(va - m.start().value(), m.size()) < 0).findFirst().orElse(null);
            if (a.mapped()) {
                mapped++;
                assertTrue(r != null, a.line() + " is in no range");
                assertEquals(a.pa(), r.pa().value() + (va - r.start().value()), a.line() + " in " + r);
            } else {
                assertEquals(null, r, a.line());
            }
        }
        assertTrue(mapped > 300, mapped + " mapped");
    }

    @Test void theRegistersGiveAsidTwoInTtbr1AndTopByteIgnore() throws IOException {
        Aarch64Registers regs = QemuReference.aarch64Registers(QemuReference.dir("arm64"));
        assertEquals(0x42407000L, regs.ttbr0().getAsLong());
        assertEquals(0x2000041858000L, regs.ttbr1().getAsLong());
        assertTrue(regs.a1(), "Linux keeps the ASID in TTBR1_EL1");
        assertEquals(2L, regs.asid().getAsLong());
        assertTrue(regs.tbi0() && regs.tbi1());
        assertEquals(16, regs.t0sz());
        assertEquals(44, regs.outputBits());
    }
}
