package org.p2mdbg.core.format.lpae;

/** A named bit range [hi:lo] of a 64-bit descriptor, named as the Arm ARM names it. */
public record BitField(String name, int hi, int lo, String meaning) {
    public long mask() { return (hi - lo == 63) ? -1L : ((1L << (hi - lo + 1)) - 1) << lo; }

    public long get(long descriptor) { return (descriptor & mask()) >>> lo; }

    public long set(long descriptor, long value) {
        int width = hi - lo + 1;
        if (width < 64 && (value >>> width) != 0) {
            throw new IllegalArgumentException(name + " " + bits() + " cannot hold 0x" + Long.toHexString(value));
        }
        return (descriptor & ~mask()) | ((value << lo) & mask());
    }

    public String bits() { return hi == lo ? "[" + lo + "]" : "[" + hi + ":" + lo + "]"; }
}
