package org.p2mdbg.core.xen.arm.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class XenPtFlagsTest {
    @Test void wordsAreXensPageHypervisorCombinations() {
        // MT_NORMAL = 7, XN = 0x8, RO = 0x10, PRESENT = 0x20 (asm/page.h)
        assertEquals(0x2f, XenPtFlags.parse("rw"));
        assertEquals(0x3f, XenPtFlags.parse("ro"));
        assertEquals(0x37, XenPtFlags.parse("rx"));
        assertEquals(0x27, XenPtFlags.parse("rwx"));
        assertEquals(0x2c, XenPtFlags.parse("device")); // MT_DEVICE_nGnRE = 4
        assertEquals(0x29, XenPtFlags.parse("wc"));     // MT_NORMAL_NC = 1
        assertEquals(0x08, XenPtFlags.parse("xn"));
        assertEquals(0x80, XenPtFlags.parse("block"));
    }

    @Test void wordsCombineByOr() {
        assertEquals(XenPtFlags.PAGE_HYPERVISOR_RW | XenPtFlags.BLOCK, XenPtFlags.parse("rw,block"));
        assertEquals(0xaf, XenPtFlags.parse(" rw , block "));
        assertEquals(XenPtFlags.PAGE_HYPERVISOR_RW, XenPtFlags.parse("rwx,xn"));
        assertEquals(0, XenPtFlags.parse(""));
    }

    @Test void anUnknownWordIsNamedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XenPtFlags.parse("rw,huge"));
        assertEquals("unknown xen-pt flag word 'huge' (known: rw, ro, rx, rwx, device, wc, xn, block)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> XenPtFlags.parse("rw,"));
    }

    @Test void describeNamesTheCombinationThenTheExtraBits() {
        assertEquals("rw", XenPtFlags.describe(0x2f));
        assertEquals("rw,block", XenPtFlags.describe(0xaf));
        assertEquals("ro,block,contig", XenPtFlags.describe(0x1bf));
        assertEquals("device", XenPtFlags.describe(0x2c));
        assertEquals("populate", XenPtFlags.describe(XenPtFlags.POPULATE));
        assertEquals("xn", XenPtFlags.describe(0x08));
        assertEquals("block", XenPtFlags.describe(0x80));
        assertEquals("ai=3,present", XenPtFlags.describe(0x23)); // MT_NORMAL_WB, writable and executable
        assertEquals("none", XenPtFlags.describe(0));
    }

    @Test void everyWordSurvivesParseThenDescribe() {
        for (String word : new String[] {"rw", "ro", "rx", "rwx", "device", "wc", "xn", "block"}) {
            assertEquals(word, XenPtFlags.describe(XenPtFlags.parse(word)));
        }
    }
}
