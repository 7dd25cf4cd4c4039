package org.p2mdbg.core.dump;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The x86 vCPU state QEMU stores in its "QEMU" note (QEMUCPUState of target/i386/arch_dump.c,
 * version 1): 4-byte version and size, rax..r15, rip, rflags, ten 24-byte segment caches, then
 * cr[0..4]. EFER is not in it, so long mode is known from the ELF machine (QEMU writes EM_X86_64
 * only when the first vCPU has LMA set) and NX from the entries themselves.
 */
public record QemuCpuState(int cpu, long rip, long rsp, long cr0, long cr2, long cr3, long cr4) {
    static final int VERSION = 1;
    static final int RSP = 8 + 6 * 8;
    static final int RIP = 8 + 16 * 8;
    static final int CR0 = RIP + 16 + 10 * 24;
    static final int SIZE = CR0 + 5 * 8;

    static QemuCpuState parse(ElfNote note, ByteOrder order, int cpu) throws DumpFormatException {
        ByteBuffer b = ByteBuffer.wrap(note.desc()).order(order);
        if (b.capacity() < 8) {
            throw new DumpFormatException(note.descOffset(), "QEMU note of vCPU " + cpu + " has " + b.capacity() + " bytes, fewer than its 8-byte header");
        }
        int version = b.getInt(0);
        int size = b.getInt(4);
        if (version != VERSION) {
            throw new DumpFormatException(note.descOffset(), "QEMU note of vCPU " + cpu + " has QEMUCPUState version " + version + ", expected " + VERSION);
        }
        if (size < SIZE || b.capacity() < SIZE) {
            throw new DumpFormatException(note.descOffset() + 4, "QEMU note of vCPU " + cpu + " is " + Math.min(size, b.capacity())
                    + " bytes long, too short for cr[0..4] (" + SIZE + " bytes)");
        }
        return new QemuCpuState(cpu, b.getLong(RIP), b.getLong(RSP), b.getLong(CR0), b.getLong(CR0 + 16), b.getLong(CR0 + 24),
                b.getLong(CR0 + 32));
    }

    public X86ControlRegisters controlRegisters() { return new X86ControlRegisters(cr0, cr3, cr4); }
}
