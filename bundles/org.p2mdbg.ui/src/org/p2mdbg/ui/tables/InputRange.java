package org.p2mdbg.ui.tables;

import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.scenario.NumberSyntax;

/**
 * An inclusive range of input addresses (IPA for a p2m, VA for Xen's tables) as a user types it:
 * {@code START..END} (END included) or {@code START+SIZE} (SIZE may end in K, M or G), numbers in
 * decimal or 0x hex, as in scenario files.
 */
public record InputRange(long first, long last) {
    public static final InputRange ALL = new InputRange(0, Long.MAX_VALUE);

    /** Whether [start, end] overlaps the range. */
    public boolean overlaps(long start, long end) { return start <= last && end >= first; }

    public boolean isAll() { return equals(ALL); }

    /** @throws IllegalArgumentException naming what is wrong with the text */
    public static InputRange parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return ALL;
        }
        int dots = t.indexOf("..");
        int plus = t.indexOf('+');
        if (dots > 0) {
            long first = number(t.substring(0, dots), "start");
            long last = number(t.substring(dots + 2), "end");
            if (last < first) {
                throw new IllegalArgumentException("the end " + Hex.of(last) + " is below the start " + Hex.of(first));
            }
            return new InputRange(first, last);
        }
        if (plus > 0) {
            long first = number(t.substring(0, plus), "start");
            long size = NumberSyntax.size(t.substring(plus + 1).strip());
            if (size <= 0) {
                throw new IllegalArgumentException("expected a size after '+' (such as 2M or 0x1000)");
            }
            return new InputRange(first, first + size - 1);
        }
        throw new IllegalArgumentException("expected START..END or START+SIZE, e.g. 0x80000000..0x801fffff or 0x80000000+2M");
    }

    private static long number(String s, String what) {
        long n = NumberSyntax.number(s.strip());
        if (n < 0) {
            throw new IllegalArgumentException("the " + what + " '" + s.strip() + "' is not a number (decimal or 0x hex)");
        }
        return n;
    }

    @Override public String toString() { return isAll() ? "all" : Hex.of(first) + ".." + Hex.of(last); }
}
