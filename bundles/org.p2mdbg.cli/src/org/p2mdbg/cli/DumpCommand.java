package org.p2mdbg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

import org.p2mdbg.core.dump.AddressSpace;
import org.p2mdbg.core.dump.Aarch64Paging;
import org.p2mdbg.core.dump.Aarch64Registers;
import org.p2mdbg.core.dump.DumpFormatException;
import org.p2mdbg.core.dump.ElfCore;
import org.p2mdbg.core.dump.ElfCoreReader;
import org.p2mdbg.core.dump.MappingScan;
import org.p2mdbg.core.dump.QemuCpuState;
import org.p2mdbg.core.dump.ReverseMapping;
import org.p2mdbg.core.dump.Translation;
import org.p2mdbg.core.dump.X86ControlRegisters;
import org.p2mdbg.core.dump.X86Paging;
import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code p2mdbg dump FILE.elf [--cr3 X [--cr4 X] | --cpu N | --ttbr0 X --ttbr1 X --tcr X]
 * (mappings | translate VA | find-pa PA) [--json]}: walks the real page tables of a QEMU
 * dump-guest-memory ELF core. An x86-64 core's CR3 and CR4 come from QEMU's note of vCPU 0 (or
 * --cpu N) unless --cr3 is given; an AArch64 core needs TTBR0_EL1/TTBR1_EL1/TCR_EL1 from the user.
 */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = {"Walks the page tables of a QEMU dump-guest-memory ELF core (x86-64 4/5-level, AArch64 stage 1).",
                "ACTION is one of:",
                "  mappings        every mapping, merged into ranges with their effective flags",
                "  translate VA    the full walk of one virtual address, every entry decoded",
                "  find-pa PA      every virtual address that maps a physical address"})
final class DumpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the ELF core (dump-guest-memory without -z/-l/-s/-w)")
    Path file;

    @Parameters(index = "1", paramLabel = "ACTION", description = "mappings | translate | find-pa")
    String action;

    @Parameters(index = "2", arity = "0..1", paramLabel = "ADDRESS", description = "the VA of translate, the PA of find-pa")
    String address;

    @Option(names = "--cpu", paramLabel = "N", description = "x86: take CR3/CR4 from the QEMU note of vCPU N (default 0)")
    Integer cpu;

    @Option(names = "--cr3", paramLabel = "X", converter = Unsigned64Converter.class, description = "x86: the CR3 to walk from")
    Long cr3;

    @Option(names = "--cr4", paramLabel = "X", converter = Unsigned64Converter.class,
            description = "x86: CR4 (LA57 bit 12 for 5-level paging, PCIDE, PKE, PKS; default: the note's, else PAE only)")
    Long cr4;

    @Option(names = "--ttbr0", paramLabel = "X", converter = Unsigned64Converter.class, description = "AArch64: TTBR0_EL1")
    Long ttbr0;

    @Option(names = "--ttbr1", paramLabel = "X", converter = Unsigned64Converter.class, description = "AArch64: TTBR1_EL1")
    Long ttbr1;

    @Option(names = "--tcr", paramLabel = "X", converter = Unsigned64Converter.class, description = "AArch64: TCR_EL1")
    Long tcr;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    /** Where the walk's registers came from, for the header line. */
    private String registerSource = "";

    @Override public Integer call() throws IOException {
        String verb = checkAction();
        ElfCore core = open();
        AddressSpace space = addressSpace(core);
        PrintWriter out = spec.commandLine().getOut();
        DumpOutput output = new DumpOutput(core, space, registerSource);
        switch (verb) {
            case "mappings" -> {
                MappingScan scan = space.mappings();
                if (json) {
                    printJson(out, output.mappingsJson(scan));
                } else {
                    output.mappingsText(out, scan);
                }
            }
            case "translate" -> {
                Translation t = space.translate(new Va(parseAddress("translate", "virtual address")));
                if (json) {
                    printJson(out, output.translationJson(t));
                } else {
                    output.translationText(out, t);
                }
            }
            default -> {
                Pa pa = new Pa(parseAddress("find-pa", "physical address"));
                List<ReverseMapping> hits = space.findPa(pa);
                if (json) {
                    printJson(out, output.findPaJson(pa, hits));
                } else {
                    output.findPaText(out, pa, hits);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void printJson(PrintWriter out, ObjectNode o) throws IOException {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o));
    }

    private String checkAction() {
        List<String> actions = List.of("mappings", "translate", "find-pa");
        if (!actions.contains(action)) {
            throw new BadInputException("dump: unknown action '" + action + "', expected mappings, translate VA or find-pa PA");
        }
        boolean needsAddress = !action.equals("mappings");
        if (needsAddress && address == null) {
            throw new BadInputException("dump " + action + ": give the " + (action.equals("translate") ? "virtual" : "physical") + " address");
        }
        if (!needsAddress && address != null) {
            throw new BadInputException("dump mappings takes no address, found '" + address + "'");
        }
        return action;
    }

    private long parseAddress(String what, String label) {
        try {
            return Unsigned64Converter.parse(address);
        } catch (RuntimeException e) {
            throw new BadInputException("dump " + what + ": expected a " + label + " (decimal or 0x hex), found '" + address + "'", e);
        }
    }

    private ElfCore open() {
        try {
            return ElfCoreReader.read(file);
        } catch (DumpFormatException e) {
            throw new BadInputException(file + ": not a usable ELF core " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + Main.describe(e), e);
        }
    }

    private AddressSpace addressSpace(ElfCore core) {
        try {
            return switch (core.machine()) {
                case X86_64 -> x86(core);
                case AARCH64 -> aarch64(core);
                case OTHER -> throw new BadInputException(file + " is a core of ELF machine " + core.machineCode()
                        + ": only x86-64 (62) and AArch64 (183) page tables are walked");
            };
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage(), e);
        }
    }

    private AddressSpace x86(ElfCore core) {
        if (ttbr0 != null || ttbr1 != null || tcr != null) {
            throw new BadInputException(file + " is an x86-64 core: --ttbr0/--ttbr1/--tcr are for AArch64 cores; use --cr3 (and --cr4)");
        }
        if (cpu != null && cr3 != null) {
            throw new BadInputException("give either --cpu (the CR3 of a vCPU's QEMU note) or --cr3, not both");
        }
        List<QemuCpuState> states;
        try {
            states = core.qemuCpuStates();
        } catch (DumpFormatException e) {
            throw new BadInputException(file + ": " + e.getMessage(), e);
        }
        int n = cpu == null ? 0 : cpu;
        X86ControlRegisters cr;
        if (cr3 != null) {
            X86ControlRegisters noted = states.isEmpty() ? null : states.get(0).controlRegisters();
            long cr0 = noted == null ? X86ControlRegisters.CR0_PG_WP_PE : noted.cr0();
            long cr4Value = cr4 != null ? cr4 : noted == null ? X86ControlRegisters.CR4_PAE : noted.cr4();
            cr = new X86ControlRegisters(cr0, cr3, cr4Value);
            registerSource = "CR3 from --cr3, CR4 from " + (cr4 != null ? "--cr4" : noted == null ? "the default (PAE)" : "the QEMU note of vCPU 0");
        } else {
            if (states.isEmpty()) {
                throw new BadInputException(file + " has no QEMU CPU-state note to take CR3 from: give --cr3 (and --cr4 for LA57)");
            }
            if (n < 0 || n >= states.size()) {
                throw new BadInputException("--cpu " + n + ": the dump has QEMU notes for vCPUs 0.." + (states.size() - 1));
            }
            X86ControlRegisters noted = states.get(n).controlRegisters();
            cr = new X86ControlRegisters(noted.cr0(), noted.cr3(), cr4 != null ? cr4 : noted.cr4());
            registerSource = "CR3 from the QEMU note of vCPU " + n + (cr4 != null ? ", CR4 from --cr4" : "");
        }
        return X86Paging.addressSpace(core.memory(), cr);
    }

    private AddressSpace aarch64(ElfCore core) {
        if (cr3 != null || cr4 != null || cpu != null) {
            throw new BadInputException(file + " is an AArch64 core: --cr3/--cr4/--cpu are for x86-64 cores; use --ttbr0, --ttbr1 and --tcr");
        }
        if (tcr == null || (ttbr0 == null && ttbr1 == null)) {
            throw new BadInputException(file + " is an AArch64 core and QEMU's dump carries no translation registers: give --tcr and"
                    + " --ttbr0 and/or --ttbr1 (from the monitor's 'info registers' or the guest)");
        }
        registerSource = "registers from the command line";
        return Aarch64Paging.addressSpace(core.memory(), new Aarch64Registers(optional(ttbr0), optional(ttbr1), tcr));
    }

    private static OptionalLong optional(Long v) { return v == null ? OptionalLong.empty() : OptionalLong.of(v); }
}
