package org.p2mdbg.core.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.scenario.Examples;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioFiles;
import org.p2mdbg.core.scenario.ScenarioRunner;

/** The walks side by side of seed 003 (a VT-d device vs the p2m) and seed 001 (the VLPT load vs the p2m). */
class GuestFrameWalksTest {
    private static RunResult runTo(String example, int statements) throws IOException {
        return ScenarioRunner.start(ScenarioFiles.parse(Examples.path(example + ".p2m"))).runTo(statements);
    }

    @Test void theDeviceAndTheP2mAgreeOnAMappedFrameAndDisagreeAfterTheIommuUnmap() throws IOException {
        RunResult r = runTo("seed003-dma-after-free", 7);   // up to the iommu-unmap, before relinquish
        var guest = r.machine().domain("guest").orElseThrow();
        GuestFrameWalks mapped = GuestFrameWalks.of(r.machine().frames(), r.systems(), guest, guest.p2m().walkRequest(), 0x80000);
        assertEquals(List.of("guest IPA 0x80000000 (p2m, stage 2)", "nic0 IOVA 0x80000000 (VT-d second level)"),
                mapped.walks().stream().map(DecodedWalk::title).toList());
        assertEquals(List.of("L1", "L2", "L3"), mapped.walks().get(0).levels().stream().map(DecodedLevel::levelName).toList());
        assertEquals(List.of("SL-PML4 0x40008000[0]", "SL-PDPT 0x40009000[2]", "SL-PD 0x4000a000[0]", "SL-PT 0x4000b000[0]"),
                mapped.walks().get(1).levels().stream().map(l -> l.levelName() + " 0x" + Long.toHexString(l.table()) + "[" + l.index() + "]")
                        .toList());
        assertEquals(0x40002000L, mapped.walks().get(0).output());
        assertEquals(0x40002000L, mapped.walks().get(1).output());
        assertEquals(List.of("nic0 and the p2m agree: both reach MFN 0x40002"), mapped.notes());

        GuestFrameWalks unmapped = GuestFrameWalks.of(r.machine().frames(), r.systems(), guest, guest.p2m().walkRequest(), 0x80001);
        assertEquals("translation fault at SL-PT[1]: not present", unmapped.walks().get(1).outcome());
        assertEquals(List.of("nic0 and the p2m disagree: the device reaches nothing, the guest MFN 0x40005"), unmapped.notes());
    }

    @Test void theVlptLoadLandsOnTheFramesLevel3P2mEntry() throws IOException {
        RunResult r = runTo("seed001-vlpt", 8);   // guest's vlpt prepared and looked up once
        var guest = r.machine().domain("guest").orElseThrow();
        GuestFrameWalks w = GuestFrameWalks.of(r.machine().frames(), r.systems(), guest, guest.p2m().walkRequest(), 0x80003);
        assertEquals(List.of("guest IPA 0x80003000 (p2m, stage 2)", "Xen VA 0x8400018 (VLPT of IPA 0x80003000, stage 1)"),
                w.walks().stream().map(DecodedWalk::title).toList());
        DecodedWalk p2m = w.walks().get(0);
        DecodedWalk xen = w.walks().get(1);
        assertEquals(List.of("L1", "L2", "L3"), xen.levels().stream().map(DecodedLevel::levelName).toList());
        // Xen's level 2 holds a copy of the p2m's first-level entry, so its level 3 is the p2m's level-2 table
        assertEquals(p2m.levels().get(1).table(), xen.levels().get(2).table());
        assertEquals(p2m.levels().get(2).entryAddress(), xen.output());
        assertEquals(List.of("the VLPT load reads the p2m's L3 entry [3]: the right one"), w.notes());
    }
}
