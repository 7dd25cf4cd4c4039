package org.p2mdbg.cli;

import org.p2mdbg.core.scenario.NumberSyntax;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Command-line numbers spelled as in scenarios: decimal or 0x hexadecimal, non-negative. */
final class AddressConverter implements ITypeConverter<Long> {
    @Override public Long convert(String value) {
        long n = NumberSyntax.number(value);
        if (n < 0) {
            throw new TypeConversionException("expected a number (decimal or 0x hex), found '" + value + "'");
        }
        return n;
    }
}
