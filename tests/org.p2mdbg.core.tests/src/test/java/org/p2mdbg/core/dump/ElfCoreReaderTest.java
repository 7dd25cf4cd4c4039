package org.p2mdbg.core.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

/**
 * Reading QEMU-shaped ELF cores: segments, notes and CPU state; what QEMU really writes (holes,
 * clamped and unstored segments, PN_XNUM, big endian) is read; corrupt or truncated files fail with
 * the byte offset. The one-vCPU x86 core of these tests is laid out as QEMU lays it out: header
 * (64 bytes), PT_NOTE and PT_LOAD headers at 0x40 and 0x78, notes at 0xb0 ("CORE" NT_PRSTATUS of
 * 356 bytes, then "QEMU" with its QEMUCPUState at 0x228), memory from 0x3d8.
 */
class ElfCoreReaderTest {
    @TempDir
    Path dir;

    private Path oneCpuCore() throws IOException {
        GuestImage image = new GuestImage(0);
        image.putLong(0x10, 0x1122334455667788L);
        return SyntheticCore.x86().segment(0, 0x1000).cpu(0x80050033L, 0x487c000L, 0x6f0L).write(dir.resolve("core.elf"), image);
    }

    private Path patched(Path file, Consumer<ByteBuffer> patch) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        patch.accept(b);
        return Files.write(dir.resolve("patched.elf"), b.array());
    }

    private Path truncated(Path file, int length) throws IOException {
        return Files.write(dir.resolve("truncated.elf"), Arrays.copyOf(Files.readAllBytes(file), length));
    }

    private static String failure(Path file) {
        return assertThrows(DumpFormatException.class, () -> ElfCoreReader.read(file)).getMessage();
    }

    @Test void segmentsNotesAndTheQemuCpuStateAreRead() throws IOException {
        ElfCore core = ElfCoreReader.read(oneCpuCore());
        assertEquals(ElfMachine.X86_64, core.machine());
        assertEquals(ByteOrder.LITTLE_ENDIAN, core.byteOrder());
        assertEquals(0x3d8 + 0x1000, core.fileSize());
        assertEquals(List.of(new LoadSegment(1, 0x78, new Pa(0), new Va(0), 0x3d8, 0x1000, 0x1000)), core.segments());
        assertEquals(List.of("CORE/1@0xc4", "QEMU/0@0x228"), core.notes().stream().map(n -> n.name() + "/" + n.type() + "@0x"
                + Long.toHexString(n.descOffset())).toList());
        assertEquals(List.of(new QemuCpuState(0, 0, 0, 0x80050033L, 0, 0x487c000L, 0x6f0L)), core.qemuCpuStates());
        assertEquals(0x1122334455667788L, core.memory().readLong(new Pa(0x10)));
        assertEquals(0x1000, core.memory().storedBytes());
    }

    @Test void holesClampedAndUnstoredSegmentsAreNotInTheDump() throws IOException {
        GuestImage image = new GuestImage(0);
        image.putLong(0x100ff8, 7);
        image.putLong(0x200000, 9);
        Path file = SyntheticCore.x86().segment(0, 0x1000).segment(0x100000, 0x1000, 0x2000).segment(0x200000, 0x1000)
                .segment(0x300000, 0, 0x1000).write(dir.resolve("holes.elf"), image);
        ElfCore core = ElfCoreReader.read(file);
        assertEquals(-1, core.segments().get(3).fileOffset());
        GuestMemory m = core.memory();
        assertEquals(7, m.readLong(new Pa(0x100ff8)));
        assertEquals(9, m.readLong(new Pa(0x200000)));
        assertFalse(m.contains(new Pa(0x101000)));                 // beyond p_filesz of a clamped segment
        assertFalse(m.contains(new Pa(0x100ffc)));                 // 8 bytes would cross the stored end
        assertFalse(m.contains(new Pa(0x300000)));                 // unstored (p_offset = -1)
        assertEquals("physical address 0x5000 is not in the dump",
                assertThrows(MemoryNotInDumpException.class, () -> m.readLong(new Pa(0x5000))).getMessage());
        assertEquals(0x3000, m.storedBytes());
    }

    @Test void phnumInSectionHeaderZeroAndBigEndianCoresAreRead() throws IOException {
        GuestImage image = new GuestImage(0);
        image.putLong(0x40000008L, 0x0102030405060708L);
        Path file = SyntheticCore.aarch64().bigEndian().phnumInSectionHeader().segment(0x40000000L, 0x1000).segment(0x40001000L, 0x1000)
                .write(dir.resolve("be.elf"), image);
        ElfCore core = ElfCoreReader.read(file);
        assertEquals(ByteOrder.BIG_ENDIAN, core.byteOrder());
        assertEquals(2, core.segments().size());
        assertEquals(0x0102030405060708L, core.memory().readLong(new Pa(0x40000008L)));
        assertEquals(List.of("CORE/1", "CORE/2"), core.notes().stream().map(n -> n.name() + "/" + n.type()).toList());
        assertTrue(core.qemuCpuStates().isEmpty());
    }

    @Test void corruptHeadersNameTheirByte() throws IOException {
        Path core = oneCpuCore();
        assertEquals("at byte 0x0: not an ELF file (no \\x7fELF magic)", failure(patched(core, b -> b.put(1, (byte) 'X'))));
        assertEquals("at byte 0x4: an ELF32 core (QEMU writes those for guests not in long mode or AArch32): only ELF64 cores are read",
                failure(patched(core, b -> b.put(4, (byte) 1))));
        assertEquals("at byte 0x10: e_type is 2, not ET_CORE (4): an ELF file but not a core dump",
                failure(patched(core, b -> b.putShort(16, (short) 2))));
        assertEquals("at byte 0x36: e_phentsize is 32, an ELF64 program header is 56 bytes",
                failure(patched(core, b -> b.putShort(54, (short) 32))));
        assertEquals("at byte 0x98: PT_LOAD (program header 1) has p_filesz 0x2000 > p_memsz 0x1000",
                failure(patched(core, b -> b.putLong(0x78 + 32, 0x2000))));
        assertEquals("at byte 0xb0: a note with n_namesz 5 and n_descsz 65536 runs past the end of the PT_NOTE segment (byte 0x3d8)",
                failure(patched(core, b -> b.putInt(0xb4, 0x10000))));
        assertEquals("at byte 0x0: a kdump-compressed dump (dump-guest-memory -z, -l or -s): take the dump without a compression format to"
                + " get an ELF core", failure(patched(core, b -> b.put(0, "KDUMP   ".getBytes(StandardCharsets.US_ASCII)))));
        DumpFormatException version = assertThrows(DumpFormatException.class,
                () -> ElfCoreReader.read(patched(core, b -> b.putInt(0x228, 2))).qemuCpuStates());
        assertEquals("at byte 0x228: QEMU note of vCPU 0 has QEMUCPUState version 2, expected 1", version.getMessage());
        assertEquals(0x228, version.offset());
    }

    @Test void truncatedFilesSayWhereTheDataRanOut() throws IOException {
        Path core = oneCpuCore();
        assertEquals("at byte 0x28: the file ends after 40 bytes, inside the 64-byte ELF64 header", failure(truncated(core, 40)));
        assertEquals("at byte 0x20: the 2 program headers at e_phoff 0x40 end at byte 0xb0, past the end of the file (100 bytes): the file is"
                + " truncated", failure(truncated(core, 100)));
        assertEquals("at byte 0x48: PT_NOTE (program header 0) of 0x328 bytes at file offset 0xb0 runs past the end of the file (500 bytes):"
                + " the dump is truncated", failure(truncated(core, 500)));
        assertEquals("at byte 0x80: PT_LOAD (program header 1) stores 0x1000 bytes at file offset 0x3d8, past the end of the file (1084"
                + " bytes): the dump is truncated", failure(truncated(core, 0x3d8 + 100)));
    }
}
