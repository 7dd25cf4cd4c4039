package org.p2mdbg.core.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioParser;
import org.p2mdbg.core.scenario.ScenarioRunner;

/**
 * An AMD-Vi device's walk of a guest frame beside the p2m's, and a device behind an SMMU, which has
 * no walk of its own. Frames: guest's p2m root 0x40000-0x40001, other's 0x40002-0x40003; guest's page
 * 0x40004 and tables 0x40005-0x40006; other's page 0x40007 and tables 0x40008-0x40009; nic0's first
 * AMD-Vi root 0x4000a (paging mode 2), which dfn 0x80000 (bit 19) grows to mode 3 with root 0x4000b.
 */
class IommuFormatsWalkTest {
    static final String SOURCE = String.join("\n", "machine arm64 ipa=40", "domain guest id=1", "domain other id=2",
            "device nic0 iommu=amdvi domain=guest", "device gpu0 iommu=smmu domain=other",
            "populate guest gfn=0x80000 nr=1", "populate other gfn=0x80000 nr=1",
            "iommu-map nic0 dfn=0x80000 mfn=0x40004 order=0 perm=rw", "");

    private static GuestFrameWalks walks(RunResult r, String domain) {
        Domain d = r.machine().domain(domain).orElseThrow();
        return GuestFrameWalks.of(r.machine().frames(), r.systems(), d, d.p2m().walkRequest(), 0x80000);
    }

    @Test void anAmdViDeviceWalksItsOwnTablesToTheP2msFrame() {
        RunResult r = ScenarioRunner.start(ScenarioParser.parse("t.p2m", SOURCE)).runToEnd();
        GuestFrameWalks w = walks(r, "guest");
        DecodedWalk device = w.walks().get(1);
        assertEquals("nic0 IOVA 0x80000000 (AMD-Vi I/O page table)", device.title());
        assertEquals(List.of("L3 0x4000b000[2] level-2 table", "L2 0x4000c000[0] level-1 table", "L1 0x4000d000[0] 4 KiB page"),
                device.levels().stream().map(l -> l.levelName() + " 0x" + Long.toHexString(l.table()) + "[" + l.index() + "] " + l.kind())
                        .toList());
        assertEquals(0x40004000L, w.walks().get(0).output());
        assertEquals(0x40004000L, device.output());
        assertEquals(List.of("nic0 and the p2m agree: both reach MFN 0x40004"), w.notes());
    }

    @Test void anSmmuDeviceSharesThePageTablesOfItsDomain() {
        RunResult r = ScenarioRunner.start(ScenarioParser.parse("t.p2m", SOURCE)).runToEnd();
        GuestFrameWalks w = walks(r, "other");
        assertEquals(List.of("other IPA 0x80000000 (p2m, stage 2)"), w.walks().stream().map(DecodedWalk::title).toList());
        assertEquals("MFN 0x40007, 4 KiB mapping", w.walks().get(0).outcome());
        assertEquals(List.of("gpu0 sits behind an SMMU, which walks this p2m itself: its IOVA 0x80000000 reaches what the p2m walk reaches"),
                w.notes());
    }
}
