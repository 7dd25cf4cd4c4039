package org.p2mdbg.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Full 64-bit values (register contents, kernel virtual addresses such as 0xffff888000000000): 0x
 * hexadecimal or decimal, read as unsigned.
 */
final class Unsigned64Converter implements ITypeConverter<Long> {
    @Override public Long convert(String value) {
        return parse(value);
    }

    static long parse(String value) {
        boolean hex = value.length() > 2 && value.charAt(0) == '0' && (value.charAt(1) == 'x' || value.charAt(1) == 'X');
        String digits = hex ? value.substring(2) : value;
        try {
            if (digits.isEmpty() || digits.charAt(0) == '+' || digits.charAt(0) == '-') {
                throw new NumberFormatException();
            }
            return Long.parseUnsignedLong(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a 64-bit number (decimal or 0x hex), found '" + value + "'");
        }
    }
}
