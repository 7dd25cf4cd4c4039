package org.p2mdbg.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.P2mPackage;

/** The model's data types are the core's, spelled as the rest of the debugger spells them. */
class DataTypesTest {
    @Test void framesAndValuesAreHex() {
        assertRoundTrip(P2mPackage.Literals.MFN, Mfn.of(0x50000), "0x50000");
        assertRoundTrip(P2mPackage.Literals.MFN, Mfn.INVALID, "INVALID_MFN");
        assertRoundTrip(P2mPackage.Literals.GFN, Gfn.of(0x80400), "0x80400");
        assertRoundTrip(P2mPackage.Literals.HEX_LONG, 0x800000500007ffL, "0x800000500007ff");
        assertRoundTrip(P2mPackage.Literals.HEX_LONG, -1L, "0xffffffffffffffff");
    }

    @Test void enumsUseTheScenarioSpelling() {
        assertRoundTrip(P2mPackage.Literals.ARCH, Arch.X86_64_PV, "x86_64-pv");
        assertRoundTrip(P2mPackage.Literals.DOMAIN_STATE, DomainState.DYING, "dying");
        assertRoundTrip(P2mPackage.Literals.FRAME_KIND, FrameKind.P2M_TABLE, "P2M_TABLE");
    }

    private static void assertRoundTrip(EDataType type, Object value, String text) {
        assertEquals(text, EcoreUtil.convertToString(type, value));
        assertEquals(value, EcoreUtil.createFromString(type, text));
    }
}
