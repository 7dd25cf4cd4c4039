package org.p2mdbg.core.mem;

/** A virtual address (of the hypervisor or of a guest): the input of a stage-1 walk. */
public record Va(long value) {
    public long vfn() { return value >>> Mfn.PAGE_SHIFT; }

    @Override public String toString() { return Hex.of(value); }
}
