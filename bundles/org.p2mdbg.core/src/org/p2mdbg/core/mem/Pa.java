package org.p2mdbg.core.mem;

/** A machine-physical address: the output of a stage-2 (or a hypervisor stage-1) walk. */
public record Pa(long value) {
    public Mfn toMfn() { return new Mfn(value >>> Mfn.PAGE_SHIFT); }

    @Override public String toString() { return Hex.of(value); }
}
