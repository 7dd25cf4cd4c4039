package org.p2mdbg.ui.dump;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.p2mdbg.core.decode.DecodedWalks;
import org.p2mdbg.core.decode.PagingDescriptorFormat;
import org.p2mdbg.core.dump.Aarch64Paging;
import org.p2mdbg.core.dump.Aarch64Registers;
import org.p2mdbg.core.dump.AddressSpace;
import org.p2mdbg.core.dump.DumpFormatException;
import org.p2mdbg.core.dump.ElfCore;
import org.p2mdbg.core.dump.ElfCoreReader;
import org.p2mdbg.core.dump.ElfMachine;
import org.p2mdbg.core.dump.MappingScan;
import org.p2mdbg.core.dump.PagingRegion;
import org.p2mdbg.core.dump.QemuCpuState;
import org.p2mdbg.core.dump.X86ControlRegisters;
import org.p2mdbg.core.dump.X86Paging;

/**
 * A QEMU guest-memory dump opened for the views: its address space, walked on request. x86-64 cores
 * carry their paging registers (CR3/CR4 in the QEMU note of vCPU 0); AArch64 cores do not, so their
 * TTBR0_EL1, TTBR1_EL1 and TCR_EL1 come from the user. Opening reads no table: the Page Tables view
 * reads each table as it is opened, and the merged mappings are scanned only when asked for.
 */
public final class GuestDump {
    private final Path file;
    private final ElfCore core;
    private final AddressSpace space;
    private MappingScan scan;

    private GuestDump(Path file, ElfCore core, AddressSpace space) {
        this.file = file;
        this.core = core;
        this.space = space;
    }

    /** The machine of a core, read from its header; every failure is an IOException whose message is for the user. */
    public static ElfMachine machineOf(Path file) throws IOException { return read(file).machine(); }

    /** Opens an x86-64 dump. */
    public static GuestDump open(Path file) throws IOException { return open(file, null); }

    /** Opens a dump; {@code arm} gives the translation registers of an AArch64 core (null for x86-64). */
    public static GuestDump open(Path file, Aarch64Registers arm) throws IOException {
        ElfCore core = read(file);
        String name = file.getFileName().toString();
        try {
            return switch (core.machine()) {
                case X86_64 -> new GuestDump(file, core, X86Paging.addressSpace(core.memory(), x86Registers(name, core)));
                case AARCH64 -> {
                    if (arm == null) {
                        throw new IOException(name + " is an AArch64 core: QEMU's dump carries no TTBR/TCR, give TTBR0_EL1, TTBR1_EL1 and TCR_EL1");
                    }
                    yield new GuestDump(file, core, Aarch64Paging.addressSpace(core.memory(), arm));
                }
                case OTHER -> throw new IOException(name + " is a core of ELF machine " + core.machineCode()
                        + ": only x86-64 and AArch64 page tables are walked here");
            };
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    private static ElfCore read(Path file) throws IOException {
        try {
            return ElfCoreReader.read(file);
        } catch (DumpFormatException e) {
            throw new IOException(file.getFileName() + " is not a usable ELF core: " + e.getMessage(), e);
        }
    }

    private static X86ControlRegisters x86Registers(String name, ElfCore core) throws IOException {
        List<QemuCpuState> cpus;
        try {
            cpus = core.qemuCpuStates();
        } catch (DumpFormatException e) {
            throw new IOException(name + " has a QEMU CPU-state note that cannot be read: " + e.getMessage(), e);
        }
        if (cpus.isEmpty()) {
            throw new IOException(name + " has no QEMU CPU-state note to take CR3 from (use 'p2mdbg dump --cr3' for such dumps)");
        }
        return cpus.get(0).controlRegisters();
    }

    public Path file() { return file; }

    public ElfCore core() { return core; }

    public AddressSpace space() { return space; }

    /** Every mapping merged into ranges: the whole tree is read the first time, so call it off the UI thread. */
    public MappingScan scan() { return scan(() -> false); }

    /**
     * The same, stopping once {@code cancelled} says so with the ranges found until then; only a
     * finished scan is kept, so the next call after a cancelled one scans again.
     */
    public synchronized MappingScan scan(BooleanSupplier cancelled) {
        if (scan != null) {
            return scan;
        }
        MappingScan s = space.mappings(cancelled);
        if (!s.cancelled()) {
            scan = s;
        }
        return s;
    }

    /** How a region's entries read, for the inspector and the walk diagram. */
    public PagingDescriptorFormat format(PagingRegion region) {
        String arch = core.machine() == ElfMachine.AARCH64 ? "AArch64 stage 1" : "x86-64";
        return DecodedWalks.format(arch + " (" + region.name() + ")", region.format());
    }

    /** The tables of one region of the walk ("PML4", "PD"...; none for AArch64, whose levels are only numbered), for the walk's level rows. */
    public String levelName(String region, int level) {
        return space.regions().stream().filter(r -> r.name().equals(region)).findFirst()
                .map(r -> r.format().levelName(level)).filter(n -> !n.startsWith("level ")).orElse("");
    }
}
