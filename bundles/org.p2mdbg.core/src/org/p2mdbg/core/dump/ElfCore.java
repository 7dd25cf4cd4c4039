package org.p2mdbg.core.dump;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A QEMU {@code dump-guest-memory} ELF64 core, opened: its machine, byte order, PT_LOAD segments,
 * notes and the guest-physical memory they describe (memory-mapped, see {@link GuestMemory}).
 * Made by {@link ElfCoreReader#read(Path)}.
 */
public record ElfCore(Path file, long fileSize, ElfMachine machine, int machineCode, ByteOrder byteOrder,
        List<LoadSegment> segments, List<ElfNote> notes, GuestMemory memory) {
    public ElfCore {
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    /** The QEMUCPUState of every vCPU, in the order QEMU wrote them (vCPU 0 first); empty if none. */
    public List<QemuCpuState> qemuCpuStates() throws DumpFormatException {
        List<QemuCpuState> out = new ArrayList<>();
        for (ElfNote n : notes) {
            if (n.name().equals(ElfNote.QEMU) && n.type() == 0) {
                out.add(QemuCpuState.parse(n, byteOrder, out.size()));
            }
        }
        return out;
    }
}
