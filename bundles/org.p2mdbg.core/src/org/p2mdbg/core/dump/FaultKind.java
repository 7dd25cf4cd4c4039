package org.p2mdbg.core.dump;

/** Why a translation of a dumped guest's virtual address has no physical address. */
public enum FaultKind {
    /** An invalid (Arm) or not-present (x86) entry. */
    NOT_MAPPED,
    /** A reserved encoding or reserved bit in an entry. */
    RESERVED,
    /** An address beyond the physical address size. */
    ADDRESS_SIZE,
    /** A non-canonical x86 address, or an Arm address outside the TxSZ range of its TTBR. */
    OUT_OF_RANGE,
    /** The walks of this half of the address space are off (TCR_EL1.EPDn, or no TTBR given). */
    REGION_DISABLED,
    /** A table the walk needs lies in memory the dump does not hold. */
    NOT_IN_DUMP
}
