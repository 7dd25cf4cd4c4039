package org.p2mdbg.ui.dump;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.p2mdbg.core.dump.AddressSpace;
import org.p2mdbg.core.dump.DumpFormatException;
import org.p2mdbg.core.dump.ElfCore;
import org.p2mdbg.core.dump.ElfCoreReader;
import org.p2mdbg.core.dump.MappingScan;
import org.p2mdbg.core.dump.QemuCpuState;
import org.p2mdbg.core.dump.X86Paging;

/**
 * A QEMU guest-memory dump opened for the view: its address space and its merged mappings. Only
 * x86-64 cores are walked here, because only they carry their paging registers (CR3/CR4 in the
 * QEMU note of vCPU 0); AArch64 dumps need TTBRs/TCR from outside, which the CLI takes.
 */
public record GuestDump(Path file, ElfCore core, AddressSpace space, MappingScan scan) {
    /** Reads and scans a dump; every failure comes back as an IOException whose message is for the user. */
    public static GuestDump open(Path file) throws IOException {
        ElfCore core;
        try {
            core = ElfCoreReader.read(file);
        } catch (DumpFormatException e) {
            throw new IOException(file.getFileName() + " is not a usable ELF core: " + e.getMessage(), e);
        }
        switch (core.machine()) {
            case X86_64 -> { }
            case AARCH64 -> throw new IOException(file.getFileName() + " is an AArch64 core: QEMU's dump carries no TTBR/TCR,"
                    + " so walk it with 'p2mdbg dump --ttbr0/--ttbr1 --tcr'");
            case OTHER -> throw new IOException(file.getFileName() + " is a core of ELF machine " + core.machineCode()
                    + ": only x86-64 page tables are walked here");
        }
        List<QemuCpuState> cpus = core.qemuCpuStates();
        if (cpus.isEmpty()) {
            throw new IOException(file.getFileName() + " has no QEMU CPU-state note to take CR3 from"
                    + " (use 'p2mdbg dump --cr3' for such dumps)");
        }
        AddressSpace space;
        try {
            space = X86Paging.addressSpace(core.memory(), cpus.get(0).controlRegisters());
        } catch (IllegalArgumentException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
        return new GuestDump(file, core, space, space.mappings());
    }

    /** The tables of one region of the walk ("PML4", "PD"...), for the walk's level rows. */
    public String levelName(String region, int level) {
        return space.regions().stream().filter(r -> r.name().equals(region)).findFirst()
                .map(r -> r.format().levelName(level)).orElse("");
    }
}
