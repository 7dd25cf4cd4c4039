package org.p2mdbg.core.mem;

/** A device frame number: an IOVA (the address a device issues) shifted right by 12. */
public record Dfn(long value) implements Comparable<Dfn> {
    public static Dfn of(long value) { return new Dfn(value); }

    public Dfn add(long n) { return new Dfn(value + n); }

    @Override public int compareTo(Dfn o) { return Long.compareUnsigned(value, o.value); }

    @Override public String toString() { return Hex.of(value); }
}
