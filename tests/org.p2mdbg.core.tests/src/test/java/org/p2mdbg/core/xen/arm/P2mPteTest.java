package org.p2mdbg.core.xen.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.Mfn;

/** mfn_to_p2m_entry's descriptors, bit by bit (lpae_p2m_t of Xen 4.8). */
class P2mPteTest {
    private static final Mfn MFN = Mfn.of(0x90000);

    @Test void ramRwIsNormalWriteBackInnerShareableWritableExecutable() {
        // type 1 [58:55], base, AF, SH=inner, write, read, MemAttr 0xf, table/page, valid
        assertEquals(0x00800000900007ffL, P2mPte.fromMfn(MFN, P2mType.RAM_RW));
    }

    @Test void deviceMmioIsDeviceMemoryOuterShareableAndNeverExecutable() {
        // type 3, XN [54], MemAttr 0x1, SH=outer
        assertEquals(0x01c00000900006c7L, P2mPte.fromMfn(MFN, P2mType.MMIO_DIRECT_DEV));
    }

    @Test void foreignMappingsAreWritableButNotExecutable() {
        assertEquals(0x03400000900007ffL, P2mPte.fromMfn(MFN, P2mType.MAP_FOREIGN));
        assertEquals(P2mType.MAP_FOREIGN, P2mPte.type(P2mPte.fromMfn(MFN, P2mType.MAP_FOREIGN)));
    }

    @Test void tableEntriesCarryTheInvalidTypesAttributes() {
        // read-only, XN, type 0: the hardware ignores them in a table descriptor
        assertEquals(0x004000009000077fL, P2mPte.fromMfn(MFN, P2mType.INVALID));
    }

    @Test void nonCacheableMmioIsOuterShareable() {
        assertEquals(0x5L, P2mPte.fromMfn(MFN, P2mType.MMIO_DIRECT_NC) >>> 2 & 0xf);
        assertEquals(0x2L, P2mPte.fromMfn(MFN, P2mType.MMIO_DIRECT_NC) >>> 8 & 0x3);
    }
}
