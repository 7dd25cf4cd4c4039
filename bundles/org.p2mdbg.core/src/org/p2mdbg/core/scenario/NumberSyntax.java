package org.p2mdbg.core.scenario;

/**
 * Numbers as scenarios write them: decimal or {@code 0x} hexadecimal, and sizes, which may end in
 * K, M or G (binary units). Only non-negative values that fit in a signed 64-bit long are numbers;
 * anything else is reported by the caller with its position.
 */
public final class NumberSyntax {
    /** The value is not a number at all. */
    public static final long NOT_A_NUMBER = -1;
    /** The value is a number but too large for 64 bits. */
    public static final long TOO_LARGE = -2;

    private NumberSyntax() {}

    /** The value of a decimal or hex number, or NOT_A_NUMBER / TOO_LARGE. */
    public static long number(String s) {
        boolean hex = s.length() > 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X');
        int radix = hex ? 16 : 10;
        int start = hex ? 2 : 0;
        if (start == s.length()) {
            return NOT_A_NUMBER;
        }
        long value = 0;
        for (int i = start; i < s.length(); i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || s.charAt(i) > 0x7f) {
                return NOT_A_NUMBER;
            }
            if (value > (Long.MAX_VALUE - digit) / radix) {
                return tooLargeIfDigits(s, i + 1, radix);
            }
            value = value * radix + digit;
        }
        return value;
    }

    /** A size in bytes: a number optionally followed by K, M or G (2^10, 2^20, 2^30). */
    public static long size(String s) {
        int shift = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 0;
        };
        long n = number(shift == 0 ? s : s.substring(0, s.length() - 1));
        if (n < 0) {
            return n;
        }
        return n > (Long.MAX_VALUE >> shift) ? TOO_LARGE : n << shift;
    }

    /** An overflowing number is TOO_LARGE only if the rest of it is digits too. */
    private static long tooLargeIfDigits(String s, int from, int radix) {
        for (int i = from; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0 || s.charAt(i) > 0x7f) {
                return NOT_A_NUMBER;
            }
        }
        return TOO_LARGE;
    }
}
