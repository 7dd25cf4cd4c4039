package org.p2mdbg.core.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.format.lpae.Lpae;

/** Editing a descriptor field by field, with the messages a bad value gets. */
class DescriptorEditTest {
    private static final long FOREIGN_PAGE = 0x3400000400047ffL;

    @Test void setsOneFieldAndLeavesTheOthers() {
        assertEquals(0x3400000400047feL, DescriptorEdit.withField(FOREIGN_PAGE, Lpae.VALID, "0"));
        assertEquals(0x3400000400047bfL, DescriptorEdit.withField(FOREIGN_PAGE, Lpae.S2AP, "0x2"));
        assertEquals(0x3400000400057ffL, DescriptorEdit.withField(FOREIGN_PAGE, Lpae.OUTPUT_ADDRESS, "0x40005"));
    }

    @Test void readsARawValueOfAll64Bits() {
        assertEquals(0x8000000000000001L, DescriptorEdit.raw("0x8000_0000_0000_0001"));
        assertEquals(3, DescriptorEdit.raw(" 3 "));
    }

    @Test void aValueThatDoesNotFitTheFieldNamesTheFieldAndItsRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DescriptorEdit.withField(FOREIGN_PAGE, Lpae.S2AP, "4"));
        assertEquals("S2AP [7:6] is 2 bits wide (0..0x3): 0x4 does not fit", e.getMessage());
        IllegalArgumentException v = assertThrows(IllegalArgumentException.class, () -> DescriptorEdit.withField(FOREIGN_PAGE, Lpae.VALID, "2"));
        assertEquals("valid [0] is 1 bit wide (0..0x1): 0x2 does not fit", v.getMessage());
    }

    @Test void textThatIsNotANumberIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DescriptorEdit.raw("0xfoo"));
        assertEquals("the raw descriptor: expected a number (decimal or 0x hex, at most 64 bits), found '0xfoo'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DescriptorEdit.raw("-1"));
        assertThrows(IllegalArgumentException.class, () -> DescriptorEdit.raw("0x10000000000000000"));
    }
}
