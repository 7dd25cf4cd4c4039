package org.p2mdbg.ui.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tiny QEMU dump-guest-memory cores for the UI tests, cut to what the reader needs: the ELF header, a
 * PT_NOTE and one PT_LOAD holding guest-physical 0..32 KiB with hand-made tables in it.
 */
final class SyntheticDumps {
    static final short EM_X86_64 = 62;
    static final short EM_AARCH64 = 183;
    /** x86-64 4-level: PML4, PDPT, PD and PT, one frame each. */
    static final long PML4 = 0x1000;
    static final long PDPT = 0x2000;
    static final long PD = 0x3000;
    static final long PT = 0x4000;
    /** Linux's _PAGE_TABLE (present, RW, user, accessed, dirty) on every link. */
    static final long LINK = 0x67;
    /** AArch64, 4 KiB granule, 48-bit VA: L0 to L3 tables at 0x1000..0x4000. */
    static final long L0 = 0x1000;
    /** An L3 page descriptor for PA 0x7000: page, AP EL0 read/write, SH inner, AF, nG, PXN. */
    static final long ARM_PAGE = 0x7000L | 0x3 | 1 << 6 | 3 << 8 | 1 << 10 | 1 << 11 | 1L << 53;
    /** T0SZ = T1SZ = 16, TG0 4 KiB, EPD1, TG1 4 KiB, IPS 48-bit. */
    static final long ARM_TCR = 16 | 16L << 16 | 1L << 23 | 2L << 30 | 5L << 32;

    private SyntheticDumps() {}

    /**
     * x86-64 with vCPU 0's "QEMU" QEMUCPUState note (CR0 PG|WP|PE, CR3 = the PML4, CR4.PAE): VA 0x40000000
     * is a 2 MiB page at 0x200000, VA 0x40205000 a 4 KiB page at 0x7000 (P RW NX), and VA 0x41000000 up 70
     * 2 MiB pages (PD[8..77], physically contiguous from 0x1000000: one merged range).
     */
    static Path x86(Path file) throws IOException {
        ByteBuffer memory = ByteBuffer.allocate(0x8000).order(ByteOrder.LITTLE_ENDIAN);
        memory.putLong((int) PML4, PDPT | LINK);                                          // VA 0x40000000: PML4[0]
        memory.putLong((int) PDPT + 8, PD | LINK);                                        // PDPT[1]
        memory.putLong((int) PD, 0x20_0000L | 0xe3);                                     // PD[0]: 2 MiB page, P RW PS A D
        memory.putLong((int) PD + 8, PT | LINK);                                          // PD[1] -> PT
        memory.putLong((int) PT + 8 * 5, 0x7000L | 0x3 | (1L << 63));                     // PT[5]: 4 KiB, P RW NX
        for (int i = 0; i < 70; i++) {                                                    // PD[8..77]: 70 2 MiB pages at 0x1000000 up
            memory.putLong((int) PD + 8 * (8 + i), 0x100_0000L + ((long) i << 21) | 0xe3);
        }

        int cpuStateSize = 432;                                                           // QEMUCPUState v1 up to cr[4]
        int cr0 = 392;
        ByteBuffer state = ByteBuffer.allocate(cpuStateSize).order(ByteOrder.LITTLE_ENDIAN);
        state.putInt(0, 1).putInt(4, cpuStateSize);
        state.putLong(cr0, (1L << 31) | (1L << 16) | 1).putLong(cr0 + 24, PML4).putLong(cr0 + 32, 1L << 5);
        byte[] name = "QEMU\0".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer note = ByteBuffer.allocate(12 + 8 + cpuStateSize).order(ByteOrder.LITTLE_ENDIAN);   // name padded to 8
        note.putInt(name.length).putInt(cpuStateSize).putInt(0).put(name).position(20);
        note.put(state.array());
        return write(file, EM_X86_64, note.array(), memory.array());
    }

    /** AArch64 with no note (QEMU writes none that carries TTBRs): VA 0x400000 through TTBR0_EL1 = L0 is the page {@link #ARM_PAGE}. */
    static Path aarch64(Path file) throws IOException {
        ByteBuffer memory = ByteBuffer.allocate(0x8000).order(ByteOrder.LITTLE_ENDIAN);
        memory.putLong((int) L0, 0x2000 | 3);                                             // L0[0] -> L1
        memory.putLong(0x2000, 0x3000 | 3);                                               // L1[0] -> L2
        memory.putLong(0x3000 + 8 * 2, 0x4000 | 3);                                       // L2[2] -> L3 (VA 0x400000)
        memory.putLong(0x4000, ARM_PAGE);                                                 // L3[0]
        memory.putLong(0x3000 + 8 * 3, 0x600000L | 1 | 1 << 10 | 3 << 8);                 // L2[3]: 2 MiB block at 0x600000
        return write(file, EM_AARCH64, new byte[0], memory.array());
    }

    private static Path write(Path file, short machine, byte[] note, byte[] memory) throws IOException {
        long phoff = 64;
        long noteOffset = phoff + 2 * 56;
        long memoryOffset = noteOffset + note.length;
        ByteBuffer elf = ByteBuffer.allocate((int) memoryOffset + memory.length).order(ByteOrder.LITTLE_ENDIAN);
        elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1});
        elf.putShort(16, (short) 4).putShort(18, machine).putInt(20, 1).putLong(32, phoff)
                .putShort(52, (short) 64).putShort(54, (short) 56).putShort(56, (short) 2);
        int ph = (int) phoff;
        elf.putInt(ph, 4).putLong(ph + 8, noteOffset).putLong(ph + 32, note.length).putLong(ph + 40, note.length);
        ph += 56;
        elf.putInt(ph, 1).putInt(ph + 4, 7).putLong(ph + 8, memoryOffset).putLong(ph + 16, 0).putLong(ph + 24, 0)
                .putLong(ph + 32, memory.length).putLong(ph + 40, memory.length);
        elf.put((int) noteOffset, note);
        elf.put((int) memoryOffset, memory);
        return Files.write(file, elf.array());
    }
}
