package org.p2mdbg.core.dump;

/** Which virtual addresses a root table translates, and how its offsets become addresses. */
public enum VaLayout {
    /** x86-64: one root for the whole space; an address is canonical when its top bits copy bit N-1. */
    CANONICAL,
    /** AArch64 TTBR0_ELx: VA[55] = 0, bits above the TxSZ range zero. */
    LOWER,
    /** AArch64 TTBR1_ELx: VA[55] = 1, bits above the TxSZ range ones. */
    UPPER
}
