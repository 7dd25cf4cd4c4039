package org.p2mdbg.core.mem;

/** A guest frame number: a guest-physical (IPA) address shifted right by 12. */
public record Gfn(long value) implements Comparable<Gfn> {
    public static final Gfn INVALID = new Gfn(-1L);

    public static Gfn of(long value) { return new Gfn(value); }

    public boolean isValid() { return value != -1L; }

    public Gfn add(long n) { return new Gfn(value + n); }

    /** Aligns down to a mapping of the given order (1 << order frames). */
    public Gfn alignDown(int order) { return new Gfn(value & ~((1L << order) - 1)); }

    public Ipa toIpa() { return new Ipa(value << Mfn.PAGE_SHIFT); }

    @Override public int compareTo(Gfn o) { return Long.compareUnsigned(value, o.value); }

    @Override public String toString() { return Hex.of(value); }
}
