package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.machine.Arch;

/**
 * {@code machine ARCH [ipa=BITS] [memory=SIZE]}: the emulated host. {@code ipa} is the physical
 * address range Xen finds (setup_virt_paging derives the p2m's IPA size from it: 42 gives 40);
 * {@code memory} bounds how many 4 KiB frames exist.
 */
public record MachineStatement(SourcePos pos, String text, Arch arch, int ipa, long frames) implements Statement {
    @Override public String keyword() { return "machine"; }
}
