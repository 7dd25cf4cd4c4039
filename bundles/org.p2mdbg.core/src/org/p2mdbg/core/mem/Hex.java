package org.p2mdbg.core.mem;

/** The one hex spelling used everywhere a number is shown (0x-prefixed, lower case). */
public final class Hex {
    private Hex() {}

    public static String of(long value) { return "0x" + Long.toHexString(value); }
}
