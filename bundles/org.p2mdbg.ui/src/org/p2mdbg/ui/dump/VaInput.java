package org.p2mdbg.ui.dump;

/**
 * Reads a virtual address typed by the user: hex with or without 0x, '_' or '`' as separators
 * (as in WinDbg). Kernel addresses are above 2^63, so this reads unsigned 64-bit values.
 */
final class VaInput {
    private VaInput() {}

    /** The address, or null when the text is not one. */
    static Long parse(String text) {
        String s = text.strip().replace("_", "").replace("`", "").toLowerCase();
        if (s.startsWith("0x")) {
            s = s.substring(2);
        }
        if (s.isEmpty() || s.length() > 16) {
            return null;
        }
        try {
            return Long.parseUnsignedLong(s, 16);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
