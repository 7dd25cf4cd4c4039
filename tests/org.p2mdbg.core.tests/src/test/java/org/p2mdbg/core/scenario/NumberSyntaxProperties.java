package org.p2mdbg.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** Scenario numbers against Java's own parsing, which serves as the reference model. */
class NumberSyntaxProperties {
    @Property(tries = 200)
    void decimalAndHexSpellingsGiveTheValue(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n) {
        assertEquals(n, NumberSyntax.number(Long.toString(n)));
        assertEquals(n, NumberSyntax.number("0x" + Long.toHexString(n)));
        assertEquals(n, NumberSyntax.number("0X" + Long.toHexString(n).toUpperCase()));
    }

    @Property(tries = 200)
    void sizesScaleByTheirSuffix(@ForAll @LongRange(min = 0, max = (1L << 33) - 1) long n) {
        assertEquals(n << 10, NumberSyntax.size(n + "K"));
        assertEquals(n << 20, NumberSyntax.size(n + "M"));
        assertEquals(n << 30, NumberSyntax.size("0x" + Long.toHexString(n) + "G"));
        assertEquals(n, NumberSyntax.size(Long.toString(n)));
    }

    @Property(tries = 300)
    void anyOtherTextIsNotANumber(@ForAll @StringLength(max = 12) String s) {
        long expected;
        try {
            boolean hex = s.startsWith("0x") || s.startsWith("0X");
            String digits = hex ? s.substring(2) : s;
            boolean plain = !digits.isEmpty() && digits.chars().allMatch(c -> hex ? Character.digit(c, 16) >= 0 && c < 0x80
                    : c >= '0' && c <= '9');
            expected = plain ? Long.parseLong(digits, hex ? 16 : 10) : NumberSyntax.NOT_A_NUMBER;
        } catch (NumberFormatException tooLarge) {
            expected = NumberSyntax.TOO_LARGE;
        }
        assertEquals(expected, NumberSyntax.number(s));
    }

    @Test void theEdgesOfSixtyFourBits() {
        assertEquals(Long.MAX_VALUE, NumberSyntax.number("9223372036854775807"));
        assertEquals(NumberSyntax.TOO_LARGE, NumberSyntax.number("9223372036854775808"));
        assertEquals(NumberSyntax.TOO_LARGE, NumberSyntax.number("0x8000000000000000"));
        assertEquals(NumberSyntax.NOT_A_NUMBER, NumberSyntax.number("99999999999999999999z"));
        assertEquals(NumberSyntax.TOO_LARGE, NumberSyntax.size("8589934592G"));   // 2^33 GiB = 2^63 bytes
        assertEquals(NumberSyntax.NOT_A_NUMBER, NumberSyntax.size("G"));
        assertEquals(NumberSyntax.NOT_A_NUMBER, NumberSyntax.number("\u0661"));   // an Arabic-Indic one is no digit here
    }
}
