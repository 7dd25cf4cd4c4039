package org.p2mdbg.core.mem;

/** An intermediate physical (guest-physical) address: the input of a stage-2 walk. */
public record Ipa(long value) {
    public Gfn toGfn() { return new Gfn(value >>> Mfn.PAGE_SHIFT); }

    @Override public String toString() { return Hex.of(value); }
}
