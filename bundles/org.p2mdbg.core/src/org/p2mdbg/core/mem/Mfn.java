package org.p2mdbg.core.mem;

/** A machine frame number: a machine-physical address shifted right by 12. */
public record Mfn(long value) implements Comparable<Mfn> {
    public static final int PAGE_SHIFT = 12;
    public static final long PAGE_SIZE = 1L << PAGE_SHIFT;
    /** Xen's INVALID_MFN (~0UL). */
    public static final Mfn INVALID = new Mfn(-1L);

    public static Mfn of(long value) { return new Mfn(value); }

    public boolean isValid() { return value != -1L; }

    public Mfn add(long n) { return new Mfn(value + n); }

    public Pa toPa() { return new Pa(value << PAGE_SHIFT); }

    @Override public int compareTo(Mfn o) { return Long.compareUnsigned(value, o.value); }

    @Override public String toString() { return isValid() ? Hex.of(value) : "INVALID_MFN"; }
}
