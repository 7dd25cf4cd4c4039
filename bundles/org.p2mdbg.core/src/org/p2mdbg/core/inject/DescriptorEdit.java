package org.p2mdbg.core.inject;

import org.p2mdbg.core.format.lpae.BitField;

/**
 * A descriptor value edited by hand, one field or the whole raw value at a time, with the value
 * typed as text: what does not parse or does not fit the field is an IllegalArgumentException whose
 * message names the field, its bits and the largest value it holds.
 */
public final class DescriptorEdit {
    private DescriptorEdit() {}

    /** {@code descriptor} with {@code field} set to the typed value (decimal or 0x hex). */
    public static long withField(long descriptor, BitField field, String text) {
        long value = parse(field.name() + " " + field.bits(), text);
        int width = field.hi() - field.lo() + 1;
        if (width < 64 && Long.compareUnsigned(value, (1L << width) - 1) > 0) {
            throw new IllegalArgumentException(field.name() + " " + field.bits() + " is " + width + " bit" + (width == 1 ? "" : "s")
                    + " wide (0.." + "0x" + Long.toHexString((1L << width) - 1) + "): 0x" + Long.toHexString(value) + " does not fit");
        }
        return field.set(descriptor, value);
    }

    /** A whole descriptor typed as text (decimal or 0x hex, all 64 bits). */
    public static long raw(String text) { return parse("the raw descriptor", text); }

    private static long parse(String what, String text) {
        String t = text.strip().replace("_", "");
        boolean hex = t.startsWith("0x") || t.startsWith("0X");
        String digits = hex ? t.substring(2) : t;
        try {
            if (digits.isEmpty() || digits.startsWith("+") || digits.startsWith("-")) {
                throw new NumberFormatException();
            }
            return Long.parseUnsignedLong(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": expected a number (decimal or 0x hex, at most 64 bits), found '" + text.strip() + "'", e);
        }
    }
}
