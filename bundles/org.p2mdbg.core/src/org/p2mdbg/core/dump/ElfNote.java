package org.p2mdbg.core.dump;

/**
 * One note of the PT_NOTE segment: QEMU writes a "CORE" NT_PRSTATUS (and, on AArch64, NT_PRFPREG)
 * per vCPU, then on x86 a "QEMU" note of type 0 per vCPU carrying its QEMUCPUState, and maybe the
 * guest's "VMCOREINFO". {@code descOffset} is where the descriptor starts in the file.
 */
public record ElfNote(String name, int type, long descOffset, byte[] desc) {
    /** QEMU's per-vCPU state note (target/i386/arch_dump.c). */
    public static final String QEMU = "QEMU";
}
