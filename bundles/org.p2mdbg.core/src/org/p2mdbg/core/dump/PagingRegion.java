package org.p2mdbg.core.dump;

import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Pa;

/**
 * One root table and the virtual addresses it translates: CR3's for x86-64, TTBR0_EL1's or
 * TTBR1_EL1's for AArch64. With top-byte-ignore ({@code tbi}, TCR_EL1.TBIn) bits [63:56] play no part
 * in the range check. A disabled region ({@code disabled} says why) translates nothing.
 *
 * @param inputBits the width of the translated offset: 48 or 57 on x86, 64 - TxSZ on Arm
 */
public record PagingRegion(String name, PagingFormat format, Pa root, int rootLevel, int inputBits, VaLayout layout, boolean tbi,
        String disabled) {
    public boolean enabled() { return disabled.isEmpty(); }

    /** How many entries the root table has (fewer than a full table when TxSZ leaves few bits). */
    public int rootEntries() { return 1 << (inputBits - format.indexShift(rootLevel)); }

    /** Whether this region's root is the one that translates {@code va} (Arm: by VA[55]). */
    public boolean selects(long va) {
        return switch (layout) {
            case CANONICAL -> true;
            case LOWER -> (va & (1L << 55)) == 0;
            case UPPER -> (va & (1L << 55)) != 0;
        };
    }

    /** Whether the bits above the translated range are what they must be (all copies of the fill). */
    public boolean inRange(long va) {
        int top = tbi ? 55 : 63;
        long above = (va >> inputBits) & ((1L << (top - inputBits + 1)) - 1);
        long all = (1L << (top - inputBits + 1)) - 1;
        return switch (layout) {
            case CANONICAL -> above == ((va & (1L << (inputBits - 1))) != 0 ? all : 0);
            case LOWER -> above == 0;
            case UPPER -> above == all;
        };
    }

    public long offset(long va) { return va & ((1L << inputBits) - 1); }

    /** The virtual address of an offset (the top byte as an untagged pointer has it). */
    public long va(long offset) {
        return switch (layout) {
            case CANONICAL -> (offset << (64 - inputBits)) >> (64 - inputBits);
            case LOWER -> offset;
            case UPPER -> offset | (-1L << inputBits);
        };
    }

    /** Why {@code va} is not in range, in the words of the architecture. */
    String outOfRange(long va) {
        return switch (layout) {
            case CANONICAL -> Hex.of(va) + " is not canonical: bits [63:" + (inputBits - 1) + "] must all equal bit " + (inputBits - 1)
                    + " with " + inputBits + "-bit linear addresses";
            case LOWER, UPPER -> Hex.of(va) + " is outside the " + inputBits + "-bit range of " + name + ": bits [" + (tbi ? 55 : 63) + ":"
                    + inputBits + "] must all be " + (layout == VaLayout.LOWER ? "0" : "1") + (tbi ? " (top byte ignored)" : "");
        };
    }
}
