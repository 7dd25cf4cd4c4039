package org.p2mdbg.core.dump;

import java.util.OptionalLong;

import org.p2mdbg.core.mem.Hex;

/**
 * The EL1&0 stage-1 translation registers (QEMU's dump does not carry them: the user reads them from
 * the monitor's {@code info registers} or the guest): TTBR0_EL1 and TTBR1_EL1 (ASID [63:48], BADDR,
 * CnP [0]) and TCR_EL1. A TTBR that is not known leaves its half of the address space unwalked.
 */
public record Aarch64Registers(OptionalLong ttbr0, OptionalLong ttbr1, long tcr) {
    public Aarch64Registers(long ttbr0, long ttbr1, long tcr) { this(OptionalLong.of(ttbr0), OptionalLong.of(ttbr1), tcr); }

    public int t0sz() { return (int) (tcr & 0x3f); }

    public boolean epd0() { return bit(7); }

    public int sh0() { return (int) (tcr >>> 12) & 3; }

    public int tg0() { return (int) (tcr >>> 14) & 3; }

    public int t1sz() { return (int) (tcr >>> 16) & 0x3f; }

    /** A1: the ASID comes from TTBR1_EL1 (1) or TTBR0_EL1 (0). */
    public boolean a1() { return bit(22); }

    public boolean epd1() { return bit(23); }

    public int sh1() { return (int) (tcr >>> 28) & 3; }

    public int tg1() { return (int) (tcr >>> 30) & 3; }

    public int ips() { return (int) (tcr >>> 32) & 7; }

    /** AS: 16-bit ASIDs (1) or 8-bit (0). */
    public boolean as16() { return bit(36); }

    public boolean tbi0() { return bit(37); }

    public boolean tbi1() { return bit(38); }

    public boolean hd() { return bit(40); }

    public boolean hpd0() { return bit(41); }

    public boolean hpd1() { return bit(42); }

    /** DS (FEAT_LPA2): 52-bit addresses with the 4 and 16 KiB granules. */
    public boolean ds() { return bit(59); }

    /** The physical address size TCR_EL1.IPS selects. */
    public int outputBits() {
        return switch (ips()) {
            case 0 -> 32;
            case 1 -> 36;
            case 2 -> 40;
            case 3 -> 42;
            case 4 -> 44;
            case 5 -> 48;
            case 6 -> 52;
            default -> throw new IllegalArgumentException("TCR_EL1.IPS = 0b111 is a reserved encoding");
        };
    }

    /** The current ASID: TTBRn_EL1[63:48] of the TTBR that A1 names, 8 bits unless AS. */
    public OptionalLong asid() {
        OptionalLong ttbr = a1() ? ttbr1 : ttbr0;
        if (ttbr.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((ttbr.getAsLong() >>> 48) & (as16() ? 0xffff : 0xff));
    }

    public String describe() {
        return "TTBR0_EL1 " + (ttbr0.isPresent() ? Hex.of(ttbr0.getAsLong()) : "unknown") + ", TTBR1_EL1 "
                + (ttbr1.isPresent() ? Hex.of(ttbr1.getAsLong()) : "unknown") + ", TCR_EL1 " + Hex.of(tcr)
                + (asid().isPresent() ? ", ASID " + Hex.of(asid().getAsLong()) : "");
    }

    private boolean bit(int n) { return (tcr & (1L << n)) != 0; }
}
